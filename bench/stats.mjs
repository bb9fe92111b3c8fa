// Repeated measurement: every figure in the report is a median with its min and max.

/** Runs `fn` `warmup` times unmeasured, then `runs` times; returns the durations' statistics (ms). */
export async function measure(fn, { runs = 7, warmup = 2 } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}

export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1), runs: sorted.length };
}

export const kb = (bytes) => bytes / 1000;
export const fmt = (value, digits = 1) => (value === undefined ? '–' : value.toFixed(digits));
