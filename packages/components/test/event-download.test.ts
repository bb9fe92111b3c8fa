// "In den Kalender" in real Chromium, over real HTTP, with the page and the directory on two
// origins as on a municipal site: the browser ignores the link's `download` attribute across
// origins, so each event's file name has to come from the directory's Content-Disposition.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../demo-api/src/node.js';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';
import { serveStatic, type StaticServer } from './static-server.js';

const cdnDir = new URL('../dist/cdn/', import.meta.url).pathname;

describe('calendar downloads of <saxon-event-list>', () => {
  let demo: DemoServer;
  let site: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(`${cdnDir}saxon-event-list.js`)) {
      throw new Error('dist/cdn/ is missing: run `pnpm build` first (`pnpm test` does).');
    }
    demo = await startDemoServer({ port: 0, now: () => new Date('2026-03-16T10:00:00+01:00') });
    const page = `<!doctype html>
<html lang="de">
  <head>
    <title>Veranstaltungen</title>
    <script type="module" src="/cdn/saxon-event-list.js"></script>
  </head>
  <body>
    <saxon-event-list api-url="${demo.url}/directory/v1" limit="3"></saxon-event-list>
  </body>
</html>`;
    site = await serveStatic({ '/cdn/': cdnDir }, { files: { '/': page } });
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await demo?.close();
  });

  it('saves each event under a name of its own, not as saxon-ai-events.ics', async () => {
    expect(new URL(site.url).origin).not.toBe(new URL(demo.url).origin);
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    const links = page.locator('saxon-event-list [part="ical-link"]');
    await expect.poll(() => links.count(), { timeout: 15_000 }).toBe(3);
    const names: string[] = [];
    for (let index = 0; index < 3; index++) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        links.nth(index).click(),
      ]);
      names.push(download.suggestedFilename());
      expect(await download.failure()).toBeNull();
    }
    expect(names).toEqual([
      'Open-Data-Hackathon Sachsen.ics',
      'KI-Sprechstunde für kleine und mittlere Unternehmen.ics',
      // the colon cannot be in a file name
      'Dresden AI Meetup Foundation Models in Production.ics',
    ]);
    await context.close();
  }, 60_000);
});
