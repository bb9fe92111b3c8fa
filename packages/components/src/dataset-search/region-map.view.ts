// The Kreis map of the region filter. Loaded with `import()` when a visitor first opens it, so that
// the bundled Kreis shapes (about 10 kB gzip) cost nothing to a page whose visitors never do: keep
// every static import of this module out of the widget.
import { css, html, svg } from 'lit';
import type { Facet } from '@saxon-ai/sdk';
import { KREISE, PATH_UNITS, SAXONY_BOUNDS } from '../shared/geo/kreise.js';
import type { Localizer } from '../shared/i18n/localizer.js';
import { regionMapMessages } from './region-map.messages.js';
import { focusKey } from './focus-key.js';

/** What the map shows and whom it tells. */
export interface RegionMapView {
  i18n: Localizer;
  /** The region facet's counts (Kreise by their 5-digit AGS; Gemeinden are not drawn). */
  counts: readonly Facet[];
  /** The selected region values (AGS). */
  selected: ReadonlySet<string>;
  onToggle: (ags: string, on: boolean) => void;
}

const [minX, minY, maxX, maxY] = SAXONY_BOUNDS.map((v) => v * PATH_UNITS) as [
  number,
  number,
  number,
  number,
];
const MARGIN = (maxX - minX) / 50;
const VIEW_BOX = `${minX - MARGIN} ${minY - MARGIN} ${maxX - minX + 2 * MARGIN} ${maxY - minY + 2 * MARGIN}`;
const FONT_SIZE = (maxX - minX) / 28;

/** Where a Kreis's count is written: the middle of its rectangle. */
const centreOf = ([x0, y0, x1, y1]: readonly number[]) => ({
  x: ((x0! + x1!) / 2) * PATH_UNITS,
  y: ((y0! + y1!) / 2) * PATH_UNITS,
});

/**
 * Saxony's 13 Kreise as switches: each outline is a focusable checkbox named by its Kreis and
 * count (Tab moves between them, Space or Enter toggles, a click toggles). The facet list above
 * offers the same choice as text, and it is what screen reader users will find first.
 */
export function renderRegionMap(view: RegionMapView) {
  const { i18n } = view;
  const countOf = new Map(view.counts.map((entry) => [entry.value, entry.count]));
  const toggle = (ags: string) => view.onToggle(ags, !view.selected.has(ags));
  return html`<div class="region-map" part="region-map">
    <p class="region-map-help" id="region-map-help">${i18n.t('datasetSearchMapHelp')}</p>
    <svg
      class="region-map-svg"
      viewBox=${VIEW_BOX}
      role="group"
      aria-label=${i18n.t('datasetSearchMapLabel')}
      aria-describedby="region-map-help"
    >
      ${KREISE.map((kreis) => {
        const count = countOf.get(kreis.ags) ?? 0;
        const on = view.selected.has(kreis.ags);
        return svg`<path
          class="kreis ${on ? 'selected' : ''} ${count === 0 ? 'empty' : ''}"
          part="region-map-kreis"
          d=${kreis.path}
          role="checkbox"
          tabindex="0"
          aria-checked=${on ? 'true' : 'false'}
          aria-label=${i18n.t('datasetSearchMapKreis', { name: kreis.name, count })}
          data-ags=${kreis.ags}
          data-focus-key=${focusKey('map', kreis.ags)}
          @click=${() => toggle(kreis.ags)}
          @keydown=${(event: KeyboardEvent) => {
            if (event.key !== ' ' && event.key !== 'Enter') return;
            event.preventDefault();
            toggle(kreis.ags);
          }}
        />`;
      })}
      ${KREISE.map((kreis) => {
        const { x, y } = centreOf(kreis.bounds);
        const on = view.selected.has(kreis.ags);
        return svg`<text class="kreis-count ${on ? 'selected' : ''}" x=${x} y=${y} font-size=${FONT_SIZE} aria-hidden="true"
          >${i18n.number(countOf.get(kreis.ags) ?? 0)}</text
        >`;
      })}
    </svg>
    <p class="region-map-credit">${i18n.t('datasetSearchMapCredit')}</p>
  </div>`;
}

/** The Kreis map's styles, adopted when the map loads. */
export const styles = css`
  /* Region map */
  .region-map-help,
  .region-map-credit {
    margin: 0.25em 0;
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
  .region-map-svg {
    display: block;
    width: 100%;
    height: auto;
  }
  /* With the map open in a wide layout, the filter column grows so the Kreise are easy to hit. */
  @container (min-width: 60rem) {
    .layout.with-filters:has(.region-map) {
      grid-template-columns: minmax(12rem, 24rem) minmax(0, 1fr);
    }
  }
  .kreis {
    fill: var(--_color-surface-raised);
    stroke: var(--_color-text-muted);
    stroke-width: 2;
    cursor: pointer;
  }
  .kreis.empty {
    fill: var(--_color-surface);
  }
  .kreis.selected {
    fill: var(--_color-accent);
  }
  .kreis:hover {
    stroke: var(--_color-text);
  }
  .kreis:focus {
    outline: none;
  }
  .kreis:focus-visible {
    stroke: var(--_color-focus);
    stroke-width: 8;
  }
  .kreis-count {
    fill: var(--_color-text);
    text-anchor: middle;
    dominant-baseline: middle;
    pointer-events: none;
  }
  .kreis-count.selected {
    fill: var(--_color-on-accent);
  }

  @media (forced-colors: active) {
    .kreis.selected {
      forced-color-adjust: none;
      fill: Highlight;
    }
  }
`;

/** Its texts, registered when it loads. */
export const messages = regionMapMessages;
