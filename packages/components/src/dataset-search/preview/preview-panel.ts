// The open preview, loaded with `import()` when a "Vorschau" button is first pressed: reads the
// file (in a Web Worker where allowed), then shows it — a table, the map with its attribute table,
// a JSON tree, a link — or says plainly why it cannot, with the download link. Everything from
// the file is rendered as text.
import { html, nothing } from 'lit';
import type { Distribution } from '@saxon-ai/sdk';
import type { GeoJsonPreview, Preview } from '@saxon-ai/sdk/preview';
import type { Localizer } from '../../shared/i18n/localizer.js';
import { addBuiltInMessages } from '../../shared/i18n/locales.js';
import { safeUrl } from '../../shared/safe-url.js';
import { formatBytes } from '../detail.view.js';
import type { PreviewFailure } from './failure.js';
import { renderJsonTree } from './json-tree.view.js';
import { previewPanelDe, previewPanelEn } from './panel.messages.js';
import type { PreviewEntry, PreviewOutcome } from './preview-entry.js';
import { loadPreviewOffMainThread, PREVIEW_MAX_BYTES, type LoadOptions } from './preview-load.js';
import { previewStyles } from './preview.styles.js';
import {
  colgroup,
  columnWidths,
  renderTable,
  rowBlocks,
  ROWS_PER_TASK,
  scrollRegion,
} from './table.view.js';
import { cssom } from '../../shared/cssom.js';

/** Rows of a GeoJSON file's attribute table. */
const MAX_FEATURE_ROWS = 100;

/**
 * How many of `total` rows to render now. A table appears a block of rows per frame, each block
 * added in a task of its own, so that rendering and laying out a 100-row table never blocks the
 * page for long.
 */
function rowsNow(entry: PreviewEntry, total: number, ctx: PanelContext): number {
  if (entry.shownRows === 0) entry.shownRows = Math.min(total, ROWS_PER_TASK);
  if (entry.shownRows < total && entry.stopRows === undefined) {
    entry.stopRows = afterNextFrame(() => {
      entry.stopRows = undefined;
      entry.shownRows = Math.min(total, entry.shownRows + ROWS_PER_TASK);
      ctx.update();
    });
  }
  return entry.shownRows;
}

/**
 * Runs `next` in a task of its own once the page has drawn its next frame: each block of rows
 * is laid out and painted in a frame of its own, never two in one. Returns what cancels it.
 */
function afterNextFrame(next: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(next)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

export interface PanelContext {
  i18n: Localizer;
  distribution: Distribution;
  /** The panel's id; ids inside it start with it. */
  id: string;
  /** The distribution's name as the detail shows it. */
  name: string;
  retry: () => void;
  update: () => void;
}

const adopted = new WeakSet<ShadowRoot>();

/** Adds the preview's texts to the catalogs and its styles to the element's shadow root. */
export function setUp(root: ShadowRoot | null): void {
  addBuiltInMessages({ de: previewPanelDe, en: previewPanelEn });
  const sheet = previewStyles.styleSheet;
  if (!root || !sheet || adopted.has(root)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  adopted.add(root);
}

/** The file's preview, with the map's code for GeoJSON; never throws. */
export async function loadOutcome(
  distribution: Distribution,
  options: LoadOptions,
): Promise<PreviewOutcome> {
  const reply = await loadPreviewOffMainThread(distribution, options);
  if (reply.preview?.kind !== 'geojson') return reply as PreviewOutcome;
  try {
    return { preview: reply.preview, geo: await import('./geo-map.js') };
  } catch {
    return reply; // the map's code did not arrive: the attribute table still shows the file
  }
}

const downloadOf = (distribution: Distribution) =>
  safeUrl(distribution.downloadUrl) ?? safeUrl(distribution.accessUrl);

function failureText(i18n: Localizer, failure: PreviewFailure, distribution: Distribution) {
  switch (failure.kind) {
    case 'blocked':
      return i18n.t('datasetSearchPreviewBlocked');
    case 'too-large':
      return i18n.t('datasetSearchPreviewTooLarge', {
        size: formatBytes(i18n, failure.limit ?? PREVIEW_MAX_BYTES),
      });
    case 'format':
      return i18n.t('datasetSearchPreviewFormat', {
        format: distribution.format?.trim() || '?',
        reason: failure.reason ?? '',
      });
    case 'not-found':
      return i18n.t('datasetSearchPreviewNotFound');
    case 'http':
      return i18n.t('datasetSearchPreviewHttp', { status: failure.status ?? '?' });
    default:
      return i18n.t('errorGeneric');
  }
}

/** Why there is no preview, the download link, and "Erneut versuchen" where that may help. */
function renderFailure(ctx: PanelContext, failure: PreviewFailure) {
  const { i18n } = ctx;
  const download = downloadOf(ctx.distribution);
  return html`<div class="preview-failure" part="preview-error" role="alert">
    <p class="preview-failure-title">${i18n.t('datasetSearchPreviewFailed')}</p>
    <p>${failureText(i18n, failure, ctx.distribution)}</p>
    <p class="preview-actions">
      ${
        download
          ? html`<a href=${download} part="preview-download"
              >${i18n.t('datasetSearchPreviewDownload')}<span class="visually-hidden"
                >: ${ctx.name}</span
              ></a
            >`
          : nothing
      }
      ${
        failure.retryable
          ? html`<button type="button" class="button" part="preview-retry" @click=${ctx.retry}>
              ${i18n.t('retry')}
            </button>`
          : nothing
      }
    </p>
  </div>`;
}

/** A property value as text: strings as they are, anything else as JSON. */
function propertyText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return String(value);
  }
}

