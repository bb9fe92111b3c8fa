// `pnpm build`: builds every package (`pnpm -r --filter './packages/*' run build`) and the Musterstadt
// site's embed configurator (scripts/build-configurator.mjs), and records a
// fingerprint of what the build read and wrote. `--if-changed` (used by `pnpm test`) skips the build
// when the fingerprint still matches: every source and config file, the lockfile and the installed
// dependencies' state unchanged since the last build, and every file it wrote (packages/*/dist)
// still byte for byte what that build left. CI builds once for the release check and then runs
// `pnpm test` on the same tree: the second build would write the same bytes again (about two
// minutes of the CI run). Anything that differs — one edited file, a deleted or touched dist file,
// no fingerprint, no git — builds as always.
import { execFileSync, execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stampFile = join(root, 'node_modules', '.cache', 'saxon-build', 'fingerprint');
const ifChanged = process.argv.includes('--if-changed');

/** Tracked and untracked (not ignored) files the build may read, relative to the root. */
function inputFiles() {
  const listed = execFileSync(
    'git',
    [
      'ls-files',
      '-z',
      '--cached',
      '--others',
      '--exclude-standard',
      '--',
      'packages',
      'scripts',
      'package.json',
      'pnpm-lock.yaml',
      'pnpm-workspace.yaml',
      'tsconfig.base.json',
      'tsconfig.json',
    ],
    { cwd: root, maxBuffer: 64 * 1024 * 1024 },
  ).toString();
  const files = listed.split('\0').filter(Boolean);
  // pnpm's record of the installed dependencies: changes with any install that changes them
  files.push('node_modules/.modules.yaml');
  return files.filter((file) => existsSync(join(root, file)));
}

/** Every file under each package's dist/, the build's output. */
function outputFiles() {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else files.push(path);
    }
  };
  for (const name of readdirSync(join(root, 'packages'))) {
    if (existsSync(join(root, 'packages', name, 'dist'))) walk(`packages/${name}/dist`);
  }
  if (existsSync(join(root, 'examples/municipal-site/dist'))) walk('examples/municipal-site/dist');
  return files;
}

function fingerprint() {
  const hash = createHash('sha256');
  for (const file of [...inputFiles(), '--- dist ---', ...outputFiles()].sort()) {
    hash.update(file).update('\0');
    if (file !== '--- dist ---') hash.update(readFileSync(join(root, file))).update('\0');
  }
  return hash.digest('hex');
}

function tryFingerprint() {
  try {
    return fingerprint();
  } catch (error) {
    console.warn(`build: no fingerprint (${error.message.split('\n')[0]}), building`);
    return undefined;
  }
}

if (ifChanged && existsSync(stampFile)) {
  const now = tryFingerprint();
  if (now !== undefined && now === readFileSync(stampFile, 'utf8').trim()) {
    console.log(
      'build: sources, dependencies and dist/ unchanged since the last build; not rebuilt',
    );
    process.exit(0);
  }
}

// A build that fails half-way leaves no fingerprint behind.
rmSync(stampFile, { force: true });
execSync("pnpm -r --filter './packages/*' run build", { cwd: root, stdio: 'inherit' });
// The Musterstadt site's one built file, from the components' manifest (built just above).
execSync('node scripts/build-configurator.mjs', { cwd: root, stdio: 'inherit' });

const built = tryFingerprint();
if (built !== undefined) {
  mkdirSync(dirname(stampFile), { recursive: true });
  writeFileSync(stampFile, `${built}\n`);
}
