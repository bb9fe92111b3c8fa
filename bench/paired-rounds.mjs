// Statistics of interleaved rounds (bench/throughput.mjs): the order clients run in each round,
// and the median of per-round figures with its quartiles, range and a distribution-free 95 %
// confidence interval, so a goal is judged by what the noise of a shared machine allows.

/** The p-quantile of sorted values, linearly interpolated. */
function quantile(sorted, p) {
  const at = (sorted.length - 1) * p;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (at - low);
}

/**
 * The ranks (0-based, low and high) of a distribution-free 95 % confidence interval of the median
 * of n values: the order statistics k and n − 1 − k with P(Binomial(n, ½) ≤ k) ≤ 2.5 %.
 */
export function medianIntervalRanks(n) {
  let below = 0; // P(X ≤ k)
  let term = 0.5 ** n; // P(X = 0)
  let k = -1;
  while (k + 1 < n) {
    if (below + term > 0.025) break;
    below += term;
    k++;
    term = (term * (n - k)) / (k + 1);
  }
  return k < 0 ? [0, n - 1] : [k, n - 1 - k];
}

/** Median, quartiles, range and a 95 % confidence interval of the median of a sample. */
export function spread(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const [low, high] = medianIntervalRanks(sorted.length);
  return {
    median: quantile(sorted, 0.5),
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    min: sorted[0],
    max: sorted.at(-1),
    ciLow: sorted[low],
    ciHigh: sorted[high],
  };
}

/** The order of the clients in a round: rotated each round, reversed every other cycle. */
export function roundOrder(names, round) {
  const rotated = names.map((_, i) => names[(i + round) % names.length]);
  return Math.floor(round / names.length) % 2 ? rotated.reverse() : rotated;
}
