import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { Dataset, SearchPage } from '@saxon-ai/sdk';
import type { MessageKey } from '../shared/i18n/messages.js';
import { ConfigurationError } from '../shared/configuration-error.js';
import { liveRegion } from '../shared/live-region.js';
import { skipEnd, skipLink, skipLinkStyles, skipWidgetLink } from '../shared/skip-link.js';
import { renderStates } from '../shared/states.js';
import { themeStyles } from '../shared/theme.js';
import { DatasetSearchBase, type DatasetSelectDetail } from './dataset-search.base.js';
import { datasetSearchStyles } from './dataset-search.styles.js';
import { hasFacetOptions, type FacetsView } from './facet-options.js';
import { facetsSource, type FacetsModule } from './facets-source.js';
import { compactStyles } from './compact.styles.js';
import { placeTimeStyles } from './place-time.styles.js';
import { resultsStyles } from './results.styles.js';
import { renderResults } from './results.view.js';
import type { DistributionPreviews } from './preview/preview-controller.js';
import type * as Detail from './detail.view.js';
import { offersTime, SORT_ORDERS } from './attributes.js';
import { LazyPart } from '../shared/lazy-part.js';
import { renderBackButton, renderDetailPending, renderFacetsPending } from './lazy-shells.view.js';
import { activeFilterCount, hasFilters } from './search-state.js';
import type { TimeField } from './time-filter.js';

export type { DatasetSelectDetail } from './dataset-search.base.js';

/** The detail view's module, loaded on the first opening. */
type DetailModule = typeof Detail;

/**
 * Search over an open-data portal — the Saxon state portal, GovData, Leipzig or any CKAN or
 * EntryStore portal — with facets, sorting, paging and a detail view of each dataset. A search
 * landmark holds the field (typing searches after a pause, Enter at once); facets are collapsible
 * groups of labelled checkboxes with counts; active filters are chips; a `role="status"` region
 * announces the count. Opening a result shows its description, distributions, licence and portal
 * link in the element and fires `saxon-dataset-select`; descriptions show their Markdown (links,
 * lists, emphasis — a safe subset). With `sync-url` the page URL holds the search and the open
 * dataset, so both can be shared, and the back button steps through them. Skip links lead to the
 * results, past the filters and past the element; narrower than 46rem, the facets fold behind a
 * "Filter (n)" button.
 *
 * @tagname saxon-dataset-search
 * @summary Search the datasets of an open-data portal.
 * @fires {CustomEvent<DatasetSelectDetail>} saxon-dataset-select - A result was opened (bubbles, composed, cancelable); `detail` is
 * `{ dataset }`. Cancel it to show the dataset your own way instead of in the widget.
 * @csspart skip-link - "Zu den Ergebnissen" and "Filter überspringen", shown while focused.
 * @csspart skip-widget - "Datensatzsuche überspringen", shown while focused.
 * @csspart skip-end - The end of the element, where skipping it leads at the end of a page.
 * @csspart search - The search form (a search landmark).
 * @csspart filter-toggle - "Filter (n)", which unfolds the facets in narrow layouts.
 * @csspart search-input - The search field.
 * @csspart search-button - The submit button.
 * @csspart filters - The facet groups.
 * @csspart filters-error - Why the facet groups could not be loaded (their code loads beside the first search).
 * @csspart filters-retry - Its "Erneut versuchen" button.
 * @csspart facet - One collapsible facet group.
 * @csspart facet-summary - Its name, which opens and closes it.
 * @csspart facet-option - A value with its checkbox and count.
 * @csspart facet-checkbox - The checkbox.
 * @csspart facet-more - "Mehr anzeigen".
 * @csspart active-filters - The chips of the active filters and "Alle Filter entfernen".
 * @csspart chip - One active filter; pressing it removes it.
 * @csspart clear-filters - "Alle Filter entfernen".
 * @csspart sort - The sort choice.
 * @csspart summary - The visible result count.
 * @csspart results - The result list.
 * @csspart result - One result.
 * @csspart result-link - A result's title link, which opens the detail.
 * @csspart result-facts - Publisher, last modified, formats and licence of a result.
 * @csspart format - A format badge.
 * @csspart result-description - The start of a result's description.
 * @csspart pager - The pager; its pieces are `pager-nav`, `page-button`, `current-page`, `previous-button`, `next-button`.
 * @csspart detail - The detail of an opened dataset.
 * @csspart back-button - "Zurück zur Trefferliste".
 * @csspart detail-title - The opened dataset's title.
 * @csspart description - Its full description.
 * @csspart distributions - Its files and access points.
 * @csspart distribution - One of them.
 * @csspart distribution-link - Its download or access link.
 * @csspart preview-button - "Vorschau" of a distribution whose file can be shown in the page.
 * @csspart preview - The preview it opens (table, map, tree or link, or why there is none).
 * @csspart preview-facts - Format, columns, delimiter, encoding and number format of a table.
 * @csspart preview-scroll - The region a preview table scrolls in.
 * @csspart preview-table - A preview table (a CSV file's rows, a GeoJSON file's attributes).
 * @csspart preview-map - A GeoJSON file on the Kreis map.
 * @csspart preview-json - A JSON file as a tree.
 * @csspart preview-link - The link to an image or PDF.
 * @csspart preview-error - Why a file cannot be previewed, with its download link.
 * @csspart preview-download - That download link.
 * @csspart preview-retry - "Erneut versuchen" of a failed preview.
 * @csspart license - The licence.
 * @csspart attribution - The attribution text the licence asks for.
 * @csspart portal-link - The link to the dataset's page on the portal.
 * @csspart empty-action - The button of the empty state that clears the filters or the search term.
 * @csspart status - The visually hidden live region that announces the result count.
 * @csspart content - The area that shows placeholder, error, empty state or results.
 * @csspart skeleton - Placeholder bars while loading.
 * @csspart error - The error panel.
 * @csspart error-title - Its title.
 * @csspart error-message - Its explanation.
 * @csspart retry-button - Its retry button.
 * @csspart empty - The empty state.
 */
