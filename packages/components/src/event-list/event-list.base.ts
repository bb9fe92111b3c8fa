import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DirectoryClient, DirectoryEvent, EventPage } from '@saxon-ai/sdk';
import { SaxonElement } from '../shared/base-element.js';
import type { Localizer } from '../shared/i18n/localizer.js';
import { attributeWarning } from '../shared/attributes.js';
import { addBuiltInMessages } from '../shared/i18n/locales.js';
import { PagedDataController } from '../shared/data-controller.js';
import { directoryClient } from '../shared/directory-client.js';
import { FilterContextController, type ContextFilters } from '../shared/filter-context.js';
import { UrlStateController, urlNamespace } from '../shared/url-state.js';
import { eventListConfig, parseList, type EventListConfig } from './attributes.js';
import { eventUrlCodec, type EventUrlState } from './event-url-state.js';
import type * as JsonLdModule from './json-ld.js';
import { afterNextPaint } from '../shared/after-next-paint.js';
import { formatEventRange, formatMonth } from './format-range.js';
import type { EventFacets, FilterName } from './filters.view.js';
import { eventListDe, eventListEn } from './messages.js';
// Also for its `declare global`, which the published type declarations keep only through this import.
import './messages.js';

/**
 * Builds the `Intl` formatters of the first page's render — the number format and plural rules of
 * "10 von 32 Veranstaltungen angezeigt", the date formats and Berlin's offsets — in a task of its own
 * while the events load, like the map's (actor-map/warm-formatters.ts): a page's first `Intl`
 * formatter loads the locale's data, tens of milliseconds that otherwise come between the answer
 * and the events on screen.
 */
function warmFormattersWhileLoading(i18n: Localizer): void {
  setTimeout(() => {
    i18n.t('eventListShown', { shown: 1, count: 2 });
    for (const event of WARM_EVENTS) formatEventRange(event, i18n.lang);
    formatMonth('2026-03', i18n.lang);
  }, 0);
}
/** A timed and an all-day event: each kind of date the list formats. */
const WARM_EVENTS = [
  { start: '2026-03-16T09:00:00Z', end: '2026-03-16T11:00:00Z', allDay: false },
  { start: '2026-03-16', allDay: true },
];

/** Events whose details are filled in per frame after the first: ~2 ms here, ~10 on an old phone. */
const DETAILS_PER_FRAME = 10;

/** Whether two lists hold the same event objects in the same order. */
const sameEvents = (a: readonly DirectoryEvent[], b: readonly DirectoryEvent[] | undefined) =>
  a.length === b?.length && a.every((event, i) => event === b[i]);

/** Detail of `saxon-event-select`. */
export interface EventSelectDetail {
  /** The event whose title link the visitor followed. */
  event: DirectoryEvent;
  /**
   * `click` when the visitor followed the title link; `url` when the list restores a selection
   * from the page URL (`sync-url`: a shared link, a reload, Back or Forward) — show that event.
   */
  origin: 'click' | 'url';
}

/**
 * The behaviour of `<saxon-event-list>`: attributes, what it loads (the first page of events and,
 * on request, the pages after it), the JSON-LD it publishes, focus after loading more, and what the
 * visitor's choices change. `SaxonEventList` renders it.
 */
export class EventListBase extends SaxonElement {
  static {
    addBuiltInMessages({ de: eventListDe, en: eventListEn });
  }

  /** Base URL of the actor directory API, e.g. `https://ki.sachsen.example/directory/v1`. */
  @property({ attribute: 'api-url' }) apiUrl = '';

  /**
   * An SDK directory client to use instead of one made from `api-url` — for a custom `fetch`, a
   * cache shared with your own code, or tests. Property only.
   */
  @property({ attribute: false }) client?: DirectoryClient;

  /** Events that end on or after this date (`YYYY-MM-DD`) or date-time with offset. Default: now. */
  @property() from = '';

  /** Events that start on or before this date (the whole day) or date-time with offset. */
  @property() to = '';

  /** Topic ids (see `<saxon-topic-list>`), comma-separated; any of them matches. */
  @property() topic = '';

  /** Town or city names, comma-separated. */
  @property() city = '';

  /** Actor ids of organizers, comma-separated. */
  @property() organizer = '';

