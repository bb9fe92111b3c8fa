import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  themeLabel,
  type Dataset,
  type OpenDataClient,
  type SearchPage,
  type SearchQuery,
} from '@saxon-ai/sdk';
import { parseWholeNumber } from '../shared/attributes.js';
import { SaxonElement } from '../shared/base-element.js';
import { parseHeadingLevel } from '../shared/heading.js';
import { addBuiltInMessages } from '../shared/i18n/locales.js';
import { datasetSearchDe, datasetSearchEn } from './messages.js';
// Also for its `declare global`, which the published type declarations keep only through this import.
import './messages.js';
import { DataController } from '../shared/data-controller.js';
import { focusKey } from './focus-key.js';
import { FocusKeeper } from './focus-keeper.js';
import { readyOpenDataClient, withOpenDataClient } from './open-data-client.js';
import {
  DEFAULT_HEADING_LEVEL,
  DEFAULT_PAGE_SIZE,
  DEFAULT_SORT,
  isSortOrder,
  parseFacets,
  parseSort,
  unusableNumber,
  type FilterFacet,
} from './attributes.js';
import {
  isActive,
  normalizeTime,
  TIME_FIELDS,
  timeQuery,
  type TimeField,
  type TimeFilter,
  type TimeFilters,
} from './time-filter.js';
import { timeFilterText } from './time-labels.js';
import { LazyPart } from './lazy-part.js';
import {
  type Filters,
  normalizeFilters,
  searchStateCodec,
  toggleFilter,
  type SearchState,
} from './search-state.js';
import { UrlStateController, urlNamespace } from '../shared/url-state.js';

/** The query fields of a search's term and filters (no paging, no facets). */
const filtersQuery = (text: string, filters: Filters, time: TimeFilters) => ({
  ...filters,
  ...timeQuery(time),
  ...(text ? { text } : {}),
});

/** Milliseconds after the last keystroke before typing searches. */
const TYPING_DEBOUNCE = 300;

/** Detail of `saxon-dataset-select`. */
export interface DatasetSelectDetail {
  dataset: Dataset;
}

/**
 * The behaviour of `<saxon-dataset-search>`: attributes, the search state and how it changes,
 * loading through the SDK, the page URL and focus. `SaxonDatasetSearch` renders it.
 */
export class DatasetSearchBase extends SaxonElement {
  static {
    addBuiltInMessages({ de: datasetSearchDe, en: datasetSearchEn });
  }

  /** A known portal: `sachsen` (EntryStore), `govdata` or `leipzig` (CKAN). */
  @property() portal: 'sachsen' | 'govdata' | 'leipzig' | '' = '';

  /** `ckan` or `entrystore`, for `api-url`; may be left out when `portal` names the type. */
  @property({ attribute: 'api-type' }) apiType: 'ckan' | 'entrystore' | '' = '';

  /** Base URL of a portal's API (CKAN site URL or EntryStore `…/store`); overrides `portal`'s. */
  @property({ attribute: 'api-url' }) apiUrl = '';

  /** The search term: the one to start with, later the visitor's. Setting it searches for it. */
  @property() query = '';

  /** Results per page, 1–100. Default 10. */
  @property({ attribute: 'page-size' }) pageSize: string | number = DEFAULT_PAGE_SIZE;

  /**
   * The facets to offer, separated by blanks or commas: any of `publisher theme format license
   * keyword region time`. Default all but `keyword`; an empty value offers none. `region` (Kreise
   * and Gemeinden, as a list and a Kreis map) shows where the portal geocodes its datasets; `time`
   * filters by last change and publication, and by the time the data covers where the portal has it.
   */
  @property() facets:
    | 'publisher'
    | 'theme'
    | 'format'
    | 'license'
    | 'keyword'
    | 'region'
    | 'time'
    | (string & {})
    | null = null;

  /** The order: `relevance` (default), `modified` (newest first) or `title` (A–Z). */
  @property() sort: 'relevance' | 'modified' | 'title' = DEFAULT_SORT;

  /**
   * Reflect query, filters, sort, page and the open dataset in the page URL, so that a search and a
   * dataset's detail can be shared and the back button steps through them. The value is the parameter prefix (`ds` → `ds-q`, `ds-theme`, …;
   * `ds` when empty): give two widgets on one page different prefixes.
   */
  @property({ attribute: 'sync-url' }) syncUrl: string | null = null;

