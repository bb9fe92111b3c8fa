import type { SizeRow } from './sizes.d.mts';

export declare const CDN_DIR: string;
export declare function origin(input: string): { group: string; module: string };
export declare function grouped(bytesByInput: Iterable<readonly [string, number]>): {
  total: number;
  groups: Record<string, number>;
  modules: { module: string; bytes: number }[];
};
export declare function cdnFileSizes(dir: string): Record<string, { min: number; gzip: number }>;
export declare function measureCdn(): Promise<SizeRow[]>;