  /** `offline`, `online` or `mixed` (hybrid), or a comma-separated choice such as `online,mixed`. */
  @property({ attribute: 'attendance-mode' })
  attendanceMode: 'offline' | 'online' | 'mixed' | (string & {}) = '';

  /** Events per page, 1–200; "Weitere Veranstaltungen laden" appends the next page. */
  @property({ type: Number }) limit = 10;

  /** `list` (default), `compact` (dense rows, no descriptions) or `cards` (a grid of cards). */
  @property() layout: 'list' | 'compact' | 'cards' = 'list';

  /** Shows filter controls for topic, place and attendance. */
  @property({ type: Boolean }) filters = false;

  /** Level of the month headings, 1–5 (default 3); event titles are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: 1 | 2 | 3 | 4 | 5 = 3;

  /**
   * Name of a filter context shared with other widgets on the page (`<saxon-actor-map>`,
   * `<saxon-topic-list>` with the same `context`): their topics and the map's Kreis filter these
   * events, and a topic chosen here filters them. Without it the list works alone.
   */
  @property() context = '';

  /** The Kreis (5-digit key) the context filters by, or `''`. */
  @state() protected contextKreis = '';

  /**
   * Keep the visitor's filters and the selected event in the page URL, so that a view can be
   * shared, survives a reload and the back button steps through it. The value names the
   * parameters' prefix (default `ev` → `ev-topic`, `ev-event`, …); give two lists on one page
   * different ones. An event counts as selected when the page cancels `saxon-event-select`.
   */
  @property({ attribute: 'sync-url' }) syncUrl: string | null = null;

  /** The id of the event the page shows (selected, or restored from the URL), if any. */
  protected selectedId?: string;
  /** A selection read from the URL that waits for its event to be shown, then is announced. */
  private pendingSelection?: 'load' | 'history';
  /**
   * Per event shown: whether its details are rendered (`true`) or wait to be filled in after the
   * frame (`false`). A page of 200 events would otherwise hold up its first frame with 200
   * descriptions, organizer lists and sets of calendar links, nearly all of them out of sight.
   */
  private readonly details = new WeakMap<DirectoryEvent, boolean>();
  /** The events whose JSON-LD was last published. */
  private jsonLdEvents?: readonly DirectoryEvent[];
  /**
   * The schema.org JSON-LD (json-ld.js), loaded with the first shown events and published when it
   * is there: nobody sees it and search engines wait for it, so it need not hold up the events'
   * first render, nor weigh on the file of every page with a list (a kilobyte gzip). The module, or
   * its load while it is under way (or after it failed).
   */
  private jsonLd?: typeof JsonLdModule | Promise<void>;
  /** The state the attributes describe: what Back returns to past the first change. */
  private initialUrlState?: EventUrlState;

  protected config: EventListConfig = eventListConfig(this);
  private readonly warn = attributeWarning('saxon-event-list');
  /** The warning written for each attribute, so that one is written again only when it changes. */
  private readonly warned = new Map<string, string>();
  /** The facets of the newest first page, which the filter controls offer (kept while loading). */
  protected facets?: EventFacets;

  /** The filter context named by `context`: inert without one. */
  protected readonly linked = new FilterContextController(this, {
    name: () => this.context,
    onChange: (shared, origin) => {
      this.applyContext(shared);
      // Another widget's change: the URL follows without an entry of its own (that widget's is
      // the one); a change that restores another widget's URL state leaves the URL alone, and
      // so does joining the context while connecting, before the URL has been read.
      if (origin !== 'url' && this.hasUpdated) this.urlState.record('replace');
    },
  });

  /**
   * With `sync-url`: the URL wins on load and on Back/Forward, and is handed to the context (as
   * origin `url`); afterwards the visitor's changes go to both, so the two stay equal.
   */
  protected readonly urlState = new UrlStateController(this, {
    namespace: () => urlNamespace(this.syncUrl, 'ev'),
    codec: eventUrlCodec,
    current: () => this.currentUrlState(),
    apply: (state, origin) => this.applyUrlState(state ?? this.initialUrlState, origin),
  });

