// Shared by the end-to-end checks of what a visitor sees: a test page with every widget (served
// like the demo, from the CDN bundle over the demo API), waiting until the widgets have loaded, and
// reading pixels of a screenshot.
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { startDemoServer } from '../../packages/demo-api/dist/node.js';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/** Serves `fixtures/all-widgets/` at `/` and the widget bundles at `/cdn/`. */
export function startAllWidgetsPage() {
  return startDemoServer({
    port: 0,
    static: [
      { prefix: '/cdn/', dir: path('../../packages/components/dist/cdn/') },
      { prefix: '/', dir: path('./fixtures/all-widgets/') },
    ],
  });
}

/** Resolves once no widget on the page shows a placeholder any more (loaded or failed). */
export async function waitForWidgetsSettled(page: Page, timeout = 120_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const widgets = [...document.querySelectorAll('*')].filter((element) =>
        element.localName.startsWith('saxon-'),
      );
      return (
        widgets.length > 0 &&
        widgets.every((widget) => {
          const root = widget.shadowRoot;
          return root !== null && root.querySelector('[aria-busy="true"], saxon-skeleton') === null;
        })
      );
    },
    undefined,
    { timeout, polling: 100 },
  );
}

/** An sRGB colour, 0–255 a channel. */
export type Rgb = readonly [number, number, number];

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2.x relative luminance. */
export function luminance([r, g, b]: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2.x contrast ratio of two colours, 1–21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** A rectangle in CSS pixels of the page (device scale factor 1). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The colours inside each box of a PNG screenshot taken of the same page, as [colour, pixel count]
 * most frequent first. The PNG is decoded by the browser itself (no image library needed).
 */
export async function coloursInBoxes(page: Page, png: Buffer, boxes: Box[]) {
  return page.evaluate(
    async ({ base64, boxes }) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      return boxes.map((box) => {
        const counts = new Map<number, number>();
        const { data } = context.getImageData(box.x, box.y, box.width, box.height);
        for (let i = 0; i < data.length; i += 4) {
          const key = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        return [...counts]
          .sort((a, b) => b[1] - a[1])
          .map(([key, count]) => [[key >> 16, (key >> 8) & 255, key & 255], count] as const);
      });
    },
    { base64: png.toString('base64'), boxes },
  );
}
