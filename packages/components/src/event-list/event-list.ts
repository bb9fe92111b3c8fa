import { html, nothing } from 'lit';
import type { DirectoryClient, DirectoryEvent, EventPage } from '@saxon-ai/sdk';
import { describeError } from '../shared/error-message.js';
import { liveRegion } from '../shared/live-region.js';
import { safeUrl, webcalUrl } from '../shared/safe-url.js';
import { skipEnd, skipLinkStyles, skipWidgetLink } from '../shared/skip-link.js';
import { renderStates } from '../shared/states.js';
import { themeStyles } from '../shared/theme.js';
import { EventListBase, type EventSelectDetail } from './event-list.base.js';
import { eventListStyles } from './event-list.styles.js';
import { filterLabel, renderFilters } from './filters.view.js';
import { renderMonths } from './months.view.js';

export type { EventSelectDetail } from './event-list.base.js';

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
 * @fires {CustomEvent<EventSelectDetail>} saxon-event-select - The visitor followed an event's title link (bubbles, composed,
 * cancelable); `detail` is `{ event, origin: 'click' }`. Cancel it to show the event on the page
 * instead. With `sync-url` it also fires with `origin: 'url'` when the page URL names an event
 * (a shared link, a reload, Back or Forward): show that event.
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
 * @csspart selected-event - The selected event (also `aria-current="true"`): the one the page
 * shows after cancelling `saxon-event-select`, or that a `sync-url` link names.
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
 * @csspart google-calendar-link - "Google Kalender": the event on Google Calendar's "add event"
 * page (a plain link: nothing is sent before the visitor follows it).
 * @csspart outlook-calendar-link - "Outlook": the event on Outlook.com's "new event" page (ditto).
 * @csspart registration-link - "Anmeldung".
 * @csspart more - The area below the events: "Weitere Veranstaltungen laden" and its error.
 * @csspart more-button - "Weitere Veranstaltungen laden".
 * @csspart more-error - Why loading more failed.
 * @csspart subscribe - The calendar subscription for the whole selection.
 * @csspart subscribe-link - Its `webcal:` link, which calendar apps take as a subscription.
 * @csspart feed-link - The feed's `https:` address, to copy into web calendars.
 */
export class SaxonEventList extends EventListBase {
  static override styles = [themeStyles, eventListStyles, skipLinkStyles];

  override render() {
    const name = this.i18n.t('eventListLabel');
    // prettier-ignore
    return html`${skipWidgetLink(this.i18n.t('skipWidget', { widget: name }), this, this.data.error)}${
      liveRegion(this.announcement())}${this.filters ? this.renderFilterControls() : nothing}${
      renderStates(this.data, (first) => this.renderEvents(first), {
        skeletonItems: this.config.filter.limit,
        skeletonLines: 6,
      })}${this.renderSubscribe()}${skipEnd(this.i18n.t('skipEnd', { widget: name }))}`;
  }

  private get emptyText(): string {
    const { from, to } = this.config.filter;
    return this.i18n.t(from || to ? 'eventListEmptyRange' : 'eventListEmpty');
  }

  private announcement(): string {
    if (this.data.state !== 'success') return this.data.announcement;
    if (this.data.loadingMore) return this.i18n.t('eventListMoreLoading');
    if (this.data.moreError) return describeError(this.data.moreError, this.i18n);
    const shown = this.data.items.length;
    const total = Math.max(this.data.total, shown);
    if (shown === 0) return this.emptyText;
    return shown < total
      ? this.i18n.t('eventListShown', { shown, count: total })
      : this.i18n.t('eventListCount', { count: total });
  }

  private renderEvents(first: EventPage) {
    const events = this.data.items;
    if (events.length === 0) {
      return html`<saxon-empty-state part="empty">${this.emptyText}</saxon-empty-state>`;
    }
    // prettier-ignore
    return html`${renderMonths(events, {
      layout: this.config.layout,
      headingLevel: this.config.headingLevel,
      label: this.i18n.t('eventListLabel'),
      item: {
        i18n: this.i18n,
        topicLabels: this.topicLabels(first),
        description: this.config.layout !== 'compact',
        icalUrl: this.icalUrlOf(this.directory),
        selectedId: this.selectedId,
        onSelect: this.onSelect,
        detailed: this.detailed,
      },
    })}${this.renderMore()}`;
  }

  // The same inputs give the same objects, so that events already shown keep their markup (see
  // `renderMonths`) when a page is appended.
  private labels?: { facets: EventPage['facets']; map: ReadonlyMap<string, string> };
  private icalUrls?: {
    directory: DirectoryClient | undefined;
    of: (event: DirectoryEvent) => string | undefined;
  };

  private topicLabels(first: EventPage): ReadonlyMap<string, string> {
    if (this.labels?.facets !== first.facets) {
      const map = new Map(first.facets.topic.map((facet) => [facet.value, facet.label]));
      this.labels = { facets: first.facets, map };
    }
    return this.labels.map;
  }

  /**
   * Each event's `.ics` address — only where the client's base URL makes a link `safeUrl` accepts.
   * Checked once: the SDK joins the base with the event's id encoded as one path segment, so an id
   * cannot change the scheme or host, and a link per event need not be parsed again.
   */
  private icalUrlOf(directory: DirectoryClient | undefined) {
    if (!this.icalUrls || this.icalUrls.directory !== directory) {
      const events = safeUrl(directory?.events.eventIcalUrl('x')) ? directory?.events : undefined;
      this.icalUrls = { directory, of: (event) => events?.eventIcalUrl(event.id) };
    }
    return this.icalUrls.of;
  }

  private readonly onSelect = (event: DirectoryEvent, click: MouseEvent) =>
    this.selectEvent(event, click);

  private renderMore() {
    const { hasMore, loadingMore, moreError } = this.data;
    if (!hasMore && !moreError) return nothing;
    // prettier-ignore
    return html`<div class="more" part="more">${
      moreError
        ? html`<p class="more-error" part="more-error">${this.i18n.t('errorTitle')} ${describeError(moreError, this.i18n)}</p>`
        : nothing
    }${
      hasMore
        ? html`<button class="button more-button" part="more-button" type="button"
            aria-disabled=${loadingMore ? 'true' : 'false'} @click=${this.loadMore}
            >${this.i18n.t(loadingMore ? 'eventListMoreLoading' : 'eventListMore')}</button>`
        : nothing
    }</div>`;
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
      onChange: (name, values) => this.setFilter(name, values),
    });
  }

  private renderSubscribe() {
    // Without a `from` of the page's own, the feed keeps following "upcoming" as time goes by.
    const { limit: _limit, ...feed } = this.config.filter;
    const directory = this.directory;
    const href = safeUrl(directory?.events.icalUrl(feed));
    if (!href) return nothing;
    // `webcal:` only for a feed of the API the page configured (the client's own base).
    const subscribe = webcalUrl(href, directory?.events.icalUrl());
    // prettier-ignore
    return html`<p class="subscribe" part="subscribe">${
      subscribe
        ? html`<a href=${subscribe} part="subscribe-link">${this.i18n.t('eventListSubscribe')}</a>
            <span class="hint">${this.i18n.t('eventListSubscribeHint')}</span> `
        : nothing
    }<a href=${href} part="feed-link">${this.i18n.t('eventListFeed')}</a></p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'saxon-event-list': SaxonEventList;
  }
  interface HTMLElementEventMap {
    'saxon-event-select': CustomEvent<EventSelectDetail>;
  }
}
