import { describe, expect, it } from 'vitest';
import { brokenGoals } from '../../bench/goals.mjs';
import { medianIntervalRanks, roundOrder, spread } from '../../bench/paired-rounds.mjs';

// How the SDK throughput part (bench/throughput.mjs) orders its rounds and judges its goal: a
// median over the goal is not enough when the 95 % interval of that median reaches below it.

describe('interleaved rounds', () => {
  const names = ['raw', 'openapi-fetch', 'ky', 'sdk off', 'sdk'];

  it('puts every client at every position equally often, in both orders of every pair', () => {
    const orders = Array.from({ length: 2 * names.length }, (_, round) => roundOrder(names, round));
    for (const order of orders) expect([...order].sort()).toEqual([...names].sort());
    for (let position = 0; position < names.length; position++) {
      const counts = new Map<string, number>();
      for (const order of orders)
        counts.set(order[position]!, (counts.get(order[position]!) ?? 0) + 1);
      expect([...counts.values()]).toEqual(names.map(() => 2));
    }
    for (const a of names) {
      for (const b of names) {
        if (a === b) continue;
        const aFirst = orders.filter((order) => order.indexOf(a) < order.indexOf(b)).length;
        expect(aFirst).toBeGreaterThan(0);
        expect(aFirst).toBeLessThan(orders.length);
      }
    }
  });
});

describe('the median and its 95 % interval', () => {
  it('takes the order statistics of the binomial table', () => {
    // 1-based ranks from the sign-test table: n = 10 → 2nd and 9th, 20 → 6th and 15th, 30 → 10th and 21st.
    expect(medianIntervalRanks(10)).toEqual([1, 8]);
    expect(medianIntervalRanks(20)).toEqual([5, 14]);
    expect(medianIntervalRanks(30)).toEqual([9, 20]);
    // Too few values for 95 %: the whole range.
    expect(medianIntervalRanks(5)).toEqual([0, 4]);
  });

  it('summarises a sample whatever its order', () => {
    const values = Array.from({ length: 30 }, (_, i) => ((i * 7) % 30) + 1);
    expect(spread(values)).toEqual({
      median: 15.5,
      q1: 8.25,
      q3: 22.75,
      min: 1,
      max: 30,
      ciLow: 10,
      ciHigh: 21,
    });
  });
});

describe('the throughput goal', () => {
  const results = (ratio: number, ciLow: number) => ({
    throughput: {
      rows: [{ name: '@saxon-ai/sdk (validated)', ratio, ratios: { median: ratio, ciLow } }],
    },
  });

  it('is met when the whole interval of the median ratio is at or above 0.85', () => {
    expect(brokenGoals(results(0.9, 0.85))).toEqual([]);
  });

  it('is not demonstrated when the median is over it but the interval reaches below', () => {
    expect(brokenGoals(results(0.93, 0.84))).toEqual([
      'SDK throughput ratio 0.93 not demonstrated: its 95% interval reaches down to 0.84 < 0.85',
    ]);
  });

  it('is broken when the median is under it', () => {
    expect(brokenGoals(results(0.84, 0.7))).toEqual(['SDK throughput ratio 0.84 < 0.85']);
  });
});
