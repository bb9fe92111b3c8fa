// The @saxon-ai/react part of `pnpm release:check` (scripts/release-check.mjs): an app in the fresh
// project imports one wrapper from the installed tarball, esbuild bundles it as an app's bundler
// would, and Chromium renders it against the installed demo API. Checks that the wrapper
// registers its element, sets its props, hands its event to React, and that the bundle holds no
// other widget (the package's tree-shaking, from the published files).
import { writeFileSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const APP = `import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { SaxonTopicList } from '@saxon-ai/react';

const apiUrl = new URLSearchParams(location.search).get('api');
createRoot(document.getElementById('root')).render(
  createElement(SaxonTopicList, {
    apiUrl,
    context: 'release-check',
    onSaxonTopicSelect: (event) => {
      document.getElementById('chosen').textContent = event.detail.topic.label;
    },
  }),
);
`;

/** Bundles and runs the React smoke test in `project` (where the tarballs are installed). */
export async function checkReactPackage(project) {
  writeFileSync(join(project, 'react-app.mjs'), APP);
  const result = await build({
    entryPoints: [join(project, 'react-app.mjs')],
    absWorkingDir: project,
    bundle: true,
    minify: true,
    format: 'esm',
    outfile: join(project, 'react-app.js'),
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  if (result.errors.length) throw new Error('esbuild failed on the React app');
  const bundle = readFileSync(join(project, 'react-app.js'), 'utf8');
  const others = [
    'saxon-actor-map',
    'saxon-dataset-search',
    'saxon-entry-form',
    'saxon-event-list',
  ];
  const stowaways = others.filter((tag) => bundle.includes(`"${tag}"`));
  if (stowaways.length) throw new Error(`the React app's bundle holds unused ${stowaways}`);
  console.log(
    `  bundle of an app with <SaxonTopicList>: ${(bundle.length / 1024).toFixed(0)} KiB, no other widget`,
  );

  const { startDemoServer } = await import(
    pathToFileURL(join(project, 'node_modules/@saxon-ai/demo-api/dist/node.js')).href
  );
  const api = await startDemoServer({ port: 0 });
  const page = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>React check</title>
<script type="module" src="/react-app.js"></script></head><body><div id="root"></div><p id="chosen"></p></body></html>`;
  const site = createServer((request, response) => {
    if (request.url?.startsWith('/react-app.js'))
      return response.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
    response.writeHead(200, { 'content-type': 'text/html' }).end(page);
  });
  await new Promise((resolve) => site.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const tab = await (await browser.newContext()).newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(String(error)));
    const api_ = encodeURIComponent(`${api.url}/directory/v1`);
    await tab.goto(`http://127.0.0.1:${site.address().port}/?api=${api_}`);
    const button = tab.locator('saxon-topic-list [part~="topic-button"]').first();
    await button.waitFor({ timeout: 20_000 });
    const context = await tab.locator('saxon-topic-list').evaluate((el) => el.context);
    if (context !== 'release-check') throw new Error(`the context prop arrived as ${context}`);
    const label = (await button.locator('[part~="label"]').textContent()).trim();
    await button.click();
    await tab.locator('#chosen', { hasText: label }).waitFor({ timeout: 10_000 });
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    console.log(`  <SaxonTopicList> rendered the topics; onSaxonTopicSelect got "${label}"`);
  } finally {
    await browser.close();
    site.close();
    await api.close();
  }
}
