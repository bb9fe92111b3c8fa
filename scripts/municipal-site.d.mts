import type { Logger } from '../packages/directory-server/dist/index.js';

export declare const CSP: string;
export declare function startMunicipalSite(options?: {
  port?: number;
  hostname?: string;
  /** Receives the directory server's JSON log entries (default: none). */
  directoryLogger?: Logger;
}): Promise<{ url: string; port: number; directoryUrl: string; close(): Promise<void> }>;
