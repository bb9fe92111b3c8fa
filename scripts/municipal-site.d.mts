export declare const CSP: string;
export declare function startMunicipalSite(options?: {
  port?: number;
  hostname?: string;
}): Promise<{ url: string; port: number; close(): Promise<void> }>;
