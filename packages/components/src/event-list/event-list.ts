import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { DirectoryClient, DirectoryEvent, EventPage } from '@saxon-ai/sdk';
import { SaxonElement } from '../shared/base-element.js';
import { addBuiltInMessages } from '../shared/i18n/locales.js';
import { eventListDe, eventListEn } from './messages.js';
// Also for its `declare global`, which the published type declarations keep only through this import.
import './messages.js';
import { DataController } from '../shared/data-controller.js';
import { directoryClient } from '../shared/directory-client.js';
import { describeError } from '../shared/error-message.js';
import { skipEnd, skipLinkStyles, skipWidgetLink } from '../shared/skip-link.js';
import { liveRegion } from '../shared/live-region.js';
import { safeUrl } from '../shared/safe-url.js';
import { renderStates } from '../shared/states.js';
import { themeStyles } from '../shared/theme.js';
import { eventListConfig, filterLabel, type EventListConfig } from './config.js';
import { eventListStyles } from './event-list.styles.js';
import { renderFilters, type EventFacets, type FilterName } from './filters.js';
import { syncJsonLd } from './json-ld.js';
import { renderMonths } from './months.js';
import { MoreLoader } from './more-loader.js';

/** Detail of `saxon-event-select`. */
export interface EventSelectDetail {
  /** The event whose title link the visitor followed. */
  event: DirectoryEvent;
}

/**
 * Upcoming events of the Saxon AI actor directory — congresses, network meetings, workshops —
 * grouped by month, with date and time in Europe/Berlin, place or "Online", status in words,
 * organizers and topics, an "In den Kalender" link per event and a calendar subscription for the
 * whole selection. The shown events are also published as schema.org `Event` JSON-LD in the light
 * DOM (a `<script type="application/ld+json" data-saxon-event-list>` child of the element), where
 * search engines read it.
 *
 * @tagname saxon-event-list
 * @summary Upcoming events with calendar links, filters and schema.org data.
 * @fires saxon-event-select - The visitor followed an event's title link (bubbles, composed,
 * cancelable); `detail` is `{ event }`. Cancel it to show the event on the page instead.
 * @csspart skip-widget - "Veranstaltungen überspringen", shown while focused: focus goes past the element.
 * @csspart skip-end - The end of the element, where skipping it leads at the end of a page.
 * @csspart status - The visually hidden live region that announces how many events are shown.
 * @csspart filters - The filter form (with the `filters` attribute).
 * @csspart filter - One labelled filter control.
 * @csspart filter-label - A filter's label.
 * @csspart filter-select - A filter's `<select>`.
 * @csspart content - The area that shows placeholder, error, empty state or the events.
 * @csspart skeleton - Placeholder bars while loading.
 * @csspart error - The error panel.
 * @csspart error-title - Its title.
 * @csspart error-message - Its explanation.
 * @csspart retry-button - Its retry button.
 * @csspart empty - The empty state ("Keine anstehenden Veranstaltungen.").
 * @csspart list - The events, all months.
 * @csspart month - One month: its heading and its events.
 * @csspart month-heading - A month's heading ("Oktober 2026").
 * @csspart events - The list of one month's events.
 * @csspart event - One event.
 * @csspart title - An event's heading.
 * @csspart title-link - The link of an event's title to its web page.
 * @csspart event-status - "Abgesagt", "Verschoben" or "Neuer Termin".
 * @csspart date - Date and time.
 * @csspart place - Place or "Online", with the attendance badge.
 * @csspart attendance - The attendance badge: "Vor Ort", "Online" or "Hybrid".
 * @csspart description - The start of an event's description (not in the compact layout).
 * @csspart organizers - "Veranstaltet von …".
 * @csspart topics - An event's topics.
 * @csspart topic - One topic.
 * @csspart actions - An event's links.
 * @csspart ical-link - "In den Kalender": the event as an `.ics` file.
 * @csspart registration-link - "Anmeldung".
 * @csspart more - The area below the events: "Weitere Veranstaltungen laden" and its error.
 * @csspart more-button - "Weitere Veranstaltungen laden".
 * @csspart more-error - Why loading more failed.
 * @csspart subscribe - The calendar subscription for the whole selection.
 * @csspart subscribe-link - Its link to the iCalendar feed.
 */
export class SaxonEventList extends SaxonElement {
  static {
    addBuiltInMessages({ de: eventListDe, en: eventListEn });
  }

  static override styles = [themeStyles, eventListStyles, skipLinkStyles];

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
  @property({ attribute: 'attendance-mode' }) attendanceMode = '';

  /** Events per page, 1–200; "Weitere Veranstaltungen laden" appends the next page. */
  @property({ type: Number }) limit = 10;

  /** `list` (default), `compact` (dense rows, no descriptions) or `cards` (a grid of cards). */
  @property() layout = 'list';

  /** Shows filter controls for topic, place and attendance. */
  @property({ type: Boolean }) filters = false;