/** The attribute table's column widths, measured once per file. */
const attributeWidths = new WeakMap<GeoJsonPreview, ReturnType<typeof columnWidths>>();

function renderAttributeTable(ctx: PanelContext, entry: PreviewEntry, geo: GeoJsonPreview) {
  const { i18n } = ctx;
  const captionId = `${ctx.id}-caption`;
  const features = geo.features.slice(0, MAX_FEATURE_ROWS);
  const shown = rowsNow(entry, features.length, ctx);
  const caption =
    geo.featureCount > features.length
      ? i18n.t('datasetSearchPreviewFeaturesOf', {
          count: i18n.number(features.length),
          total: i18n.number(geo.featureCount),
        })
      : i18n.t('datasetSearchPreviewFeaturesAll', { count: features.length });
  const geometryName = (type: string | undefined) =>
    i18n.t(`datasetSearchPreviewGeometry_${(type ?? 'none') as 'none'}`);
  let widths = attributeWidths.get(geo);
  if (!widths) {
    widths = columnWidths(
      [i18n.t('datasetSearchPreviewGeometry'), ...geo.propertyNames],
      features.map((feature) => [
        geometryName(feature.geometry?.type),
        ...geo.propertyNames.map((name) => propertyText(feature.properties?.[name])),
      ]),
    );
    attributeWidths.set(geo, widths);
  }
  return scrollRegion(
    captionId,
    html`<table class="preview-table" part="preview-table" ${cssom({ width: widths.table })}>
      <caption id=${captionId}>
        ${caption}
      </caption>
      ${colgroup(widths)}
      <thead>
        <tr>
          <th scope="col">${i18n.t('datasetSearchPreviewGeometry')}</th>
          ${geo.propertyNames.map((name) => html`<th scope="col">${name}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rowBlocks(
          geo.features,
          shown,
          (feature) =>
            html`<tr>
              <td>${geometryName(feature.geometry?.type)}</td>
              ${geo.propertyNames.map(
                (name) => html`<td>${propertyText(feature.properties?.[name])}</td>`,
              )}
            </tr>`,
        )}
      </tbody>
    </table>`,
  );
}

function renderPreview(ctx: PanelContext, entry: PreviewEntry, preview: Preview) {
  const { i18n } = ctx;
  switch (preview.kind) {
    case 'table':
      return renderTable(i18n, preview, ctx.id, rowsNow(entry, preview.rows.length, ctx));
    case 'geojson':
      return html`${entry.outcome?.geo?.renderGeoMap(i18n, preview) ?? nothing}
      ${renderAttributeTable(ctx, entry, preview)}`;
    case 'json': {
      const labelId = `${ctx.id}-json`;
      return html`<p class="preview-facts" id=${labelId}>${i18n.t('datasetSearchPreviewJson')}</p>
        ${renderJsonTree(
          {
            i18n,
            openPaths: entry.openPaths,
            onToggle: (path, open) => {
              if (open) entry.openPaths.add(path);
              else entry.openPaths.delete(path);
              ctx.update();
            },
          },
          preview.value,
          labelId,
        )}`;
    }
    case 'link': {
      const href = safeUrl(preview.url) ?? downloadOf(ctx.distribution);
      return html`<p>
        ${i18n.t(`datasetSearchPreviewLink_${preview.reason}`)}
        ${
          href
            ? html`<a href=${href} part="preview-link"
                >${i18n.t('datasetSearchPreviewOpen')}<span class="visually-hidden"
                  >: ${ctx.name}</span
                ></a
              >`
            : nothing
        }
      </p>`;
    }
  }
}

/** The content of an open preview whose load is over. */
export function renderPanel(entry: PreviewEntry, ctx: PanelContext) {
  const outcome = entry.outcome;
  if (!outcome) return nothing;
  return html`<section
    class="preview-panel"
    aria-label=${ctx.i18n.t('datasetSearchPreviewRegion', { name: ctx.name })}
  >
    ${outcome.failure ? renderFailure(ctx, outcome.failure) : renderPreview(ctx, entry, outcome.preview)}
  </section>`;
}
