import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';
import { startMunicipalSite } from '../municipal-site.mjs';
import { lowContrastTexts } from './text-contrast.js';
import { luminance, startAllWidgetsPage, waitForWidgetsSettled, type Rgb } from './widget-pages.js';

/**
 * Dark mode, looked at in pixels: a page that allows dark (`color-scheme: light dark`) and themes
 * the widgets the way the webmaster guide says gets widgets that are dark all through, with every
 * text at 4.5:1 or more against what is painted behind it — and the Musterstadt demo follows the
 * visitor's preference.
 */
let allWidgets: Awaited<ReturnType<typeof startAllWidgetsPage>>;
let municipal: Awaited<ReturnType<typeof startMunicipalSite>>;
let browser: Browser;

beforeAll(async () => {
  allWidgets = await startAllWidgetsPage();
  municipal = await startMunicipalSite({ port: 0 });
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});
afterAll(async () => {
  await browser?.close();
  await allWidgets?.close();
  await municipal?.close();
});

/** The first CSS block of a guide's section on colours: what a webmaster copies. */
function guideSnippet(guide: string, section: RegExp): string {
  const text = readFileSync(
    new URL(`../../packages/components/docs/${guide}`, import.meta.url),
    'utf8',
  );
  const after = text.split(section)[1] ?? '';
  const css = /```css\n([^]*?)```/.exec(after)?.[1];
  expect(css, `${guide}: CSS snippet`).toBeTruthy();
  return css!;
}

async function open(url: string, colorScheme: 'light' | 'dark', css?: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme });
  const page = await context.newPage();
  await page.goto(url, { timeout: 120_000 });
  if (css) await page.addStyleTag({ content: css });
  await waitForWidgetsSettled(page);
  return page;
}

/** Luminance of what an element paints behind itself, from its computed background colour. */
async function backgroundLuminance(page: Page, selector: string): Promise<number> {
  const colour = await page.evaluate(
    (selector) => getComputedStyle(document.querySelector(selector)!).backgroundColor,
    selector,
  );
  const channels = colour
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map(Number) as unknown as Rgb;
  return luminance(channels);
}

/** Luminance of a widget's own surface (its host's background). */
function widgetLuminance(page: Page, tag: string) {
  return page.evaluate((tag) => {
    const colour = getComputedStyle(document.querySelector(tag)!).backgroundColor;
    return colour;
  }, tag);
}

describe('dark mode', () => {
  for (const [guide, section] of [
    ['webmaster.en.md', /## Colours and fonts/],
    ['webmaster.de.md', /## Farben und Schrift/],
  ] as const) {
    it(`${guide}: the theming snippet gives dark widgets with readable text`, async () => {
      const page = await open(`${allWidgets.url}/`, 'dark', guideSnippet(guide, section));
      for (const tag of [
        'saxon-dataset-search',
        'saxon-actor-map',
        'saxon-event-list',
        'saxon-topic-list',
      ]) {
        const colour = await widgetLuminance(page, tag);
        const channels = colour
          .match(/[\d.]+/g)!
          .slice(0, 3)
          .map(Number) as unknown as Rgb;
        expect(luminance(channels), `${tag} surface ${colour}`).toBeLessThan(0.05);
      }
      const { looked, failures } = await lowContrastTexts(page, 'text');
      expect(looked.length).toBeGreaterThan(100);
      expect(failures).toEqual([]);
      await page.context().close();
    }, 300_000);
  }

  it('the guide’s snippet keeps light widgets readable for visitors who prefer light', async () => {
    const css = guideSnippet('webmaster.en.md', /## Colours and fonts/);
    const page = await open(`${allWidgets.url}/`, 'light', css);
    const { failures } = await lowContrastTexts(page, 'text');
    expect(failures).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('the Musterstadt page follows the visitor’s dark preference, every widget text readable', async () => {
    const page = await open(`${municipal.url}/`, 'dark');
    expect(await backgroundLuminance(page, 'body')).toBeLessThan(0.05);
    expect(await backgroundLuminance(page, 'section')).toBeLessThan(0.05);
    const { looked, failures } = await lowContrastTexts(page, 'text');
    expect(looked.length).toBeGreaterThan(50);
    expect(failures).toEqual([]);
    await page.context().close();
  }, 300_000);
});
