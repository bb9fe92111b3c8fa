import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';
import {
  coloursInBoxes,
  contrast,
  startAllWidgetsPage,
  waitForWidgetsSettled,
  type Box,
  type Rgb,
} from './widget-pages.js';

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

interface TextOfControl {
  /** Which control, for the failure message: widget, element and its text. */
  label: string;
  /** The line boxes of its text (or the content box of a field), in page pixels. */
  boxes: Box[];
}

/** Opens every state with buttons the page does not show at first: an actor's detail card. */
async function openStates(page: Page) {
  await page.locator('#map-as-list [part~="item-button"]').first().click();
  await page.locator('#map-as-list [part~="show-on-map"]').waitFor();
}

/** The text of every visible button, link, label, summary and field inside the widgets. */
function textsOfControls(page: Page): Promise<TextOfControl[]> {
  return page.evaluate(() => {
    const CONTROLS =
      'button, a[href], label, summary, select, input:not([type="checkbox"]):not([type="radio"]), [role="button"]';
    const found: {
      label: string;
      boxes: { x: number; y: number; width: number; height: number }[];
    }[] = [];
    // Whole pixels inside the box only: a crop that strays into the padding could find a contrast
    // the text itself does not have.
    const inner = (rect: DOMRect) => {
      const x = Math.ceil(rect.left);
      const y = Math.ceil(rect.top);
      return { x, y, width: Math.floor(rect.right) - x, height: Math.floor(rect.bottom) - y };
    };
    // Text under an overlay (markers under the tile consent, say) is not what the visitor sees.
    const onTop = (element: Element, rect: DOMRect) => {
      const x = rect.left + rect.width / 2;
      const y = rect.top + rect.height / 2;
      let hit: Element | null = document.elementFromPoint(x, y);
      while (hit?.shadowRoot) {
        const inner = hit.shadowRoot.elementFromPoint(x, y);
        if (!inner || inner === hit) break;
        hit = inner;
      }
      return hit !== null && (element === hit || element.contains(hit) || hit.contains(element));
    };
    const big = (box: { width: number; height: number }) => box.width >= 4 && box.height >= 6;
    const visit = (root: ParentNode, widget: string) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) visit(element.shadowRoot, widget || element.localName);
        if (!widget || !element.matches(CONTROLS)) continue;
        if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
        // Disabled controls are exempt from contrast (WCAG 1.4.3) and painted in GrayText.
        if (element.matches(':disabled')) continue;
        const boxes = [];
        if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement) {
          const text =
            element instanceof HTMLInputElement ? element.value || element.placeholder : 'x';
          if (text) {
            const style = getComputedStyle(element);
            const rect = element.getBoundingClientRect();
            const padded = new DOMRect(
              rect.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft),
              rect.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop),
              rect.width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 2,
              rect.height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom) - 2,
            );
            if (onTop(element, padded)) boxes.push(inner(padded));
          }
        } else {
          const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!node.textContent?.trim()) continue;
            const parent = node.parentElement!;
            if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
              continue;
            if (parent.closest('.visually-hidden')) continue;
            const range = document.createRange();
            range.selectNodeContents(node);
            for (const rect of range.getClientRects())
              if (onTop(parent, rect)) boxes.push(inner(rect));
          }
        }
        // Pieces of text on one line ("Forschung", " · ", "Dresden") are looked at as one line box.
        const lines: typeof boxes = [];
        for (const box of boxes.sort((a, b) => a.y - b.y || a.x - b.x)) {
          const last = lines.at(-1);
          if (last && Math.abs(last.y - box.y) <= 2 && box.x - (last.x + last.width) <= 2) {
            const right = Math.max(last.x + last.width, box.x + box.width);
            last.y = Math.max(last.y, box.y);
            last.height = Math.min(last.height, box.height);
            last.width = right - last.x;
          } else lines.push({ ...box });
        }
        const kept = lines.filter(big);
        if (kept.length === 0) continue;
        const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
        found.push({ label: `${widget} ${element.localName} "${text}"`, boxes: kept });
      }
    };
    visit(document, '');
    return found;
  });
}

/** Every control looked at, and those whose text does not stand out from what is behind it. */
async function invisibleTexts(page: Page): Promise<{ looked: string[]; failures: string[] }> {
  // Tall enough for the whole page: one screenshot, no scrolling between measuring and painting.
  for (let height = 0; ;) {
    const needed = await page.evaluate(() => {
      window.scrollTo(0, 0);
      return document.documentElement.scrollHeight;
    });
    if (needed <= height) break;
    height = needed;
    await page.setViewportSize({ width: 1280, height });
    await page.waitForTimeout(300);
  }
  const controls = await textsOfControls(page);
  const png = await page.screenshot({ animations: 'disabled', caret: 'hide' });
  const boxes = controls.flatMap((control) => control.boxes);
  const colours = await coloursInBoxes(page, png, boxes);
  const failures: string[] = [];
  let index = 0;
  for (const control of controls) {
    for (const _box of control.boxes) {
      const inBox = colours[index++]!;
      const [behind] = inBox[0]!;
      // The contrast that at least three pixels reach against the colour that fills most of the
      // crop: a glyph's worth, not one stray anti-aliased pixel.
      const byContrast = inBox
        .map(([colour, count]) => [contrast(behind as Rgb, colour as Rgb), count] as const)
        .sort((a, b) => b[0] - a[0]);
      let best = 1;
      for (let pixels = 0, i = 0; pixels < 3 && i < byContrast.length; i++) {
        [best] = byContrast[i]!;
        pixels += byContrast[i]![1];
      }
      if (best < 4.5) failures.push(`${control.label}: best contrast ${best.toFixed(2)}`);
    }
  }
  return { looked: controls.map((control) => control.label), failures: [...new Set(failures)] };
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
      await page.goto(`${site.url}/`);
      await waitForWidgetsSettled(page);
      await openStates(page);
      const { looked, failures } = await invisibleTexts(page);
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
    }, 120_000);
  }
});
