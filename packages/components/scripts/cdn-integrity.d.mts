export declare const INTEGRITY_FILE: string;
export declare function sri(bytes: Uint8Array | string): string;
export interface CdnIntegrity {
  algorithm: 'sha384';
  /** Path relative to dist/cdn/ (with `/`) → `sha384-…`. */
  files: Record<string, string>;
}
export declare function cdnIntegrity(dir: string): CdnIntegrity;
export declare function checkCdnIntegrity(dir: string): string[];
