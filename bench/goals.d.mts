export declare const GOALS: Record<string, number>;
/** Broken goals among the measured parts of a `pnpm bench` result, as readable lines. */
export declare function brokenGoals(results: Record<string, unknown>): string[];
