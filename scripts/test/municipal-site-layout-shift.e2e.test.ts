import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';
import { startMunicipalSite } from '../municipal-site.mjs';
import { waitForWidgetsSettled } from './widget-pages.js';

/**
 * Layout shift of the Musterstadt page while its widgets load, as Lighthouse counts it
 * (Cumulative Layout Shift, from the browser's own `layout-shift` entries): each widget's loading
 * state must take the room its content will take. Empty cache — a fresh browser context — at a
 * desktop and a phone width.
 */
let site: Awaited<ReturnType<typeof startMunicipalSite>>;
let browser: Browser;

beforeAll(async () => {
  site = await startMunicipalSite({ port: 0 });
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Sum of the layout-shift values not caused by input, with the elements that moved most. */
async function cumulativeLayoutShift(width: number) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${site.url}/`, { timeout: 120_000 });
  await waitForWidgetsSettled(page);
  // Anything the widgets do right after their data arrived (fonts, late measurements) counts too.
  await page.waitForTimeout(1000);
  const result = await page.evaluate(
    () =>
      new Promise<{ cls: number; shifts: string[]; supported: boolean }>((resolve) => {
        const supported = PerformanceObserver.supportedEntryTypes.includes('layout-shift');
        const shifts: string[] = [];
        let cls = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
            sources?: {
              node?: Node;
              previousRect: DOMRectReadOnly;
              currentRect: DOMRectReadOnly;
            }[];
          })[]) {
            if (entry.hadRecentInput) continue;
            cls += entry.value;
            const moved = (entry.sources ?? [])
              .map((source) => {
                const node = source.node;
                const name =
                  node instanceof Element
                    ? `${node.localName}${node.id ? `#${node.id}` : ''}${node.className && typeof node.className === 'string' ? `.${node.className.split(' ')[0]}` : ''}`
                    : (node?.nodeName ?? '?');
                return `${name} ${Math.round(source.previousRect.top)}→${Math.round(source.currentRect.top)} (h ${Math.round(source.previousRect.height)}→${Math.round(source.currentRect.height)})`;
              })
              .join(', ');
            shifts.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${moved}`);
          }
        }).observe({ type: 'layout-shift', buffered: true });
        // Buffered entries arrive in a callback soon after; with no shift at all there is none.
        setTimeout(() => resolve({ cls, shifts, supported }), 1000);
      }),
  );
  await context.close();
  return result;
}

describe('Musterstadt: layout shift while the widgets load', () => {
  for (const width of [1280, 375]) {
    it(`stays below a CLS of 0.05 at ${width} px`, async () => {
      const { cls, shifts, supported } = await cumulativeLayoutShift(width);
      expect(supported).toBe(true);
      expect(cls, shifts.join('\n')).toBeLessThan(0.05);
    }, 240_000);
  }
});
