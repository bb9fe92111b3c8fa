/** BENCHMARKS.md from a `pnpm bench` results object. */
export declare function renderReport(results: Record<string, unknown>): string;
