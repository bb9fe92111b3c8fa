import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { cssom } from '../shared/cssom.js';
import { translate } from './markers.view.js';
import type { MeasureText, PlaceKind, PlacedLabel } from './place-labels.js';

/**
 * Font of each kind of name, relative to the map's font size; `map.styles.ts` draws them with the
 * same values (`.place.kreis-name` etc.), so that what is measured is what is drawn.
 */
const FONTS: Record<PlaceKind, { size: number; weight: number; spacing: number; upper: boolean }> =
  {
    kreis: { size: 0.75, weight: 600, spacing: 0.08, upper: true },
    city: { size: 0.9375, weight: 700, spacing: 0, upper: false },
    town: { size: 0.8125, weight: 400, spacing: 0, upper: false },
  };
/** Line height of the names, as in `map.styles.ts`. */
const LINE_HEIGHT = 1.2;

let canvas: CanvasRenderingContext2D | null | undefined;
const measured = new Map<string, { width: number; lineHeight: number }>();

/**
 * Measures names as `element` (the map surface) draws them: its font family and size, so that a
 * visitor's larger text makes larger boxes and fewer names fit. Falls back to an estimate where no
 * canvas is available.
 */
export function textMeasure(element: Element): MeasureText {
  const style = getComputedStyle(element);
  const base = parseFloat(style.fontSize) || 16;
  canvas ??= document.createElement('canvas').getContext('2d');
  return (text, kind) => {
    const key = `${style.fontFamily}\u0000${base}\u0000${kind}\u0000${text}`;
    const known = measured.get(key);
    if (known) return known;
    const font = FONTS[kind];
    const size = base * font.size;
    const drawn = font.upper ? text.toLocaleUpperCase('de') : text;
    let width = drawn.length * size * 0.6;
    if (canvas) {
      canvas.font = `${font.weight} ${size}px ${style.fontFamily}`;
      width = canvas.measureText(drawn).width;
    }
    const result = {
      width: width + drawn.length * font.spacing * size,
      lineHeight: size * LINE_HEIGHT,
    };
    measured.set(key, result);
    return result;
  };
}

/**
 * The place names and the towns' dots. Decorative (`aria-hidden`): the list view is the
 * accessible equivalent of the map, and a screen reader gains nothing from "Riesa" floating in it.
 */
export function renderPlaceLabels(labels: readonly PlacedLabel[]) {
  return html`<div class="places" aria-hidden="true">
    ${repeat(
      labels,
      (label) => label.key,
      (label) =>
        html`${
            label.dot
              ? html`<span
                  class="place-dot ${label.kind}-name"
                  ${cssom(translate(label.dot))}
                ></span>`
              : nothing
          }<span
            class="place ${label.kind}-name"
            data-place=${label.key}
            ${cssom(translate({ x: label.left, y: label.top }))}
            >${label.lines.map((line) => html`<span class="line">${line}</span>`)}</span
          >`,
    )}
  </div>`;
}
