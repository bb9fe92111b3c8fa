import type { CdnIntegrity } from '../packages/components/scripts/cdn-integrity.mjs';
export declare function integritySection(integrity: CdnIntegrity): string;
export declare function withIntegritySection(changelog: string, section: string): string;
