#!/usr/bin/env node
// The widgets' timing figures of two builds side by side in one run: this worktree's
// `packages/components/dist/cdn/` and a baseline copy of another build's `dist/cdn/` (e.g. main's),
// the runs interleaved (baseline, this build, baseline, …) so that the machine's noise falls on
// both alike; then a profile of each (see trace-profile.mjs). First, both builds' script-tag sizes.
//
//   node bench/compare-widgets.mjs --baseline /tmp/cdn-main [--runs 7] [--no-profile]
//                                  [--figures 'map 10k,events 1000']
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import {
  bundleSdk,
  eventsRun,
  freshPage,
  generateEvents,
  mapPaintTimes,
  startStaticServer,
} from './browser.mjs';
import { CDN_DIR, cdnFileSizes } from './cdn-sizes.mjs';
import { profileWidgets } from './profile-widgets.mjs';
import { summarize } from './stats.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    baseline: { type: 'string' },
    runs: { type: 'string', default: '7' },
    'no-profile': { type: 'boolean', default: false },
    figures: { type: 'string', default: 'map 10k,map 100k,events 1000' },
  },
});
if (!values.baseline)
  throw new Error('--baseline <a dist/cdn directory of another build> is needed');
const runs = Number(values.runs);

const baselineSizes = cdnFileSizes(values.baseline);
for (const [id, size] of Object.entries(cdnFileSizes(CDN_DIR))) {
  const before = baselineSizes[id];
  const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
  console.log(
    `${id.padEnd(40)} baseline ${before ? kB(before.gzip) : '–'}   this build ${kB(size.gzip)} gzip`,
  );
}
const BUILDS = { baseline: '/cdn-baseline', current: '/cdn' };

async function mapOnce(browser, origin, apiUrl, big, cdn) {
  const { context, page } = await freshPage(browser, origin);
  try {
    const { painted, responseEnd } = await mapPaintTimes(page, {
      apiUrl,
      big,
      timeout: 90_000,
      cdn,
    });
    return painted - responseEnd;
  } finally {
    await context.close();
  }
}

const line = (stat) =>
  `${stat.median.toFixed(0)} (${stat.min.toFixed(0)}–${stat.max.toFixed(0)}) ms`;

const { startDemoServer } = await import('../packages/demo-api/dist/node.js');
const tmp = mkdtempSync(join(tmpdir(), 'saxon-compare-'));
const demo10k = await startDemoServer({ port: 0, synthetic: { actors: 10_000 } });
const demo100k = await startDemoServer({ port: 0, synthetic: { actors: 100_000 } });
const statics = await startStaticServer({
  sdkFile: await bundleSdk(tmp),
  events: await generateEvents(demo10k.url),
  baselineDir: values.baseline,
});
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const api10k = `${demo10k.url}/directory/v1`;
const api100k = `${demo100k.url}/directory/v1`;
try {
  const figures = {
    'map 10k': (cdn) => mapOnce(browser, statics.url, api10k, false, cdn),
    'map 100k': (cdn) => mapOnce(browser, statics.url, api100k, true, cdn),
    'events 1000': async (cdn) => (await eventsRun(browser, statics.url, cdn)).total,
  };
  const result = {};
  const chosen = values.figures.split(',').map((name) => name.trim());
  for (const [figure, once] of Object.entries(figures)) {
    if (!chosen.includes(figure) || runs === 0) continue;
    const samples = { baseline: [], current: [] };
    for (let run = 0; run < runs; run++)
      for (const [build, cdn] of Object.entries(BUILDS)) samples[build].push(await once(cdn));
    result[figure] = { baseline: summarize(samples.baseline), current: summarize(samples.current) };
    console.log(
      `${figure.padEnd(12)} baseline ${line(result[figure].baseline)}   this build ${line(result[figure].current)}   (${runs} runs each, interleaved)`,
    );
  }
  if (!values['no-profile']) {
    for (const [build, cdn] of Object.entries(BUILDS)) {
      const cdnDir =
        build === 'baseline' ? values.baseline : join(root, 'packages/components/dist/cdn');
      const profiles = await profileWidgets({
        browser,
        origin: statics.url,
        demo10kApi: api10k,
        demo100kApi: chosen.includes('map 100k') ? api100k : undefined,
        cdnDir,
        cdn,
      });
      for (const [name, profile] of Object.entries(profiles)) {
        if (!profile) continue;
        console.log(`\n${build} · ${name}: traced window ${profile.window.toFixed(0)} ms`);
        const kinds = profile.kinds.map((k) => `${k.name} ${k.ms.toFixed(0)}`).join(', ');
        console.log(`  rendering: ${kinds}`);
        for (const { name: module, ms } of profile.script.slice(0, 12))
          console.log(`  ${module.padEnd(48)} ${ms.toFixed(1)} ms`);
      }
    }
  }
} finally {
  await browser.close();
  await statics.close();
  await demo10k.close();
  await demo100k.close();
  rmSync(tmp, { recursive: true, force: true });
}
