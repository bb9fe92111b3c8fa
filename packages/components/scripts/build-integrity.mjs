// Runs after build-cdn.mjs (see the package's `build` script): writes dist/cdn/integrity.json,
// the sha384 Subresource Integrity hash of every file in dist/cdn/ (see cdn-integrity.mjs).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { INTEGRITY_FILE, cdnIntegrity } from './cdn-integrity.mjs';

const cdnDir = fileURLToPath(new URL('../dist/cdn/', import.meta.url));
const integrity = cdnIntegrity(cdnDir);
writeFileSync(`${cdnDir}${INTEGRITY_FILE}`, `${JSON.stringify(integrity, null, 2)}\n`);
console.log(`dist/cdn/${INTEGRITY_FILE}: sha384 of ${Object.keys(integrity.files).length} files`);
