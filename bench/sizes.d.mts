export interface SizeRow {
  id: string;
  label: string;
  min: number;
  gzip: number;
  budget?: number;
  goal?: number;
  /** Why the budget stands above its goal (or has none), shown in BENCHMARKS.md. */
  reason?: string;
  reference: boolean;
  /** Minified bytes per module and per origin (SDK rows). */
  breakdown?: {
    total: number;
    groups: Record<string, number>;
    modules: { module: string; bytes: number }[];
  };
  /** The same per-module view of a script-tag entry file, with its lazy files (minified bytes). */
  cdnBreakdown?: {
    total: number;
    groups: Record<string, number>;
    modules: { module: string; bytes: number }[];
    lazy: { file: string; bytes: number }[];
  };
  /** Another build's sizes of the same script-tag file (`--baseline-cdn`). */
  baseline?: { min: number; gzip: number };
}
export declare const SIZE_BUDGETS: Record<string, number>;
export declare const SIZE_GOALS: Record<string, number>;
export declare const BUDGET_REASONS: Record<string, string>;
export declare function measureSizes(options?: { baselineCdn?: string }): Promise<SizeRow[]>;
export declare function overBudget(rows: SizeRow[], factor?: number): SizeRow[];
export declare function missingBudgets(rows: SizeRow[]): string[];
export declare function unexplainedBudgets(rows: SizeRow[]): SizeRow[];
