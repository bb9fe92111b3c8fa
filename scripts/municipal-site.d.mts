import type { Logger } from '../packages/directory-server/dist/index.js';

export declare const CSP: string;
/** Name of the demo editor account every started site has. */
export declare const DEMO_EDITOR_NAME: string;
export declare function startMunicipalSite(options?: {
  port?: number;
  hostname?: string;
  /** Receives the directory server's JSON log entries (default: none). */
  directoryLogger?: Logger;
}): Promise<{
  url: string;
  port: number;
  directoryUrl: string;
  /** The moderation console on the site's origin (`/admin/`). */
  consoleUrl: string;
  /** Bearer token of the demo editor account (role editor, valid one day). */
  editorToken: string;
  close(): Promise<void>;
}>;
