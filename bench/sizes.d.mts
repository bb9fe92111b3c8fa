export interface SizeRow {
  id: string;
  label: string;
  min: number;
  gzip: number;
  budget?: number;
  reference: boolean;
}
export declare const SIZE_BUDGETS: Record<string, number>;
export declare function measureSizes(): Promise<SizeRow[]>;
export declare function overBudget(rows: SizeRow[], factor?: number): SizeRow[];
export declare function missingBudgets(rows: SizeRow[]): string[];
