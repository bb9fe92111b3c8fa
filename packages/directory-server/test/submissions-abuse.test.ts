import { describe, expect, it, vi } from 'vitest';
import { ACTOR_INPUT, newActor } from '../../../scripts/test/directory/submission-fixtures.js';
import { call } from '../../../scripts/test/directory/submissions-http.js';
import { closeAfterEach } from './support/close-after-each.js';
import { submissionsTarget } from './support/submissions.js';

// Real servers and databases on a shared, loaded machine: generous time, no timing assertions
// (readers' latency under attack is measured by bench/submission-abuse.mjs).
vi.setConfig({ testTimeout: 180_000, hookTimeout: 60_000 });

const closeLater = closeAfterEach();

async function start(options: Parameters<typeof submissionsTarget>[1] = {}) {
  const target = await submissionsTarget({ engine: 'sqlite' }, options);
  closeLater(target);
  return target;
}

const countAll = async (target: Awaited<ReturnType<typeof start>>) =>
  (
    await target.server.storage.submissions.list({
      states: ['pending', 'held', 'approved', 'rejected', 'withdrawn'],
      limit: 1,
      offset: 0,
    })
  ).total;

describe('POST /submissions under abuse', () => {
  it('1,000 submissions from one client: 5 accepted, the rest 429 with Retry-After; readers and the server carry on', async () => {
    // The default limits (5 a minute, 30 an hour per client address), as `serve` runs them.
    const target = await start({ submissionRateLimit: {} });
    const statuses: number[] = [];
    const retryAfter: number[] = [];
    const readerStatuses: number[] = [];
    let attacking = true;
    const readers = (async () => {
      while (attacking) {
        readerStatuses.push((await fetch(`${target.url}/directory/v1/actors?q=ki`)).status);
      }
    })();
    const body = JSON.stringify(newActor());
    for (let batch = 0; batch < 20; batch++) {
      const answers = await Promise.all(
        Array.from({ length: 50 }, () =>
          fetch(`${target.url}/directory/v1/submissions`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
          }),
        ),
      );
      for (const answer of answers) {
        statuses.push(answer.status);
        if (answer.status === 429) retryAfter.push(Number(answer.headers.get('retry-after')));
        await answer.body?.cancel();
      }
    }
    attacking = false;
    await readers;
    expect(statuses.filter((s) => s === 202)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(995);
    expect(Math.min(...retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...retryAfter)).toBeLessThanOrEqual(60);
    // A refused submission was not processed: nothing stored but the five.
    expect(await countAll(target)).toBe(5);
    expect(readerStatuses.length).toBeGreaterThan(0);
    expect(new Set(readerStatuses)).toEqual(new Set([200]));
    expect((await fetch(`${target.url}/healthz`)).status).toBe(200);
    // Other clients are not punished for this one (behind a proxy: their own address).
  });

  it('counts 30 an hour per client; another client keeps its own budget', async () => {
    let now = Date.parse('2026-11-22T09:00:00Z');
    const target = await start({ submissionRateLimit: { now: () => now }, trustProxy: true });
    const post = (client: string) =>
      call(target.url, 'POST', '/directory/v1/submissions', {
        body: newActor({ ...ACTOR_INPUT, name: `Stunde ${client}` }),
        headers: { 'x-forwarded-for': client },
      });
    const accepted: number[] = [];
    for (let minute = 0; minute < 7; minute++) {
      for (let i = 0; i < 6; i++) accepted.push((await post('203.0.113.7')).status);
      now += 61_000;
    }
    expect(accepted.filter((s) => s === 202)).toHaveLength(30);
    const refused = await post('203.0.113.7');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(60);
    expect((await post('198.51.100.2')).status).toBe(202);
  });
});
