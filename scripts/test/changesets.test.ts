import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The release flow on a throwaway copy of the workspace: a sample changeset, then
 * `changeset version`, as the release workflow runs it. Checks the bumped versions, the internal
 * dependent and the changelog entries with their commit links.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const changesetBin = join(root, 'node_modules', '@changesets', 'cli', 'bin.js');
const PACKAGES = ['sdk', 'components', 'demo-api'];
let work: string;

const git = (...args: string[]) =>
  execFileSync('git', args, {
    cwd: work,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.invalid',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.invalid',
    },
  }).toString();
const json = (path: string) =>
  JSON.parse(readFileSync(join(work, path), 'utf8')) as Record<string, any>;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'saxon-changesets-'));
  for (const file of ['package.json', 'pnpm-workspace.yaml'])
    cpSync(join(root, file), join(work, file));
  mkdirSync(join(work, '.changeset'));
  for (const file of ['config.json', 'changelog.mjs']) {
    cpSync(join(root, '.changeset', file), join(work, '.changeset', file));
  }
  for (const name of PACKAGES) {
    mkdirSync(join(work, 'packages', name), { recursive: true });
    cpSync(
      join(root, 'packages', name, 'package.json'),
      join(work, 'packages', name, 'package.json'),
    );
  }
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'base');
  writeFileSync(
    join(work, '.changeset', 'brave-owls-sing.md'),
    "---\n'@saxon-ai/sdk': minor\n---\n\nAdds `createOpenDataClient()`.\n\nSecond paragraph of details.\n",
  );
  git('add', '-A');
  git('commit', '-qm', 'changeset');
  execFileSync(process.execPath, [changesetBin, 'version'], {
    cwd: work,
    env: { ...process.env, CI: 'true' },
  });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('changeset version', () => {
  it('bumps the changed package and patches its internal dependents', () => {
    const before = Object.fromEntries(
      PACKAGES.map((name) => [
        name,
        JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8'))
          .version as string,
      ]),
    );
    const minor = (v: string) =>
      v.replace(/^(\d+)\.(\d+)\.\d+.*/, (_, major, m) => `${major}.${Number(m) + 1}.0`);
    const patch = (v: string) =>
      v.replace(/^(\d+)\.(\d+)\.(\d+).*/, (_, major, m, p) => `${major}.${m}.${Number(p) + 1}`);
    expect(json('packages/sdk/package.json').version).toBe(minor(before.sdk!));
    // components depends on the SDK (dependencies): it gets a patch release.
    expect(json('packages/components/package.json').version).toBe(patch(before.components!));
    // demo-api is only a devDependency of the SDK: untouched.
    expect(json('packages/demo-api/package.json').version).toBe(before['demo-api']);
  });

  it('writes changelog entries with the summary and a link to the commit', () => {
    const sdk = readFileSync(join(work, 'packages/sdk/CHANGELOG.md'), 'utf8');
    const commit = git('log', '-1', '--format=%H', '--', '.changeset/brave-owls-sing.md').trim();
    expect(sdk).toContain(`## ${json('packages/sdk/package.json').version}`);
    expect(sdk).toContain('### Minor Changes');
    expect(sdk).toContain(
      `- Adds \`createOpenDataClient()\`. ([${commit.slice(0, 7)}](https://github.com/saxon-ai/saxon-ai/commit/${commit}))`,
    );
    expect(sdk).toContain('  Second paragraph of details.');
    const components = readFileSync(join(work, 'packages/components/CHANGELOG.md'), 'utf8');
    expect(components).toContain('### Patch Changes');
    expect(components).toContain(`  - @saxon-ai/sdk@${json('packages/sdk/package.json').version}`);
  });

  it('consumes the changeset', () => {
    expect(() => readFileSync(join(work, '.changeset', 'brave-owls-sing.md'))).toThrow();
  });
});