export class SaxonDatasetSearch extends DatasetSearchBase {
  static override styles = [
    themeStyles,
    datasetSearchStyles,
    resultsStyles,
    placeTimeStyles,
    compactStyles,
    skipLinkStyles,
  ];

  /** The distributions' previews, set up with the detail view's code. */
  private previews: DistributionPreviews | undefined;
  /**
   * The facet groups and the active-filter chips, loaded when the element first renders with
   * facets to offer — in parallel with the first search, which never waits for them.
   */
  private readonly facetsPart = new LazyPart(this, () => facetsSource.load());
  /** The region group's Kreis map, loaded when first shown. */
  private readonly regionMap = new LazyPart(this, () => import('./region-map.view.js'));
  /** The expert panel's content, loaded when the panel is first opened. */
  private readonly expertPanel = new LazyPart(this, () => import('./expert-panel.view.js'));
  /** The detail of an opened dataset, loaded when a visitor first opens one. */
  private readonly detailView = new LazyPart(this, () => import('./detail.view.js'));
  /** The time group's choices and date inputs, loaded when the group is first opened. */
  private readonly timeView = new LazyPart(this, () => import('./time-fields.view.js'));
  /** Whether the visitor opened the time group. */
  @state() private timeOpen = false;
  private readonly toggleTime = (open: boolean): void => {
    this.timeOpen = open;
    if (open) void this.timeView.retry();
  };
  /** Whether the Kreis map is shown. */
  @state() private mapOpen = false;

  private readonly toggleMap = (): void => {
    this.mapOpen = !this.mapOpen;
    if (this.mapOpen) void this.regionMap.retry();
  };

