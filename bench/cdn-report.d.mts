import type { SizeRow } from './sizes.d.mts';

export declare function cdnBreakdownSection(rows: SizeRow[]): string | undefined;
export declare function cdnBaselineSection(rows: SizeRow[]): string | undefined;
