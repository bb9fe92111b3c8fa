import { html } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { DirectoryEvent } from '@saxon-ai/sdk';
import type { EventListLayout } from './attributes.js';
import { heading } from '../shared/heading.js';
import { localesRevision } from '../shared/i18n/locales.js';
import { renderEventItem, type EventItemContext } from './event-item.view.js';
import { formatMonth, monthOf } from './format-range.js';

/** How the months are laid out. */
export interface MonthsOptions {
  layout: EventListLayout;
  /** Level of the month headings; event titles are one below. */
  headingLevel: number;
  /** Accessible name of the region, "Veranstaltungen". */
  label: string;
  item: Omit<EventItemContext, 'headingLevel'>;
}

/**
 * The month each event starts in, worked out once per event: the list groups all its events again
 * whenever it renders (every appended page), and each look-up formats a date in Berlin time.
 */
const monthByEvent = new WeakMap<DirectoryEvent, string>();

function startMonth(event: DirectoryEvent): string {
  let month = monthByEvent.get(event);
  if (month === undefined) monthByEvent.set(event, (month = monthOf(event)));
  return month;
}

/** Events in their order, grouped by the month they start in (Berlin time). */
export function groupByMonth(events: readonly DirectoryEvent[]): Map<string, DirectoryEvent[]> {
  const months = new Map<string, DirectoryEvent[]>();
  for (const event of events) {
    const month = startMonth(event);
    const group = months.get(month);
    if (group) group.push(event);
    else months.set(month, [event]);
  }
  return months;
}

/**
 * Everything an event's markup depends on besides the event itself. "Load more" appends a page and
 * re-renders the list: an event whose inputs are all unchanged keeps its markup as it is (`guard`),
 * so each event's dates, links and texts are worked out once, not once per page loaded.
 * `onSelect` is left out: it is read when the visitor clicks, and must not change what it does.
 * Whether the event shows its details is in: filling them in re-renders just those events.
 */
function itemInputs(event: DirectoryEvent, item: EventItemContext): unknown[] {
  const { i18n } = item;
  return [
    event,
    i18n.lang,
    i18n.declaredLang,
    i18n.apiLanguage,
    localesRevision(),
    item.headingLevel,
    item.topicLabels,
    item.description,
    item.icalUrl,
    event.id === item.selectedId,
    item.detailed(event),
  ];
}

/** The events under month headings ("Oktober 2026"), one list a month, keyed for stable focus. */
export function renderMonths(events: readonly DirectoryEvent[], options: MonthsOptions) {
  const item = { ...options.item, headingLevel: Math.min(options.headingLevel + 1, 6) };
  // prettier-ignore
  return html`<div class="events layout-${options.layout}" part="list" role="region"
    aria-label=${options.label}>${repeat(
      groupByMonth(events),
      ([month]) => month,
      ([month, monthEvents]) =>
        html`<div class="month" part="month">${heading(
          options.headingLevel,
          { className: 'month-heading', part: 'month-heading' },
          formatMonth(month, item.i18n.lang),
        )}<ul class="month-events" part="events">${repeat(
          monthEvents,
          (event) => event.id,
          (event) => guard(itemInputs(event, item), () => renderEventItem(event, item)),
        )}</ul></div>`,
    )}</div>`;
}
