// Subresource Integrity of the script-tag files: the hashes the release publishes
// (dist/cdn/integrity.json in the package, the changelog section made from it) must match the files
// npm would ship. Packs the package as `pnpm pack` does and checks the tarball's own files.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCdnIntegrity, sri } from '../scripts/cdn-integrity.mjs';
import {
  integritySection,
  withIntegritySection,
} from '../../../scripts/release-integrity-changelog.mjs';

const packageDir = new URL('..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'saxon-integrity-'));
let packedCdn: string;

beforeAll(() => {
  if (!existsSync(join(packageDir, 'dist/cdn/integrity.json')))
    throw new Error(
      'dist/cdn/integrity.json is missing: run `pnpm build` first (`pnpm test` does).',
    );
  execFileSync('pnpm', ['pack', '--pack-destination', work], { cwd: packageDir, stdio: 'pipe' });
  const tarball = execFileSync('ls', [work]).toString().trim().split('\n')[0]!;
  execFileSync('tar', ['-xzf', join(work, tarball), '-C', work]);
  packedCdn = join(work, 'package/dist/cdn');
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('dist/cdn/integrity.json in the packed package', () => {
  it('lists every file of dist/cdn/, lazy chunks included, with its sha384', () => {
    expect(checkCdnIntegrity(packedCdn)).toEqual([]);
    const { algorithm, files } = JSON.parse(
      readFileSync(join(packedCdn, 'integrity.json'), 'utf8'),
    ) as { algorithm: string; files: Record<string, string> };
    expect(algorithm).toBe('sha384');
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['saxon-widgets.js', 'saxon-event-list.js', 'saxon-widgets.js.map']),
    );
    expect(Object.keys(files).some((path) => /^chunks\/.+\.js$/.test(path))).toBe(true);
    const widgets = readFileSync(join(packedCdn, 'saxon-widgets.js'));
    expect(files['saxon-widgets.js']).toBe(sri(widgets));
    expect(files['saxon-widgets.js']).toMatch(/^sha384-[A-Za-z0-9+/]{64}$/);
  });

  it('is caught out by a changed chunk, a missing file and an unlisted one', () => {
    const copy = join(work, 'tampered');
    cpSync(packedCdn, copy, { recursive: true });
    const { files } = JSON.parse(readFileSync(join(copy, 'integrity.json'), 'utf8')) as {
      files: Record<string, string>;
    };
    const chunk = Object.keys(files).find((path) => path.startsWith('chunks/'))!;
    writeFileSync(join(copy, chunk), `${readFileSync(join(copy, chunk), 'utf8')}\n`);
    rmSync(join(copy, 'saxon-topic-list.js'));
    writeFileSync(join(copy, 'extra.js'), 'export {};');
    const problems = checkCdnIntegrity(copy);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^${chunk.replaceAll('.', '\\.')}: listed sha384-`)),
        'saxon-topic-list.js is listed but missing',
        'extra.js is not listed in integrity.json',
      ]),
    );
  });
});

describe('the changelog section made from it', () => {
  it('goes under the newest version, with the script files and their hashes', () => {
    const integrity = JSON.parse(readFileSync(join(packedCdn, 'integrity.json'), 'utf8'));
    const changelog =
      '# @saxon-ai/components\n\n## 1.1.0\n\n### Minor Changes\n\n- New.\n\n## 1.0.0\n\n- Old.\n';
    const updated = withIntegritySection(changelog, integritySection(integrity));
    const newest = updated.split('## 1.0.0')[0]!;
    expect(newest).toContain('### Subresource Integrity (sha384)');
    expect(newest).toContain(
      `| \`saxon-widgets.js\` | \`${integrity.files['saxon-widgets.js']}\` |`,
    );
    expect(newest).not.toContain('.js.map`');
    expect(updated.split('## 1.0.0')[1]).toBe('\n\n- Old.\n');
    // run twice (a re-run of the version step): one section, not two
    expect(withIntegritySection(updated, integritySection(integrity))).toBe(updated);
  });
});