  /** Level of the result headings, 1–6 (default 2); the detail's sections are one below. */
  @property({ attribute: 'heading-level' }) headingLevel: 1 | 2 | 3 | 4 | 5 | 6 =
    DEFAULT_HEADING_LEVEL;

  /**
   * An SDK open-data client to use instead of one made from the attributes — for a custom
   * `fetch`, a cache shared with your own code, or tests. Property only.
   */
  @property({ attribute: false }) client?: OpenDataClient;

  @state() protected search: SearchState = {
    text: '',
    filters: {},
    time: {},
    sort: 'relevance',
    page: 1,
  };
  /** The text in the search field, committed to `search.text` after a pause or on Enter. */
  @state() protected draft = '';
  /** The dataset whose detail is shown (`search.dataset` names it, also while it loads). */
  @state() protected opened: Dataset | undefined;
  /** Whether the facets are unfolded in a narrow layout ("Filter (n)"); wide layouts show them. */
  @state() protected filtersOpen = false;
  /** Facets whose every value is shown ("Mehr anzeigen"). */
  @state() protected expanded: ReadonlySet<FilterFacet> = new Set();
  /** Dates whose "Eigener Zeitraum" is chosen, before a range is applied. */
  @state() protected timeCustom: ReadonlySet<TimeField> = new Set();
  /** A date whose typed range could not be applied (start after end). */
  @state() protected timeInvalid: TimeField | undefined;
  /** What the expert panel's live region says after a copy. */
  @state() protected copyStatus = '';
  /** Whether any answer had a dataset with a temporal coverage: the portal has the field. */
  protected temporalSeen = false;

  /** The latest answer, whose facets stay on screen while the next one loads. */
  protected lastPage: SearchPage | undefined;
  private readonly labels = new Map<string, string>();
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  private restoredFromUrl = false;
  private initial: SearchState | undefined;

  protected readonly data = new DataController(this, {
    i18n: this.i18n,
    // Typing is debounced here (Enter searches at once); filters, sort and pages load at once.
    debounce: 0,
    args: () =>
      [
        this.client ?? { portal: this.portal, apiType: this.apiType, apiUrl: this.apiUrl },
        this.i18n.apiLanguage,
        this.search.text.trim(),
        normalizeFilters(this.search.filters),
        normalizeTime(this.search.time),
        this.search.sort,
        this.size,
        this.search.page,
        this.facetNames,
      ] as const,
    task: async ([source, language, text, filters, time, sort, limit, page, facets], { signal }) =>
      withOpenDataClient(source, language, (client) =>
        client.search(
          {
            ...filtersQuery(text, filters, time),
            sort,
            limit,
            offset: (page - 1) * limit,
            facets,
            facetLimit: 50,
          },
          { signal },
        ),
      ),
    announce: (page) => this.announcementOf(page),
  });

  /**
   * The dataset a link or the back button asks for (`search.dataset`) when it is not the one shown:
   * loaded by id. Without such an id it loads nothing.
   */
  protected readonly detailData = new DataController(this, {
    i18n: this.i18n,
    debounce: 0,
    args: () =>
      [
        this.client ?? { portal: this.portal, apiType: this.apiType, apiUrl: this.apiUrl },
        this.i18n.apiLanguage,
        this.opened?.id === this.search.dataset ? '' : (this.search.dataset ?? ''),
      ] as const,
    task: async ([source, language, id], { signal }) =>
      id
        ? withOpenDataClient(source, language, (client) => client.dataset(id, { signal }))
        : undefined,
  });

  /** The opened dataset's JSON-LD, its code loaded when a detail first opens. */
  private readonly jsonLd = new LazyPart(this, () => import('./dataset-json-ld.js'));

  protected readonly focusKeeper = new FocusKeeper(this, () => this.data.state === 'loading');

  private readonly urlSync = new UrlStateController(this, {
    namespace: () => urlNamespace(this.syncUrl, 'ds'),
    codec: searchStateCodec,
    current: () => this.search,
    apply: (restored) => {
      this.restoredFromUrl = true;
      this.applyState(restored ?? this.initialState());
    },
  });

