import { html, nothing, svg } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Localizer } from '../shared/i18n/localizer.js';
import { cssom } from '../shared/cssom.js';
import type { MapItem } from './actor-index.js';
import { PATH_UNITS } from '../shared/geo/projection.js';
import type { OutlinesLoader } from './outlines-loader.js';
import type { MapInteraction } from './map-interaction.js';
import { renderItem, renderSpreadLegs, translate } from './markers.view.js';
import type { PlacedLabel } from './place-labels.js';
import { renderPlaceLabels } from './place-labels.view.js';
import { visibleTiles, type TileSource, type TileState } from './tiles.js';
import { MAX_ZOOM, type Viewport } from './viewport.js';

/** Everything the map view shows and what it calls back. */
export interface MapViewOptions {
  i18n: Localizer;
  viewport: Viewport;
  interaction: MapInteraction;
  /** The markers and clusters on screen, in tab order. */
  items: readonly MapItem[];
  /** The place names that fit, laid out (`layoutPlaceLabels`). */
  labels: readonly PlacedLabel[];
  /** The key of the cluster whose actors are spread out around it, if any. */
  spreadKey: string | undefined;
  selectedKey: string | undefined;
  /** The Kreis chosen in the filter, drawn highlighted. */
  highlightAgs: string | undefined;
  /** The Kreis outlines, loaded beside the actors (drawn once they are there). */
  outlines: Pick<OutlinesLoader, 'state' | 'outlines' | 'retry'>;
  /** The tile server from `tiles`, if any, and what the visitor decided about loading from it. */
  tiles: TileSource | undefined;
  tileState: TileState;
  tileAttribution: string;
  /** Offer "remember on this device" in the consent overlay (`consent-remember`). */
  offerRemember: boolean;
  onActivate: (item: MapItem) => void;
  /** +1 zoom in, −1 zoom out, 0 all of Saxony. */
  onZoom: (step: 1 | -1 | 0) => void;
  onConsent: (remember: boolean) => void;
  /** Hide the overlay (`later`), show it again (`ask`), or stop showing tiles (`ask`). */
  onTileState: (state: 'ask' | 'later') => void;
}

