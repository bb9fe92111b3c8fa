// Looks at text the way a visitor does: in a screenshot. Used by the forced-colours and the
// dark-mode checks of the widgets.
import type { Page } from 'playwright-core';
import { coloursInBoxes, contrast, type Box, type Rgb } from './widget-pages.js';

/** Which text to look at: that of controls only, or all of it. */
export type Scope = 'controls' | 'text';

interface TextOfControl {
  /** Which control, for the failure message: widget, element and its text. */
  label: string;
  /** The line boxes of its text (or the content box of a field), in page pixels. */
  boxes: Box[];
}

/**
 * The text inside the widgets: of every visible button, link, label, summary and field
 * (`controls`), or every piece of text (`text`, grouped by the element that holds it).
 */
function textsOfWidgets(page: Page, scope: Scope): Promise<TextOfControl[]> {
  return page.evaluate((scope) => {
    const CONTROLS =
      scope === 'text'
        ? '*'
        : 'button, a[href], label, summary, select, input:not([type="checkbox"]):not([type="radio"]), [role="button"]';
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
        if (element instanceof HTMLInputElement && /^(checkbox|radio)$/.test(element.type))
          continue;
        if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement) {
          // A list box (`<select multiple>`) without options shows no text at all: nothing to
          // measure (a map whose topics failed to load). Any other select shows its chosen option.
          const text =
            element instanceof HTMLInputElement
              ? element.value || element.placeholder
              : element.multiple && element.options.length === 0
                ? ''
                : 'x';
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
            if (scope === 'text' && node.parentNode !== element) continue;
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
  }, scope);
}

/**
 * Every text of the widgets looked at, and those that do not stand out (≥ 4.5:1) from what is
 * painted right behind them: the screenshot cropped to the text's own line boxes must hold, in a
 * glyph's worth of pixels, a colour with that contrast to the colour that fills most of the crop.
 */
export async function lowContrastTexts(
  page: Page,
  scope: Scope,
): Promise<{ looked: string[]; failures: string[] }> {
  const { width } = page.viewportSize()!;
  // Tall enough for the whole page: one screenshot, no scrolling between measuring and painting.
  for (let height = 0; ;) {
    const needed = await page.evaluate(() => {
      window.scrollTo(0, 0);
      return document.documentElement.scrollHeight;
    });
    if (needed <= height) break;
    height = needed;
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(300);
  }
  // Measured again after the screenshot: a widget that was still settling (a late resize) would
  // put the boxes beside the text they belong to.
  let controls = await textsOfWidgets(page, scope);
  let png = await page.screenshot({ animations: 'disabled', caret: 'hide' });
  for (let attempt = 0; attempt < 5; attempt++) {
    const again = await textsOfWidgets(page, scope);
    if (JSON.stringify(again) === JSON.stringify(controls)) break;
    await page.waitForTimeout(500);
    controls = await textsOfWidgets(page, scope);
    png = await page.screenshot({ animations: 'disabled', caret: 'hide' });
  }
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