  /**
   * The client the element searches with, or undefined while the attributes name no portal or its
   * adapter has not loaded yet (it has once anything was found).
   */
  protected get currentClient(): OpenDataClient | undefined {
    try {
      return readyOpenDataClient(
        this.client ?? { portal: this.portal, apiType: this.apiType, apiUrl: this.apiUrl },
        this.i18n.apiLanguage,
      );
    } catch {
      return undefined; // the configuration error is shown by the search
    }
  }

  /** The current search's term and filters, as the SDK takes them (for the Atom feed). */
  protected get currentQuery(): SearchQuery {
    return filtersQuery(
      this.search.text.trim(),
      normalizeFilters(this.search.filters),
      this.search.time,
    );
  }

  protected get size(): number {
    return parseWholeNumber(
      this.pageSize,
      { min: 1, max: 100, fallback: DEFAULT_PAGE_SIZE },
      unusableNumber('page-size'),
    );
  }

  protected get level(): number {
    return parseHeadingLevel(
      this.headingLevel,
      { max: 6, fallback: DEFAULT_HEADING_LEVEL },
      unusableNumber('heading-level'),
    );
  }

  protected get facetNames(): FilterFacet[] {
    return parseFacets(this.facets);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.typingTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) {
      if (!this.restoredFromUrl) this.applyState(this.initialState());
    } else if (
      (changed.has('query') && this.query !== this.search.text) ||
      (changed.has('sort') && this.sort !== this.search.sort)
    ) {
      // The page set `query` or `sort`: a new search from page 1, the filters kept.
      this.applyState({ ...this.search, text: this.query, sort: parseSort(this.sort), page: 1 });
    }
    const page = this.data.value;
    if (page && page !== this.lastPage) this.remember(page);
    const loaded = this.detailData.value;
    if (loaded && loaded.id === this.search.dataset && !this.opened) this.opened = loaded;
  }

  protected override updated(): void {
    this.syncJsonLd();
    // A select the visitor has used no longer follows its options' `selected` attributes.
    const sort = this.shadowRoot!.querySelector<HTMLSelectElement>('#sort');
    if (sort && sort.value !== this.search.sort) sort.value = this.search.sort;
  }

  /**
   * Keeps the opened dataset's schema.org JSON-LD in the light DOM, removed when the detail closes.
   * With `sync-url` the page's address shows this dataset: the `url` where the portal names none.
   */
  private syncJsonLd(): void {
    const module = this.jsonLd.module;
    if (module) {
      module.syncDatasetJsonLd(this, this.opened, this.syncUrl == null ? undefined : location.href);
    } else if (this.opened) {
      void this.jsonLd.load(); // re-renders when it is there, and this runs again
    }
  }

  /** "23 Datensätze gefunden", with the page when it is not the first. */
  protected summaryOf(page: SearchPage): string {
    if (page.total === 0) return this.i18n.t('datasetSearchNone');
    const count = this.i18n.t('datasetSearchCount', { count: page.total });
    const size = Math.max(1, page.limit);
    const current = Math.floor(page.offset / size) + 1;
    const pages = Math.max(1, Math.ceil(page.total / size));
    return current > 1
      ? `${count}, ${this.i18n.t('datasetSearchPageOf', { page: current, pages })}`
      : count;
  }

  /**
   * The count and, when set, the region and time filters ("12 Datensätze gefunden, gefiltert nach
   * Region: Dresden; Zuletzt geändert: Letzter Monat"): what the live region announces.
   */
  protected announcementOf(page: SearchPage): string {
    const t = this.i18n.t.bind(this.i18n);
    const regionLabel = (value: string) =>
      (page.facets as Partial<Record<string, { value: string; label: string }[]>>)['region']?.find(
        (entry) => entry.value === value,
      )?.label ?? this.labelOf('region', value);
    const filters = [
      ...(this.search.filters.region ?? []).map(
        (value) => `${t('datasetSearchFacet_region')}: ${regionLabel(value)}`,
      ),
      ...TIME_FIELDS.flatMap((field) => {
        const filter = this.search.time[field];
        return isActive(filter) ? [timeFilterText(this.i18n, field, filter)] : [];
      }),
    ];
    const summary = this.summaryOf(page);
    return filters.length > 0
      ? `${summary}, ${t('datasetSearchFilteredBy', { filters: filters.join('; ') })}`
      : summary;
  }

  /** The label of a facet value, also for a selection the latest answer did not count. */
  protected readonly labelOf = (facet: FilterFacet, value: string): string =>
    this.labels.get(`${facet} ${value}`) ??
    (facet === 'theme' ? themeLabel(value, this.i18n.apiLanguage) : value);

  private remember(page: SearchPage): void {
    this.lastPage = page;
    if (page.items.some((dataset) => dataset.temporal?.start || dataset.temporal?.end)) {
      this.temporalSeen = true;
    }
    for (const [facet, entries] of Object.entries(page.facets)) {
      for (const entry of entries) this.labels.set(`${facet} ${entry.value}`, entry.label);
    }
  }

  protected get searchInput(): HTMLInputElement | null {
    return this.shadowRoot!.querySelector<HTMLInputElement>('#search-input');
  }

  /**
   * The state the attributes describe, before anything changed it: what the back button returns to
   * past the first search. Taken once, before the URL or the visitor change `query` and `sort`.
   */
  private initialState(): SearchState {
    this.initial ??= {
      text: this.query,
      filters: {},
      time: {},
      sort: parseSort(this.sort),
      page: 1,
    };
    return this.initial;
  }

  /** Shows `next` as it is (from the URL or the attributes), without writing history. */
  private applyState(next: SearchState): void {
    this.initialState();
    clearTimeout(this.typingTimer);
    const wasOpen = this.opened ?? (this.search.dataset ? { id: this.search.dataset } : undefined);
    const shown = this.lastPage?.items.find((dataset) => dataset.id === next.dataset);
    this.setSearch(next);
    this.opened = shown;
    this.draft = next.text;
    if (!this.hasUpdated) return; // the page loads: focus stays where the visitor is
    // Back and forward move focus only when it was in the element or nowhere in particular.
    const active = document.activeElement;
    if (active !== this && active !== document.body && active !== null) return;
    if (next.dataset) this.focusKeeper.after(() => this.detailTitle);
    else if (wasOpen) this.focusKeeper.after(() => this.resultLinkOf(wasOpen.id));
  }

  protected get detailTitle(): HTMLElement | null {
    return this.shadowRoot!.querySelector<HTMLElement>('.detail-title');
  }

  private resultLinkOf(id: string): HTMLElement | null {
    const key = CSS.escape(focusKey('result', id));
    return this.shadowRoot!.querySelector<HTMLElement>(`[data-focus-key="${key}"]`);
  }

  /** The search state, mirrored in `query` and `sort` so that the page can read them. */
  private setSearch(next: SearchState): void {
    this.search = next;
    this.query = next.text;
    this.sort = next.sort;
    this.opened = undefined;
  }

  /**
   * A visitor's change: a new search state (page 1 unless a page is given), written to the URL
   * when `sync-url` is on. Closes an open detail.
   */
  protected changeSearch(change: Partial<SearchState>, kind: 'push' | 'typing' = 'push'): void {
    const { dataset: _closed, ...search } = this.search;
    this.setSearch({ ...search, page: 1, ...change });
    this.copyStatus = '';
    this.urlSync.record(kind);
  }

  protected readonly toggleFacet = (facet: FilterFacet, value: string, on: boolean): void =>
    this.changeSearch({ filters: toggleFilter(this.search.filters, facet, value, on) });

  /** Sets or (with `undefined`) clears the time filter of one date. */
  protected readonly setTime = (field: TimeField, filter: TimeFilter | undefined): void => {
    const { [field]: _old, ...rest } = this.search.time;
    this.changeSearch({ time: filter ? { ...rest, [field]: filter } : rest });
  };

  protected readonly toggleFilters = (): void => {
    this.filtersOpen = !this.filtersOpen;
  };

  /**
   * A choice in the time group (time-fields.view.ts): which dates show their range inputs, which
   * range was backwards, and, when the choice searches, the date's new filter (`null` clears it).
   */
  protected readonly onTimeChoice = (
    field: TimeField,
    choices: { custom: ReadonlySet<TimeField>; invalid: TimeField | undefined },
    filter?: TimeFilter | null,
  ): void => {
    this.timeCustom = choices.custom;
    this.timeInvalid = choices.invalid;
    if (filter !== undefined) this.setTime(field, filter ?? undefined);
  };

  /** Shows a copy's outcome in the expert panel's live region. */
  protected readonly showCopyStatus = (text: string): void => {
    this.copyStatus = text;
  };

  protected readonly toggleExpanded = (facet: FilterFacet): void => {
    const next = new Set(this.expanded);
    if (!next.delete(facet)) next.add(facet);
    this.expanded = next;
  };

  /** Removes one chip's filter; focus moves to the chip that takes its place, else to the field. */
  protected readonly removeFilter = (facet: FilterFacet, value: string, index: number): void => {
    this.focusChipAfterRemoval(index);
    this.toggleFacet(facet, value, false);
  };

  /** Removes a time filter's chip, with focus as {@link removeFilter} moves it. */
  protected readonly removeTime = (field: TimeField, index: number): void => {
    this.focusChipAfterRemoval(index);
    this.setTime(field, undefined);
  };

  private focusChipAfterRemoval(index: number): void {
    this.focusKeeper.after(() => {
      const chips = this.shadowRoot!.querySelectorAll<HTMLElement>('[part="chip"]');
      return chips[Math.min(index, chips.length - 1)] ?? this.searchInput;
    });
  }

  protected clearFilters(focusInput: boolean): void {
    this.focusKeeper.after(() =>
      focusInput ? this.searchInput : this.shadowRoot!.querySelector<HTMLElement>('#sort'),
    );
    this.changeSearch({ filters: {}, time: {} });
  }

  protected clearQuery(): void {
    this.draft = '';
    this.focusKeeper.after(() => this.searchInput);
    this.changeSearch({ text: '' });
  }

  /** A page from the pager; focus goes to the new page's summary once it has loaded. */
  protected readonly goToOffset = (offset: number): void => {
    this.focusKeeper.afterLoad(
      () =>
        this.shadowRoot!.querySelector<HTMLElement>('[data-results-summary]') ??
        this.shadowRoot!.querySelector<HTMLElement>('[data-refocus]'),
    );
    this.changeSearch({ page: Math.floor(offset / this.size) + 1 });
  };

  protected readonly onInput = (event: InputEvent): void => {
    this.draft = (event.target as HTMLInputElement).value;
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => this.commitDraft('typing'), TYPING_DEBOUNCE);
  };

  protected readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    clearTimeout(this.typingTimer);
    this.commitDraft('push');
  };

  private commitDraft(kind: 'push' | 'typing'): void {
    if (this.draft !== this.search.text) this.changeSearch({ text: this.draft }, kind);
  }

  protected readonly onSortChange = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value;
    if (isSortOrder(value)) this.changeSearch({ sort: value });
  };

  /**
   * Opens a result unless the page cancels `saxon-dataset-select`; focus goes to its title. With
   * `sync-url` the URL names the dataset (a link to the detail) in a new history entry, so that the
   * browser's back button returns to the list.
   */
  protected readonly openDetail = (dataset: Dataset): void => {
    if (!this.emit<DatasetSelectDetail>('saxon-dataset-select', { dataset })) return;
    this.search = { ...this.search, dataset: dataset.id };
    this.opened = dataset;
    this.copyStatus = '';
    this.urlSync.record('detail');
    // The detail view may still be loading (its code comes on the first opening): focus its title
    // as soon as it shows.
    this.focusKeeper.whenShown(() => this.detailTitle);
  };

  /**
   * Back to the list; focus returns to the result that was open. When the detail has its own
   * history entry on top of the list's, this is the browser's back (the entry is not left behind).
   */
  protected readonly closeDetail = (): void => {
    if (this.urlSync.onDetailEntry) {
      history.back(); // popstate shows the list and restores focus
      return;
    }
    const id = this.opened?.id ?? this.search.dataset;
    const { dataset: _closed, ...search } = this.search;
    this.search = search;
    this.opened = undefined;
    this.urlSync.record('push');
    this.focusKeeper.after(() => (id ? this.resultLinkOf(id) : undefined));
  };
}
