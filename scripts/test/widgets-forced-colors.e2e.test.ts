import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';
import { lowContrastTexts } from './text-contrast.js';
import { startAllWidgetsPage, waitForWidgetsSettled } from './widget-pages.js';

/**
 * Windows contrast themes, looked at in pixels: every button, link and control of every widget,
 * loaded and failed, in `forced-colors: active` with a light and a dark palette. For each piece of
 * text the screenshot is cropped to the text's own line boxes — what Chromium paints right behind
 * the text, including the backplate it adds under forced colours — and that crop must hold the
 * text in a colour that stands out (≥ 4.5:1) from the colour that fills most of it. axe cannot see
 * this: it reads styles, not the painted result.
 */
let site: Awaited<ReturnType<typeof startAllWidgetsPage>>;
let browser: Browser;

beforeAll(async () => {
  site = await startAllWidgetsPage();
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens every state with buttons the page does not show at first: an actor's detail card. */
async function openStates(page: Page) {
  await page.locator('#map-as-list [part~="item-button"]').first().click();
  await page.locator('#map-as-list [part~="show-on-map"]').waitFor();
}

describe('forced colours: every widget’s text stays visible', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`in a ${colorScheme} contrast theme`, async () => {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        forcedColors: 'active',
        colorScheme,
      });
      const page = await context.newPage();
      await page.goto(`${site.url}/`, { timeout: 120_000 });
      await waitForWidgetsSettled(page);
      await openStates(page);
      const { looked, failures } = await lowContrastTexts(page, 'controls');
      // Every widget is looked at, with the buttons named in the bug report among them.
      const labels = looked.join('\n');
      for (const widget of [
        'saxon-dataset-search',
        'saxon-actor-map',
        'saxon-event-list',
        'saxon-topic-list',
      ])
        expect(labels).toContain(`${widget} button`);
      for (const text of [
        'Suchen',
        'Weitere Veranstaltungen laden',
        'Erneut versuchen',
        'Auf der Karte zeigen',
        'Hintergrundkarte laden',
      ])
        expect(labels).toContain(text);
      expect(failures).toEqual([]);
      await context.close();
    }, 300_000);
  }
});