  override render() {
    const facets = this.facetsPart.module;
    const view = this.facetsView(facets);
    const timeFields = this.timeFields();
    const offered = view.facets.length > 0 || timeFields.length > 0;
    if (offered) void this.facetsPart.load(); // once, beside the first search
    const shown = this.lastPage
      ? hasFacetOptions(view) || timeFields.length > 0
      : offered && this.data.state === 'loading';
    const filters = !shown
      ? nothing
      : this.lastPage && facets
        ? this.renderFacets(facets, view, timeFields)
        : renderFacetsPending(this.i18n, this.facetsPart, this.retryFacets);
    const t = this.i18n.t.bind(this.i18n);
    const name = t('datasetSearchLandmark');
    // The content's language, for hyphenation and screen readers, also on a page without `lang`.
    return html`<div
        class="layout ${filters === nothing ? '' : 'with-filters'}"
        lang=${this.i18n.lang}
      >
        ${
          this.data.error instanceof ConfigurationError
            ? nothing
            : skipLink(t('datasetSearchSkipToResults'), this.resultsTarget)
        }
        ${skipWidgetLink(t('skipWidget', { widget: name }), this, this.data.error)}
        ${this.renderSearchForm()} ${liveRegion(this.data.announcement)}
        ${filters === nothing ? nothing : this.renderFiltersColumn(filters)}
        <div class="main">
          <div class="toolbar">
            ${facets ? facets.renderActiveFilters(view) : nothing}
            <div class="sort">
              <label for="sort">${this.i18n.t('datasetSearchSort')}</label>
              <select id="sort" part="sort" @change=${this.onSortChange}>
                ${SORT_ORDERS.map(
                  (order) =>
                    html`<option value=${order} ?selected=${order === this.search.sort}>
                      ${this.i18n.t(`datasetSearchSort_${order}`)}
                    </option>`,
                )}
              </select>
            </div>
          </div>
          ${
            this.opened
              ? this.renderOpened(this.opened)
              : this.search.dataset
                ? this.renderDetailLoad()
                : renderStates(this.data, (page) => this.renderPage(page), {
                    skeletonItems: this.size,
                    skeletonLines: 5,
                  })
          }
        </div>
      </div>
      ${skipEnd(t('skipEnd', { widget: name }))}`;
  }

  /** The facet groups, the time group last. */
  private renderFacets(facets: FacetsModule, view: FacetsView, timeFields: TimeField[]) {
    return facets.renderFacets(
      view,
      facets.renderTimeShell(
        this.i18n,
        timeFields,
        this.search.time,
        this.timeView,
        this.timeOpen,
        this.toggleTime,
        (module) =>
          module.renderTimeFields({
            i18n: this.i18n,
            fields: timeFields,
            time: this.search.time,
            custom: this.timeCustom,
            invalid: this.timeInvalid,
            onChoice: this.onTimeChoice,
          }),
      ),
    );
  }

  /** "Erneut versuchen" of the facets' frame: focus goes to the first group once they show. */
  private readonly retryFacets = (): void => {
    this.focusKeeper.whenShown(() =>
      this.shadowRoot!.querySelector<HTMLElement>(
        '[part~="facet-summary"], [part="filters-retry"]',
      ),
    );
    void this.facetsPart.retry();
  };

  /** The opened dataset, once the detail view's code is there (it loads on the first opening). */
  private renderOpened(dataset: Dataset) {
    const view = this.detailView.module;
    if (!view) {
      void this.detailView.load(); // once; after a failure the frame's button retries
      return renderDetailPending(this.i18n, this.detailView, this.closeDetail);
    }
    this.previews ??= new view.DistributionPreviews(this, this.i18n);
    return view.renderDetail({
      i18n: this.i18n,
      dataset,
      headingLevel: this.level,
      onClose: this.closeDetail,
      preview: this.previews.for(dataset),
      expert: this.renderExpert(view, dataset),
    });
  }

  /** "Für Fachleute", its content loaded when it is first opened. */
  private renderExpert(view: DetailModule, dataset: Dataset) {
    return view.renderExpertShell(this.i18n, this.expertPanel, this.copyStatus, (module) =>
      module.renderExpertPanel({
        i18n: this.i18n,
        dataset,
        ...module.expertSources(this.currentClient, dataset, this.currentQuery),
        onStatus: this.showCopyStatus,
      }),
    );
  }

  /** A dataset a link asked for, while it loads or when it cannot be loaded. */
  private renderDetailLoad() {
    return html`<div class="detail">
      ${renderBackButton(this.i18n, this.closeDetail)}
      ${renderStates(this.detailData, () => nothing, { skeletonLines: 8 })}
    </div>`;
  }

  /** Where "Zu den Ergebnissen" goes: the open detail, the result count, or the content area. */
  private readonly resultsTarget = () =>
    ['.detail-title', '[data-results-summary]', '[part="content"]']
      .map((selector) => this.shadowRoot!.querySelector<HTMLElement>(selector))
      .find(Boolean);

  /**
   * The facets, behind "Filter (n)" in narrow layouts (CSS decides which layout applies), with
   * "Filter überspringen" in front of them.
   */
  private renderFiltersColumn(filters: unknown) {
    const t = this.i18n.t.bind(this.i18n);
    const active = activeFilterCount(this.search.filters, this.search.time);
    return html`<div class="filters-column ${this.filtersOpen ? '' : 'collapsed'}">
      <button
        type="button"
        class="filter-toggle"
        part="filter-toggle"
        aria-expanded=${this.filtersOpen ? 'true' : 'false'}
        aria-controls="filters"
        @click=${this.toggleFilters}
      >
        <span class="toggle-icon" aria-hidden="true">▸</span>
        ${active > 0 ? t('datasetSearchFilterToggleCount', { count: active }) : t('datasetSearchFilterToggle')}
      </button>
      ${skipLink(t('datasetSearchSkipFilters'), () => this.shadowRoot!.querySelector('.main'))}
      ${filters}
    </div>`;
  }

