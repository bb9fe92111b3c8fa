// Temporary (not committed): screenshots and axe of the entry form's composite fields, real forced colours.
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { startDemoServer } from './packages/demo-api/dist/node.js';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

const api = await startDemoServer({ port: 0 });
const apiUrl = `${api.url.replace('//127.0.0.1:', '//localhost:')}/directory/v1`;
const page = (kind, scheme) => `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Felder</title><link rel="stylesheet" href="/page.css"><script type="module" src="/cdn/saxon-entry-form.js"></script></head>
<body class="${scheme}"><main><h1>Eintragen</h1><saxon-entry-form kind="${kind}" api-url="${apiUrl}" privacy-url="https://example.org/datenschutz"></saxon-entry-form></main></body></html>`;
const css = `body{margin:0;padding:8px;font-family:system-ui,sans-serif} body.dark{color-scheme:dark;background:Canvas;color:CanvasText}`;
const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/page.css') { res.writeHead(200, { 'content-type': 'text/css' }); return res.end(css); }
  if (url.pathname.startsWith('/cdn/')) {
    const body = await readFile(`packages/components/dist${url.pathname}`);
    res.writeHead(200, { 'content-type': 'text/javascript' }); return res.end(body);
  }
  res.writeHead(200, { 'content-type': 'text/html' });
  res.end(page(url.searchParams.get('kind') ?? 'actor', url.searchParams.get('scheme') ?? 'light'));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const results = [];
for (const kind of ['actor', 'event'])
  for (const width of [1280, 320])
    for (const mode of ['light', 'dark', 'forced']) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: mode === 'dark' ? 'dark' : 'light', forcedColors: mode === 'forced' ? 'active' : 'none' });
      const p = await context.newPage();
      await p.goto(`${base}/?kind=${kind}&scheme=${mode === 'dark' ? 'dark' : 'light'}`);
      const form = p.locator('saxon-entry-form');
      await form.locator('.topic-options input').first().waitFor({ timeout: 15000 });
      if (kind === 'actor') {
        await form.locator('#field-address-postalCode').fill('09306');
        await form.locator('#field-address-ags').selectOption('14522490');
        await form.locator('[aria-controls="field-location-picker"]').press('Enter');
        await form.locator('.picker-surface').focus();
        for (const k of ['+', '+', '+', '+', '+', 'ArrowLeft', 'Enter']) await p.keyboard.press(k);
        await form.locator('#field-topics-filter').fill('ler');
      } else {
        await form.locator('#field-start').fill('2026-03-29');
        await form.locator('#field-startTime').fill('02:30');
        await form.locator('#field-end').fill('05:00');
        await form.locator('input[name="attendanceMode"][value="mixed"]').check();
      }
      const axe = await new AxeBuilder({ page: p }).analyze();
      const overflow = await p.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      const name = `${kind}-${width}-${mode}`;
      const section = kind === 'actor' ? form.locator('#field-address-postalCode') : form.locator('#field-start');
      await section.scrollIntoViewIfNeeded();
      const ids = kind === 'actor' ? ['section-location', 'section-topics'] : ['section-dates'];
      for (const id of ids) await form.locator(`section[aria-labelledby="field-${id}-title"]`).screenshot({ path: `/tmp/23c/shots/${name}-${id}.png` });
      results.push(`${name}: axe ${axe.violations.length} violations ${axe.violations.map((v) => v.id + '×' + v.nodes.length).join(',')}; overflow ${overflow}px`);
      await context.close();
    }
console.log(results.join('\n'));
await browser.close(); server.close(); await api.close();