  protected readonly data = new PagedDataController(this, {
    i18n: this.i18n,
    args: () =>
      [
        this.client ?? this.apiUrl,
        this.i18n.apiLanguage,
        this.config.filter,
        this.contextKreis,
      ] as const,
    // The context's Kreis is the venue's Kreis: the API matches it exactly (`ags`, contract 1.3).
    task: ([source, language, filter, kreis], { signal }) => {
      const first = directoryClient(source, language, this.localName).events.list(
        { ...filter, ...(kreis && { ags: kreis }), offset: 0 },
        { signal },
      );
      warmFormattersWhileLoading(this.i18n);
      return first;
    },
    more: ([source, language, filter, kreis], offset, { signal }) =>
      directoryClient(source, language, this.localName).events.list(
        { ...filter, ...(kreis && { ags: kreis }), offset },
        { signal },
      ),
    key: (event: DirectoryEvent) => event.id,
    // An empty answer is shown by the list itself, with its own words.
    isEmpty: () => false,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Joining a context that has topics: they win over the first `topic` attribute. Otherwise the
    // topics set here (by the page or the visitor) go to the context, so the other widgets follow.
    const shared = this.linked.state;
    if (!this.hasUpdated && shared.topics) this.topic = shared.topics.join(',');
    else if (changed.has('topic')) this.linked.publish({ topics: parseList(this.topic) });
    this.config = eventListConfig(this);
    for (const [attribute, warning] of this.config.warnings) {
      if (this.warned.get(attribute) !== warning) this.warn(warning);
      this.warned.set(attribute, warning);
    }
    for (const attribute of this.warned.keys()) {
      if (!this.config.warnings.has(attribute)) this.warned.delete(attribute);
    }
    const first: EventPage | undefined = this.data.value;
    if (first) this.facets = first.facets;
  }

  protected override update(changed: PropertyValues<this>): void {
    // Events that came in (the data controller takes in an answer just before this): the first of
    // them with their details, and the selected one (the list scrolls to it); the others in the
    // frames after (see `fillDetails`). The first: at least 16 (every event of the pages most lists
    // load: 10 by default), and more than the window can show, as an event takes at least 3rem
    // (48 px) even in the compact layout.
    let eager = Math.max(16, innerHeight / 48);
    for (const event of this.data.items) {
      if (!this.details.has(event))
        this.details.set(event, eager-- > 0 || event.id === this.selectedId);
    }
    super.update(changed);
  }

  /** Whether an event shows its details yet (see `details`). */
  protected readonly detailed = (event: DirectoryEvent): boolean =>
    this.details.get(event) !== false;

  /**
   * Fills in the details of the next events that wait for theirs, in the order shown — not while
   * more events load: those the visitor asked for come first. Whether any waited.
   */
  private fillDetails(): boolean {
    const waiting = this.data.items.filter((event) => !this.detailed(event));
    if (waiting.length && !this.data.loadingMore) {
      for (const event of waiting.slice(0, DETAILS_PER_FRAME)) this.details.set(event, true);
      this.requestUpdate();
    }
    return waiting.length > 0;
  }

  override connectedCallback(): void {
    // Before the URL state controller reads the URL (in `super`): what the attributes say.
    this.initialUrlState ??= this.currentUrlState();
    super.connectedCallback();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.paintQueued) {
      this.paintQueued = true;
      afterNextPaint(() => {
        this.paintQueued = false;
        // The JSON-LD once every shown event is complete: not once per page of a quick succession.
        if (!this.fillDetails()) this.publishJsonLd();
      });
    }
    if (this.pendingSelection && this.data.state === 'success') this.announceRestored();
  }

  /** Whether filling in details and publishing the JSON-LD wait for the next frame. */
  private paintQueued = false;

  /**
   * Publishes the JSON-LD of the events shown now, after the frame that shows them: nobody sees
   * it, and with 1,000 events its megabyte of text took about 7 ms of each appended page's update
   * (measured: bench/event-phases.mjs). Worked out again only when the events changed (an update
   * for "loading more…" alone leaves it as it is).
   */
  private publishJsonLd(): void {
    const shown = this.data.state === 'success' ? this.data.items : [];
    const published = this.querySelector(':scope > script[data-saxon-event-list]') !== null;
    if (sameEvents(shown, this.jsonLdEvents) && published === shown.length > 0) return;
    const jsonLd = this.jsonLd;
    if (jsonLd && !(jsonLd instanceof Promise)) {
      this.jsonLdEvents = shown;
      jsonLd.syncJsonLd(this, shown);
    } else if (shown.length > 0 && !jsonLd) {
      // Loaded once, then published. Without it (a file that cannot be loaded) the list goes on
      // as it is: the data is for search engines, not visitors.
      this.jsonLd = import('./json-ld.js').then(
        (module) => {
          this.jsonLd = module;
          this.publishJsonLd();
        },
        () => {},
      );
    }
  }

