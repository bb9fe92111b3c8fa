// The preview of a dataset's files, as far as the widget's first load carries it: a "Vorschau"
// button under each previewable distribution and its (at first empty) panel. Pressing it loads the
// preview's code (preview-panel.ts and what it needs — parsers, table, tree, map) with `import()`
// and then the file; nothing of either is fetched before.
import { html, nothing, render, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Dataset, Distribution } from '@saxon-ai/sdk';
import type { Localizer } from '../../shared/i18n/localizer.js';
import { addBuiltInMessages } from '../../shared/i18n/locales.js';
import { previewToggleDe, previewToggleEn } from './toggle.messages.js';
import type { PreviewEntry } from './preview-entry.js';
import type * as PanelModuleExports from './preview-panel.js';

type PanelModule = typeof PanelModuleExports;

/** Renders the preview button and panel of one distribution (`name` is how the detail calls it). */
export type PreviewRenderer = (distribution: Distribution, index: number, name: string) => unknown;

export class DistributionPreviews implements ReactiveController {
  private entries = new Map<Distribution, PreviewEntry>();
  private dataset: Dataset | undefined;
  private panel: Promise<PanelModule> | undefined;
  private loaded: PanelModule | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly i18n: Localizer,
  ) {
    host.addController(this);
    addBuiltInMessages({ de: previewToggleDe, en: previewToggleEn });
  }

  hostDisconnected(): void {
    this.reset(undefined);
  }

  /** The renderer for `dataset`'s distributions; a different dataset drops the previews shown. */
  for(dataset: Dataset): PreviewRenderer {
    if (dataset !== this.dataset) this.reset(dataset);
    return this.render;
  }

  private reset(dataset: Dataset | undefined): void {
    for (const entry of this.entries.values()) {
      entry.abort?.abort();
      entry.stopRows?.();
    }
    this.entries.clear();
    this.dataset = dataset;
  }

  private readonly render: PreviewRenderer = (distribution, index, name) => {
    if (!hasPreview(distribution)) return nothing;
    const entry = this.entries.get(distribution);
    const open = entry?.open ?? false;
    const id = `preview-${index}`;
    if (entry) Object.assign(entry, { id, name });
    const t = this.i18n.t.bind(this.i18n);
    return html`<button
        type="button"
        class="text-button preview-toggle"
        part="preview-button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${id}
        @click=${(event: Event) => this.toggle(event.currentTarget as HTMLElement, distribution, id, name)}
      >
        ${t('datasetSearchPreview')}<span class="visually-hidden">: ${name}</span>
      </button>
      <div class="preview" part="preview" id=${id} ?hidden=${!open}></div>`;
  };

  /**
   * The open previews render into their panels on their own (Lit's `render`), not as part of the
   * element's template: a preview's own changes — rows appearing, a tree node opening, a retry —
   * then redraw only that panel, never the whole search.
   */
  hostUpdated(): void {
    for (const [distribution, entry] of this.entries) this.paint(distribution, entry);
  }

  private paint(distribution: Distribution, entry: PreviewEntry): void {
    if (!entry.open) return;
    const container = this.host.shadowRoot?.getElementById(entry.id);
    if (!container) return;
    render(this.renderOpen(entry, distribution, entry.id, entry.name), container);
  }

  private renderOpen(entry: PreviewEntry, distribution: Distribution, id: string, name: string) {
    const t = this.i18n.t.bind(this.i18n);
    if (entry.status === 'code-failed') {
      return html`<p class="preview-message" role="alert">${t('datasetSearchPreviewCodeFailed')}</p>
        <button
          type="button"
          class="button"
          part="preview-retry"
          @click=${() => this.load(distribution, entry)}
        >
          ${t('retry')}
        </button>`;
    }
    if (entry.status === 'loading' || !this.loaded) {
      return html`<p class="preview-message" role="status" aria-busy="true">
        ${t('datasetSearchPreviewLoading')}
      </p>`;
    }
    return this.loaded.renderPanel(entry, {
      i18n: this.i18n,
      distribution,
      id,
      name,
      retry: () => this.load(distribution, entry),
      update: () => this.paint(distribution, entry),
    });
  }

  /**
   * Opens or closes a preview. The button and the panel are updated in place (the element's next
   * render sets the same from `entry.open`): pressing "Vorschau" redraws nothing else.
   */
  private toggle(button: HTMLElement, distribution: Distribution, id: string, name: string): void {
    let entry = this.entries.get(distribution);
    if (!entry) {
      entry = { open: false, status: 'loading', openPaths: new Set(['']), shownRows: 0, id, name };
      this.entries.set(distribution, entry);
    }
    entry.open = !entry.open;
    button.setAttribute('aria-expanded', String(entry.open));
    const container = this.host.shadowRoot?.getElementById(id);
    if (container) container.hidden = !entry.open;
    if (entry.open && !entry.outcome && !entry.abort) void this.load(distribution, entry);
    else this.paint(distribution, entry);
  }

  private async load(distribution: Distribution, entry: PreviewEntry): Promise<void> {
    entry.abort?.abort();
    const abort = new AbortController();
    entry.abort = abort;
    entry.status = 'loading';
    entry.outcome = undefined;
    entry.shownRows = 0;
    entry.stopRows?.();
    entry.stopRows = undefined;
    this.paint(distribution, entry);
    let panel: PanelModule;
    try {
      panel = await (this.panel ??= import('./preview-panel.js'));
    } catch {
      this.panel = undefined; // so that "Erneut versuchen" asks again
      if (abort.signal.aborted) return;
      entry.status = 'code-failed';
      entry.abort = undefined;
      this.paint(distribution, entry);
      return;
    }
    if (abort.signal.aborted) return;
    this.loaded = panel;
    panel.setUp(this.host.shadowRoot);
    const outcome = await panel.loadOutcome(distribution, {
      signal: abort.signal,
      language: this.i18n.apiLanguage,
    });
    if (abort.signal.aborted) return;
    entry.outcome = outcome;
    entry.status = 'ready';
    entry.abort = undefined;
    this.paint(distribution, entry);
  }
}

const PREVIEWABLE =
  /^(csv|tsv|geojson|json|pdf|png|jpe?g|gif|webp|svg|tiff?|text\/csv|text\/tab-separated-values|application\/(csv|pdf|json|geo\+json|vnd\.geo\+json|[\w.-]+\+json)|image\/[\w.+-]+)$/i;

/**
 * Whether a distribution gets a "Vorschau" button: an http(s) link and a format, media type or file
 * extension of a table, GeoJSON, JSON, an image or a PDF. A cheap look at the metadata, so the
 * first load need not carry the SDK's preview code; which preview the file gets is the SDK's
 * `previewKind` (in the lazily loaded panel).
 */
export function hasPreview({ format, mediaType, downloadUrl, accessUrl }: Distribution): boolean {
  const url = [downloadUrl, accessUrl].find((link) => link && /^https?:\/\//i.test(link));
  if (!url) return false;
  const extension = /\.([a-z0-9]{2,8})$/i.exec(url.split(/[?#]/)[0]!)?.[1];
  return [format?.trim(), mediaType?.split(';')[0]!.trim(), extension].some(
    (value) => !!value && PREVIEWABLE.test(value),
  );
}
