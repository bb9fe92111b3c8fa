#!/usr/bin/env node
// `pnpm version-packages` (the release workflow's version step) runs `changeset version`, then this:
// it adds the Subresource Integrity hashes of the script-tag bundles (dist/cdn/integrity.json, made
// by `pnpm build`) to the new version's entry in packages/components/CHANGELOG.md, so the changelog
// publishes the same hashes the tarball carries. The build embeds no version number, so the files
// (and hashes) of the build before the version bump are the files that are published.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkCdnIntegrity } from '../packages/components/scripts/cdn-integrity.mjs';

const components = fileURLToPath(new URL('../packages/components/', import.meta.url));
const cdnDir = `${components}dist/cdn/`;
const changelogPath = `${components}CHANGELOG.md`;

/** The section for one version: a table of file → hash, and how to use it. */
export function integritySection(integrity) {
  const rows = Object.entries(integrity.files)
    .filter(([path]) => !path.endsWith('.map'))
    .map(([path, hash]) => `| \`${path}\` | \`${hash}\` |`);
  return [
    '### Subresource Integrity (sha384)',
    '',
    'Hashes of the script-tag files in `dist/cdn/` (all files, source maps included, are in',
    '`dist/cdn/integrity.json` of the package). Use them as',
    '`<script type="module" src="…" integrity="sha384-…" crossorigin="anonymous">`.',
    '',
    '| file | integrity |',
    '| ---- | --------- |',
    ...rows,
    '',
  ].join('\n');
}

/** The changelog with the section after the first `## <version>` heading's own lines. */
export function withIntegritySection(changelog, section) {
  const heading = changelog.match(/^## \S+\s*$/m);
  if (!heading) throw new Error('CHANGELOG.md has no "## <version>" heading');
  const start = heading.index + heading[0].length;
  const next = changelog.slice(start).search(/^## /m);
  const end = next === -1 ? changelog.length : start + next;
  const entry = changelog.slice(start, end);
  if (entry.includes('### Subresource Integrity')) return changelog;
  return `${changelog.slice(0, end).trimEnd()}\n\n${section}\n${changelog.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(`${cdnDir}integrity.json`))
    throw new Error('dist/cdn/integrity.json is missing: run `pnpm build` first');
  const problems = checkCdnIntegrity(cdnDir);
  if (problems.length) throw new Error(`integrity.json is stale:\n  ${problems.join('\n  ')}`);
  if (!existsSync(changelogPath)) {
    console.log('no packages/components/CHANGELOG.md (no release of the components pending)');
  } else {
    const integrity = JSON.parse(readFileSync(`${cdnDir}integrity.json`, 'utf8'));
    const changelog = readFileSync(changelogPath, 'utf8');
    writeFileSync(changelogPath, withIntegritySection(changelog, integritySection(integrity)));
    console.log('packages/components/CHANGELOG.md: added the Subresource Integrity hashes');
  }
}