  /** The filters the visitor can change and the selected event, as the URL holds them. */
  private currentUrlState(): EventUrlState {
    const { topic = [], city = [], attendanceMode = [] } = eventListConfig(this).filter;
    return { topic, city, attendanceMode, ...(this.selectedId ? { event: this.selectedId } : {}) };
  }

  private applyUrlState(state: EventUrlState | undefined, origin: 'load' | 'history'): void {
    if (!state) return;
    this.topic = state.topic.join(',');
    this.city = state.city.join(',');
    this.attendanceMode = state.attendanceMode.join(',');
    this.linked.publish({ topics: [...state.topic] }, 'url');
    this.selectedId = state.event;
    this.pendingSelection = state.event ? origin : undefined;
    this.requestUpdate();
  }

  /**
   * A selection from the URL: once its event is shown, the page hears of it (`origin: 'url'`) to
   * show it again, and the event scrolls into view (after Back or Forward it takes focus too, as
   * the visitor's last step was in the list; not on load, which must not move the visitor).
   */
  private announceRestored(): void {
    const event = this.data.items.find((item) => item.id === this.selectedId);
    const origin = this.pendingSelection;
    if (!event && !this.data.hasMore) this.pendingSelection = undefined;
    if (!event) return;
    this.pendingSelection = undefined;
    const detail: EventSelectDetail = { event, origin: 'url' };
    this.emit('saxon-event-select', detail);
    const item = this.shadowRoot?.querySelector<HTMLElement>(
      `[data-event-id="${CSS.escape(event.id)}"]`,
    );
    item?.scrollIntoView?.({ block: 'nearest' });
    if (origin === 'history') item?.focus({ preventScroll: true });
  }

  /** The client for URLs (calendar links), or `undefined` while the element is not set up. */
  protected get directory(): DirectoryClient | undefined {
    try {
      return directoryClient(this.client ?? this.apiUrl, this.i18n.apiLanguage, this.localName);
    } catch {
      return undefined;
    }
  }

  /** The visitor followed an event's title link: tell the page, which may keep the visitor here. */
  protected selectEvent(event: DirectoryEvent, click: MouseEvent): void {
    const detail: EventSelectDetail = { event, origin: 'click' };
    if (this.emit('saxon-event-select', detail)) return;
    // The page shows the event itself: with `sync-url` the URL names it, in a new history entry.
    click.preventDefault();
    this.selectedId = event.id;
    this.pendingSelection = undefined;
    this.urlState.record('detail');
    this.requestUpdate();
  }

  /** The visitor chose filter values: they apply as if the page had set the attribute. */
  protected setFilter(name: FilterName, values: readonly string[]): void {
    this[name] = values.join(',');
    // Another selection of events: the selected one belongs to the one before.
    this.selectedId = undefined;
    this.urlState.record('push');
  }

  /** Another widget of the context changed the filters: its topics and Kreis apply here. */
  protected applyContext(shared: ContextFilters): void {
    this.topic = (shared.topics ?? []).join(',');
    this.contextKreis = shared.kreis ?? '';
  }

  /** "Weitere Veranstaltungen laden": appends the next page and takes focus to its first event. */
  protected readonly loadMore = async (): Promise<void> => {
    if (!this.directory || !this.data.value || this.data.loadingMore) return;
    const root = this.shadowRoot!;
    const button = root.activeElement;
    const added = await this.data.loadMore();
    await this.updateComplete;
    // Focus was on the button (gone now, or still there): take it to the first event that came in,
    // unless the visitor has moved on meanwhile.
    const active = root.activeElement;
    if (added && button && (active === null || active === button)) {
      root.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(added.id)}"]`)?.focus();
    }
  };
}