const icon = (path: string) =>
  html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path d=${path} />
  </svg>`;

function renderControls(options: MapViewOptions) {
  const { i18n, viewport } = options;
  const control = (label: string, path: string, step: 1 | -1 | 0, disabled: boolean) =>
    html`<button
      type="button"
      class="control"
      part="map-control"
      aria-label=${label}
      aria-disabled=${disabled ? 'true' : 'false'}
      @click=${() => !disabled && options.onZoom(step)}
    >
      ${icon(path)}
    </button>`;
  return html`<div
    class="controls"
    part="map-controls"
    role="group"
    aria-label=${i18n.t('actorMapControls')}
  >
    ${control(i18n.t('actorMapZoomIn'), 'M11 5h2v6h6v2h-6v6h-2v-6H5v-2h6Z', 1, viewport.zoom >= MAX_ZOOM)}
    ${control(i18n.t('actorMapZoomOut'), 'M5 11h14v2H5Z', -1, viewport.zoom <= viewport.minZoom)}
    ${control(i18n.t('actorMapZoomAll'), 'M4 4h6v2H6v4H4Zm10 0h6v6h-2V6h-4ZM4 14h2v4h4v2H4Zm14 0h2v6h-6v-2h4Z', 0, false)}
    ${renderTileControl(options)}
  </div>`;
}

/** "Hintergrundkarte ausblenden" once tiles show; "Hintergrundkarte …" after "Nicht jetzt". */
function renderTileControl({ i18n, tiles, tileState, onTileState }: MapViewOptions) {
  if (!tiles || tileState === 'ask') return nothing;
  const shown = tileState === 'shown';
  return html`<button
    type="button"
    class="control text"
    part="map-control"
    data-tile-control
    @click=${() => onTileState('ask')}
  >
    ${i18n.t(shown ? 'actorMapConsentRevoke' : 'actorMapConsentAsk')}
  </button>`;
}

/**
 * The Kreise in world units; the view box follows the viewport, so panning redraws nothing else.
 * The state border is every outline once more, drawn first with a wide stroke: the Kreise cover
 * its inner half, so only Saxony's outer edge shows it.
 */
function renderBaseLayer({ viewport, highlightAgs, outlines }: MapViewOptions) {
  if (!outlines.outlines) return nothing;
  const { KREIS_OUTLINES, STATE_PATH } = outlines.outlines;
  const [minX, minY, maxX, maxY] = viewport.visibleBounds();
  const viewBox = [minX, minY, maxX - minX, maxY - minY].map((n) => n * PATH_UNITS).join(' ');
  const ordered = [...KREIS_OUTLINES].sort(
    (a, b) => Number(a.ags === highlightAgs) - Number(b.ags === highlightAgs),
  );
  return html`<svg class="base" viewBox=${viewBox} preserveAspectRatio="none" aria-hidden="true">
    <path class="state-border" d=${STATE_PATH} />
    ${ordered.map(
      (kreis) =>
        svg`<path class=${kreis.ags === highlightAgs ? 'kreis highlighted' : 'kreis'} data-ags=${kreis.ags} d=${kreis.path} />`,
    )}
  </svg>`;
}

/**
 * While the outlines load, a line says so (the markers show meanwhile); if they fail, the map
 * works on a plain background and the line offers to try again.
 */
function renderOutlinesStatus({ i18n, outlines }: MapViewOptions) {
  if (outlines.state === 'ready') return nothing;
  if (outlines.state === 'loading')
    return html`<p class="outlines-status" part="outlines-status" data-outlines="loading">
      ${i18n.t('loading')}
    </p>`;
  return html`<p class="outlines-status" part="outlines-status" data-outlines="failed">
    ${i18n.t('errorTitle')}
    <button
      type="button"
      class="control text"
      part="outlines-retry"
      @click=${() => outlines.retry()}
    >
      ${i18n.t('retry')}
    </button>
  </p>`;
}

function renderTiles(options: MapViewOptions) {
  if (!options.tiles || options.tileState !== 'shown') return nothing;
  return html`<div class="tiles" aria-hidden="true">
    ${repeat(
      visibleTiles(options.tiles, options.viewport),
      (tile) => tile.key,
      (tile) =>
        html`<img
          class="tile"
          src=${tile.url}
          alt=""
          draggable="false"
          decoding="async"
          referrerpolicy="no-referrer"
          ${cssom({
            ...translate({ x: tile.left, y: tile.top }),
            width: `${tile.size}px`,
            height: `${tile.size}px`,
          })}
        />`,
    )}
  </div>`;
}

function renderConsent(options: MapViewOptions) {
  const { tiles, i18n } = options;
  if (!tiles || options.tileState !== 'ask') return nothing;
  return html`<div class="consent" part="consent">
    <p class="consent-text">
      <strong>${i18n.t('actorMapConsentTitle')}:</strong>
      ${i18n.t('actorMapConsentText', { host: tiles.hosts.join(', ') })}
    </p>
    <div class="consent-actions">
      ${
        options.offerRemember
          ? html`<label class="remember">
              <input type="checkbox" />
              ${i18n.t('actorMapConsentRemember')}
            </label>`
          : nothing
      }
      <button
        type="button"
        class="button secondary"
        part="consent-later"
        @click=${() => options.onTileState('later')}
      >
        ${i18n.t('actorMapConsentLater')}
      </button>
      <button
        type="button"
        class="button"
        part="consent-button"
        @click=${(event: Event) =>
          options.onConsent(
            (event.currentTarget as HTMLElement)
              .closest('.consent')
              ?.querySelector<HTMLInputElement>('input[type="checkbox"]')?.checked === true,
          )}
      >
        ${i18n.t('actorMapConsentLoad')}
      </button>
    </div>
  </div>`;
}

/**
 * The map: zoom controls, the draggable surface with tiles (only after consent), the Kreise and
 * the markers, the keyboard help, the consent overlay and the attribution.
 */
export function renderMap(options: MapViewOptions) {
  const { i18n, viewport, interaction } = options;
  const position = (item: MapItem) => {
    const at = viewport.toScreen(item.point);
    const offset = item.kind === 'actor' ? item.offset : undefined;
    return offset ? { x: at.x + offset.x, y: at.y + offset.y } : at;
  };
  const attribution = [
    i18n.t('actorMapAttribution'),
    options.tileState === 'shown' ? options.tileAttribution.trim() : '',
  ].filter(Boolean);
  return html`<div class="map" part="map">
    ${renderControls(options)}
    <div
      class=${options.tileState === 'shown' ? 'surface with-tiles' : 'surface'}
      part="map-surface"
      role="region"
      aria-label=${i18n.t('actorMapLabel')}
      aria-describedby="map-help"
      tabindex="0"
      @pointerdown=${interaction.onPointerDown}
      @pointermove=${interaction.onPointerMove}
      @pointerup=${interaction.onPointerUp}
      @pointercancel=${interaction.onPointerUp}
      @click=${{ handleEvent: interaction.onClickCapture, capture: true }}
      @dblclick=${interaction.onDoubleClick}
      @wheel=${interaction.onWheel}
      @keydown=${interaction.onKeyDown}
    >
      ${renderTiles(options)} ${viewport.ready ? renderBaseLayer(options) : nothing}
      ${renderPlaceLabels(options.labels)}
      <div class="markers">
        ${renderSpreadLegs(options.items, position)}
        ${repeat(
          options.items,
          (item) => item.key,
          (item) =>
            renderItem(item, {
              i18n,
              position,
              selectedKey: options.selectedKey,
              spreadKey: options.spreadKey,
              onActivate: options.onActivate,
            }),
        )}
      </div>
    </div>
    ${renderOutlinesStatus(options)}
    <p id="map-help" class="visually-hidden">${i18n.t('actorMapHelp')}</p>
    ${renderConsent(options)}
    <p class="attribution" part="attribution">${attribution.join(' · ')}</p>
  </div>`;
}