  private renderSearchForm() {
    const t = this.i18n.t.bind(this.i18n);
    return html`<form
      class="search"
      part="search"
      role="search"
      aria-label=${t('datasetSearchLandmark')}
      @submit=${this.onSubmit}
    >
      <label class="search-label" for="search-input">${t('datasetSearchInputLabel')}</label>
      <div class="search-row">
        <input
          id="search-input"
          class="search-input"
          part="search-input"
          type="search"
          autocomplete="off"
          .value=${this.draft}
          @input=${this.onInput}
        />
        <button class="button" part="search-button" type="submit">
          ${t('datasetSearchSubmit')}
        </button>
      </div>
    </form>`;
  }

  private renderPage(page: SearchPage) {
    if (page.items.length > 0) {
      return renderResults({
        i18n: this.i18n,
        page,
        headingLevel: this.level,
        summary: this.summaryOf(page),
        onOpen: this.openDetail,
        onPageChange: this.goToOffset,
      });
    }
    // Nothing found: offer what would help — fewer filters, no search term, or the first page.
    const beyondEnd = page.total > 0;
    const actions: (readonly [MessageKey, () => void])[] = beyondEnd
      ? [['datasetSearchFirstPage', () => this.changeSearch({ page: 1 })]]
      : [
          ...(hasFilters(this.search.filters, this.search.time)
            ? [['datasetSearchClearFilters', () => this.clearFilters(true)] as const]
            : []),
          ...(this.search.text
            ? [['datasetSearchClearQuery', () => this.clearQuery()] as const]
            : []),
        ];
    return html`<saxon-empty-state part="empty">
      <span class="empty-text"
        >${this.i18n.t(beyondEnd ? 'datasetSearchPageEmpty' : 'datasetSearchNone')}</span
      >
      ${actions.map(
        ([label, action]) =>
          html`<button type="button" class="text-button" part="empty-action" @click=${action}>
            ${this.i18n.t(label)}
          </button>`,
      )}
    </saxon-empty-state>`;
  }

  /**
   * The dates the time group offers: last change and publication when `facets` asks for time, and
   * the time covered once the portal has shown it has such data (or a link filters by it).
   */
  private timeFields(): TimeField[] {
    if (!offersTime(this.facets)) return [];
    return this.temporalSeen || this.search.time.temporal
      ? ['modified', 'issued', 'temporal']
      : ['modified', 'issued'];
  }

  /** What the facets show; the region group's map button once their code is there. */
  private facetsView(facets: FacetsModule | undefined): FacetsView {
    const counts = this.lastPage?.facets ?? {};
    const regions = (counts as Partial<FacetsView['counts']>).region ?? [];
    // The Kreis map only where the portal counts Saxon Kreise (AGS 14xxx).
    const kreise = regions.filter((entry) => /^14\d{3}$/.test(entry.value));
    return {
      i18n: this.i18n,
      facets: this.facetNames,
      counts,
      filters: this.search.filters,
      time: this.search.time,
      expanded: this.expanded,
      extra:
        facets && kreise.length > 0
          ? {
              region: facets.renderMapBox(
                this.i18n,
                this.mapOpen,
                this.regionMap,
                this.toggleMap,
                (map) =>
                  map.renderRegionMap({
                    i18n: this.i18n,
                    counts: kreise,
                    selected: new Set(this.search.filters.region ?? []),
                    onToggle: (ags, on) => this.toggleFacet('region', ags, on),
                  }),
              ),
            }
          : {},
      labelOf: this.labelOf,
      onToggle: this.toggleFacet,
      onExpand: this.toggleExpanded,
      onRemove: this.removeFilter,
      onRemoveTime: this.removeTime,
      onClearAll: () => this.clearFilters(false),
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'saxon-dataset-search': SaxonDatasetSearch;
  }
  interface HTMLElementEventMap {
    'saxon-dataset-select': CustomEvent<DatasetSelectDetail>;
  }
}
