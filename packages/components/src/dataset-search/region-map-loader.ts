import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Facet } from '@saxon-ai/sdk';
import type { Localizer } from '../shared/i18n/localizer.js';
import { focusKey } from './facets.view.js';

type RegionMapModule = typeof import('./region-map.view.js');

/** What the region group's map needs from the element. */
export interface RegionMapInput {
  i18n: Localizer;
  counts: readonly Facet[];
  selected: ReadonlySet<string>;
  onToggle: (ags: string, on: boolean) => void;
}

/**
 * The region group's "Auf der Karte wählen": shows and hides the Kreis map and loads its module
 * (with the Kreis shapes) the first time it is shown, never before. A map that fails to load
 * leaves a message; the list keeps working.
 */
export class RegionMapLoader implements ReactiveController {
  private open = false;
  private module: RegionMapModule | undefined;
  private failed = false;
  private loading: Promise<void> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing to set up: the map loads when it is first shown.
  }

  /** The module has loaded (for tests and stories that show the map at once). */
  get ready(): Promise<void> {
    return this.loading ?? Promise.resolve();
  }

  readonly toggle = (): void => {
    this.open = !this.open;
    if (this.open) this.load();
    this.host.requestUpdate();
  };

  private load(): void {
    this.failed = false;
    this.loading ??= import('./region-map.view.js').then(
      (module) => {
        this.module = module;
        this.host.requestUpdate();
      },
      () => {
        this.failed = true;
        this.loading = undefined; // opening it again tries again
        this.host.requestUpdate();
      },
    );
  }

  /** The button and, once opened, the map (or its loading or error line). */
  render(input: RegionMapInput) {
    const { i18n } = input;
    return html`<div class="region-map-box">
      <button
        type="button"
        class="text-button"
        part="region-map-toggle"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="region-map-panel"
        data-focus-key=${focusKey('region-map-toggle')}
        @click=${this.toggle}
      >
        ${i18n.t(this.open ? 'datasetSearchMapHide' : 'datasetSearchMapShow')}
      </button>
      <div id="region-map-panel" ?hidden=${!this.open}>
        ${
          !this.open
            ? nothing
            : this.module
              ? this.module.renderRegionMap(input)
              : this.failed
                ? html`<p class="region-map-status" role="alert">
                    ${i18n.t('datasetSearchMapError')}
                  </p>`
                : html`<p class="region-map-status">${i18n.t('datasetSearchMapLoading')}</p>`
        }
      </div>
    </div>`;
  }
}