  /** Level of the month headings, 1–5 (default 3); event titles are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  private config: EventListConfig = eventListConfig(this);
  private readonly warned = new Map<string, string>();
  private facets?: EventFacets;
  private readonly more = new MoreLoader(this);

  private readonly data = new DataController(this, {
    i18n: this.i18n,
    args: () => [this.client ?? this.apiUrl, this.i18n.apiLanguage, this.config.filter] as const,
    task: ([source, language, filter], { signal }) =>
      directoryClient(source, language, this.localName).events.list(
        { ...filter, offset: 0 },
        { signal },
      ),
    // An empty answer is shown by the list itself, with its own words.
    isEmpty: () => false,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.config = eventListConfig(this);
    for (const [attribute, warning] of this.config.warnings) {
      if (this.warned.get(attribute) !== warning) console.warn(warning);
      this.warned.set(attribute, warning);
    }
    for (const attribute of this.warned.keys()) {
      if (!this.config.warnings.has(attribute)) this.warned.delete(attribute);
    }
    const first = this.data.value;
    if (first) this.facets = first.facets;
    this.more.sync(first);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    syncJsonLd(this, this.data.state === 'success' ? this.more.events : []);
  }

  override render() {
    const name = this.i18n.t('eventListLabel');
    return html`${skipWidgetLink(this.i18n.t('skipWidget', { widget: name }), this, this.data.error)}
    ${liveRegion(this.announcement())} ${this.filters ? this.renderFilterControls() : nothing}
    ${renderStates(this.data, (first) => this.renderEvents(first), {
      skeletonItems: this.config.filter.limit,
      skeletonLines: 6,
    })}
    ${this.renderSubscribe()} ${skipEnd(this.i18n.t('skipEnd', { widget: name }))}`;
  }

  /** The client for URLs (calendar links), or `undefined` while the element is not set up. */
  private get directory(): DirectoryClient | undefined {
    try {
      return directoryClient(this.client ?? this.apiUrl, this.i18n.apiLanguage, this.localName);
    } catch {
      return undefined;
    }
  }

  private get emptyText(): string {
    const { from, to } = this.config.filter;
    return this.i18n.t(from || to ? 'eventListEmptyRange' : 'eventListEmpty');
  }

  private announcement(): string {
    if (this.data.state !== 'success') return this.data.announcement;
    if (this.more.loading) return this.i18n.t('eventListMoreLoading');
    if (this.more.error) return describeError(this.more.error, this.i18n);
    const shown = this.more.events.length;
    const total = Math.max(this.more.total, shown);
    if (shown === 0) return this.emptyText;
    return shown < total
      ? this.i18n.t('eventListShown', { shown, count: total })
      : this.i18n.t('eventListCount', { count: total });
  }

  private renderEvents(first: EventPage) {
    const events = this.more.events;
    if (events.length === 0) {
      return html`<saxon-empty-state part="empty">${this.emptyText}</saxon-empty-state>`;
    }
    const directory = this.directory;
    return html`${renderMonths(events, {
      layout: this.config.layout,
      headingLevel: this.config.headingLevel,
      label: this.i18n.t('eventListLabel'),
      item: {
        i18n: this.i18n,
        topicLabels: new Map(first.facets.topic.map((facet) => [facet.value, facet.label])),
        description: this.config.layout !== 'compact',
        icalUrl: (event) => directory?.events.eventIcalUrl(event.id),
        onSelect: (event, click) => {
          const detail: EventSelectDetail = { event };
          if (!this.emit('saxon-event-select', detail)) click.preventDefault();
        },
      },
    })}
    ${this.renderMore()}`;
  }

  private renderMore() {
    if (!this.more.hasMore && !this.more.error) return nothing;
    const loading = this.more.loading;
    return html`<div class="more" part="more">
      ${
        this.more.error
          ? html`<p class="more-error" part="more-error">
              ${this.i18n.t('errorTitle')} ${describeError(this.more.error, this.i18n)}
            </p>`
          : nothing
      }
      ${
        this.more.hasMore
          ? html`<button
              class="button more-button"
              part="more-button"
              type="button"
              aria-disabled=${loading ? 'true' : 'false'}
              @click=${this.loadMore}
            >
              ${this.i18n.t(loading ? 'eventListMoreLoading' : 'eventListMore')}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderFilterControls() {
    const filter = this.config.filter;
    return renderFilters({
      i18n: this.i18n,
      facets: this.facets,
      selected: {
        topic: filter.topic ?? [],
        city: filter.city ?? [],
        attendanceMode: filter.attendanceMode ?? [],
      },
      labelOf: (name, value) => filterLabel(name, value, this.facets, this.i18n),
      onChange: (name: FilterName, values) => {
        this[name] = values.join(',');
      },
    });
  }

  private renderSubscribe() {
    // Without a `from` of the page's own, the feed keeps following "upcoming" as time goes by.
    const { limit: _limit, ...feed } = this.config.filter;
    const href = safeUrl(this.directory?.events.icalUrl(feed));
    if (!href) return nothing;
    return html`<p class="subscribe" part="subscribe">
      <a href=${href} part="subscribe-link">${this.i18n.t('eventListSubscribe')}</a>
      <span class="hint">${this.i18n.t('eventListSubscribeHint')}</span>
    </p>`;
  }

  private readonly loadMore = async (): Promise<void> => {
    const directory = this.directory;
    if (!directory || !this.data.value || this.more.loading) return;
    const root = this.shadowRoot!;
    const button = root.activeElement;
    const filter = this.config.filter;
    const added = await this.more.loadMore((offset, signal) =>
      directory.events.list({ ...filter, offset }, { signal }),
    );
    await this.updateComplete;
    // Focus was on the button (gone now, or still there): take it to the first event that came in,
    // unless the visitor has moved on meanwhile.
    const active = root.activeElement;
    if (added && button && (active === null || active === button)) {
      root.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(added.id)}"]`)?.focus();
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'saxon-event-list': SaxonEventList;
  }
  interface HTMLElementEventMap {
    'saxon-event-select': CustomEvent<EventSelectDetail>;
  }
}
