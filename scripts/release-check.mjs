#!/usr/bin/env node
// `pnpm release:check`: proves that what npm would publish works outside this workspace.
//  1. builds and packs every public package (`pnpm pack`, which rewrites `workspace:` ranges);
//  2. checks each tarball's contents (no tests, fixtures or Storybook files) and lints it with
//     publint and @arethetypeswrong/cli;
//  3. installs the tarballs into a fresh project in the system's temp folder;
//  4. smoke-tests them there: the SDK under this Node.js against the installed demo API, and the
//     installed `saxon-widgets.js` in Chromium, where all widgets must render demo data, and the
//     installed `saxon-directory` CLI serving the demo seed to the SDK's directory client, and an
//     app with a wrapper of the installed `@saxon-ai/react`, bundled by esbuild (release-check-react.mjs).
import { execFileSync, execSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { assertChromium, chromiumArgs, chromiumPath } from './chromium.mjs';
import { checkCdnIntegrity } from '../packages/components/scripts/cdn-integrity.mjs';
import { checkReactPackage } from './release-check-react.mjs';

const root = new URL('..', import.meta.url).pathname;
const PACKAGES = ['sdk', 'components', 'demo-api', 'directory-server', 'react'];
/** Paths a published tarball must not contain. */
const FORBIDDEN = [
  /(^|\/)test\//,
  /(^|\/)tests?\.?[^/]*\.(ts|js)$/,
  /\.test\.(ts|js|d\.ts)$/,
  /fixtures?\//,
  /\.stories\.(ts|js|d\.ts)$/,
  /\.mdx$/,
  /storybook/i,
  /(^|\/)src\//,
  /__screenshots__/,
  /\.readme-examples/,
];

const step = (text) => console.log(`\n▸ ${text}`);
const run = (command, options = {}) => execSync(command, { stdio: 'inherit', ...options });

const work = mkdtempSync(join(tmpdir(), 'saxon-release-check-'));
const packs = join(work, 'packs');
const project = join(work, 'project');

try {
  step('build');
  run('pnpm build', { cwd: root });

  step('pack');
  for (const name of PACKAGES) {
    run(`pnpm pack --pack-destination ${packs}`, {
      cwd: join(root, 'packages', name),
      stdio: 'pipe',
    });
  }
  const tarballs = readdirSync(packs)
    .filter((file) => file.endsWith('.tgz'))
    .map((file) => join(packs, file));
  if (tarballs.length !== PACKAGES.length)
    throw new Error(`expected ${PACKAGES.length} tarballs, got ${tarballs}`);

  step('tarball contents, publint, attw');
  for (const tarball of tarballs) {
    const files = execFileSync('tar', ['-tzf', tarball]).toString().trim().split('\n');
    const inside = files.map((file) => file.replace(/^package\//, ''));
    const bad = inside.filter((file) => FORBIDDEN.some((pattern) => pattern.test(file)));
    if (bad.length)
      throw new Error(`${tarball} contains files that must not ship:\n  ${bad.join('\n  ')}`);
    if (!inside.includes('package.json') || !inside.some((f) => f.startsWith('dist/'))) {
      throw new Error(`${tarball} lacks package.json or dist/`);
    }
    console.log(`  ${tarball.split('/').pop()}: ${inside.length} files, none forbidden`);
    run(`pnpm exec publint run ${tarball} --strict`, { cwd: root });
    run(`pnpm exec attw ${tarball} --profile esm-only --format table-flipped --no-summary`, {
      cwd: root,
    });
  }

  step('Subresource Integrity: the packed dist/cdn/integrity.json matches the packed files');
  const componentsTarball = tarballs.find((file) => file.includes('saxon-ai-components-'));
  const unpacked = join(work, 'components-unpacked');
  execSync(`mkdir -p ${unpacked}`);
  execFileSync('tar', ['-xzf', componentsTarball, '-C', unpacked]);
  const integrityProblems = checkCdnIntegrity(join(unpacked, 'package/dist/cdn'));
  if (integrityProblems.length)
    throw new Error(`integrity.json does not match:\n  ${integrityProblems.join('\n  ')}`);
  console.log('  every file of dist/cdn/ has its sha384 in integrity.json');

  step('install the tarballs into a fresh project outside the workspace');
  execSync(`mkdir -p ${project}`);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'release-check', private: true, type: 'module' }, null, 2),
  );
  // The Node.js this script runs on (the `node` package) ships its own CA list; `--use-system-ca`
  // lets npm also trust the machine's certificates (a company proxy's, say), as the system Node does.
  // React 19 for @saxon-ai/react's peer dependency (and react-dom, which its app needs).
  const apps = 'react@19 react-dom@19';
  run(`npm install --no-audit --no-fund --loglevel=error ${tarballs.join(' ')} ${apps}`, {
    cwd: project,
    env: {
      ...process.env,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --use-system-ca`.trim(),
    },
  });

  step(`SDK smoke test under Node ${process.version}`);
  writeFileSync(
    join(project, 'smoke.mjs'),
    `import { createDirectoryClient, createOpenDataClient, portals } from '@saxon-ai/sdk';
import { startDemoServer } from '@saxon-ai/demo-api/node';
const server = await startDemoServer({ port: 0 });
try {
  const dir = createDirectoryClient({ baseUrl: server.url + '/directory/v1' });
  const actors = await dir.actors.list({ category: 'research', city: 'Dresden' });
  if (!(actors.total > 0)) throw new Error('no actors');
  const ckan = createOpenDataClient({ type: 'ckan', baseUrl: server.url + '/ckan' });
  const entrystore = createOpenDataClient({ ...portals.sachsen, baseUrl: server.url + '/entrystore/store' });
  const [a, b] = await Promise.all([ckan.search({ text: 'Schule' }), entrystore.search({ text: 'Schule' })]);
  if (!(a.total > 0) || a.total !== b.total) throw new Error('open-data search: ' + a.total + ' vs ' + b.total);
  console.log('  ' + actors.total + ' research actors in Dresden; ' + a.total + ' datasets on "Schule" through CKAN and EntryStore');
} finally {
  await server.close();
}
`,
  );
  run(`${process.execPath} smoke.mjs`, { cwd: project });

  step('saxon-directory from the installed package: serve --seed demo, read it with the SDK');
  writeFileSync(
    join(project, 'directory-smoke.mjs'),
    `import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { createDirectoryClient } from '@saxon-ai/sdk';
const cli = 'node_modules/@saxon-ai/directory-server/dist/cli.js';
const child = spawn(process.execPath, [cli, 'serve', '--db', 'directory.db', '--port', '0', '--seed', 'demo'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const exited = new Promise((resolve) => child.once('exit', resolve));
const url = await new Promise((resolve, reject) => {
  child.once('exit', (code) => reject(new Error('saxon-directory serve exited with ' + code)));
  createInterface({ input: child.stdout }).on('line', (line) => {
    const entry = JSON.parse(line);
    if (entry.msg === 'listening') resolve(entry.url);
  });
});
try {
  const dir = createDirectoryClient({ baseUrl: url + '/directory/v1' });
  const actors = await dir.actors.list({ category: 'research', city: 'Dresden' });
  if (!(actors.total > 0)) throw new Error('no actors from the directory server');
  console.log('  ' + actors.total + ' research actors in Dresden from saxon-directory on SQLite');
} finally {
  child.kill('SIGTERM');
}
const code = await exited;
if (code !== 0) throw new Error('saxon-directory did not stop cleanly: exit ' + code);
`,
  );
  run(`${process.execPath} directory-smoke.mjs`, { cwd: project });

  step('saxon-widgets.js from the installed package, in Chromium');
  assertChromium();
  const { startDemoServer } = await import(
    pathToFileURL(join(project, 'node_modules/@saxon-ai/demo-api/dist/node.js')).href
  );
  const api = await startDemoServer({ port: 0 });
  const cdn = join(project, 'node_modules/@saxon-ai/components/dist/cdn');
  const directory = `${api.url}/directory/v1`;
  const page = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>release check</title>
<script type="module" src="/cdn/saxon-widgets.js"></script></head><body>
<saxon-dataset-search api-type="ckan" api-url="${api.url}/ckan"></saxon-dataset-search>
<saxon-actor-map api-url="${directory}"></saxon-actor-map>
<saxon-event-list api-url="${directory}"></saxon-event-list>
<saxon-topic-list api-url="${directory}"></saxon-topic-list>
</body></html>`;
  const site = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path === '/') return response.writeHead(200, { 'content-type': 'text/html' }).end(page);
    try {
      const body = await readFile(join(cdn, path.replace(/^\/cdn\//, '')));
      const type = extname(path) === '.js' ? 'text/javascript' : 'application/json';
      response.writeHead(200, { 'content-type': type }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => site.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(String(error)));
    await tab.goto(`http://127.0.0.1:${site.address().port}/`);
    const shown = {
      'saxon-dataset-search': '[part~="result"]',
      'saxon-actor-map': '[part~="marker"], [part~="cluster"]',
      'saxon-event-list': '[part~="event"]',
      'saxon-topic-list': 'li',
    };
    for (const [tag, selector] of Object.entries(shown)) {
      const items = tab.locator(
        selector
          .split(', ')
          .map((s) => `${tag} ${s}`)
          .join(', '),
      );
      await items.first().waitFor({ timeout: 20_000 });
      console.log(`  <${tag}> rendered ${await items.count()} items from the demo API`);
    }
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  } finally {
    await browser.close();
    site.close();
    await api.close();
  }

  step('@saxon-ai/react from the installed package: an app bundled by esbuild, in Chromium');
  await checkReactPackage(project);

  console.log('\n✓ release check passed');
} finally {
  rmSync(work, { recursive: true, force: true });
}
