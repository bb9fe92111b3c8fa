// Subresource Integrity (SRI) for the script-tag bundles: one sha384 hash per file of dist/cdn/
// (entries, lazy chunks, source maps), written to dist/cdn/integrity.json at build time. Webmasters
// put the hash into `<script integrity="…">`; the release check, a test and the changelog step read
// the same file, so what the changelog publishes is what the tarball holds.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Name of the hash list inside dist/cdn/ (it does not list itself). */
export const INTEGRITY_FILE = 'integrity.json';

/** The SRI value of some bytes: `sha384-` and the base64 digest (the W3C SRI format). */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Every file below `dir` as a path relative to it with `/` separators, sorted. */
function filesBelow(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => path !== INTEGRITY_FILE)
    .sort();
}

/** `{ algorithm, files: { 'saxon-widgets.js': 'sha384-…', 'chunks/…': … } }` for the folder `dir`. */
export function cdnIntegrity(dir) {
  const files = {};
  for (const path of filesBelow(dir)) files[path] = sri(readFileSync(join(dir, path)));
  return { algorithm: 'sha384', files };
}

/**
 * Compares the hash list in `dir`/integrity.json with the files beside it. Returns the problems
 * (empty when every file is listed with its hash and nothing else is listed).
 */
export function checkCdnIntegrity(dir) {
  const published = JSON.parse(readFileSync(join(dir, INTEGRITY_FILE), 'utf8')).files ?? {};
  const actual = cdnIntegrity(dir).files;
  const problems = [];
  for (const [path, hash] of Object.entries(actual)) {
    if (!(path in published)) problems.push(`${path} is not listed in ${INTEGRITY_FILE}`);
    else if (published[path] !== hash)
      problems.push(`${path}: listed ${published[path]}, file has ${hash}`);
  }
  for (const path of Object.keys(published))
    if (!(path in actual)) problems.push(`${path} is listed but missing`);
  return problems;
}
