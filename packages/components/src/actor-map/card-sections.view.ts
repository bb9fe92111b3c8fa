// The actor card's own sections beyond the actor's facts: "Nächste Veranstaltungen" and "Offene
// Daten dieses Akteurs", each with its own loading, empty and error state.
import type { Dataset, DirectoryEvent, EventPage } from '@saxon-ai/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { DataState } from '../shared/data-controller.js';
import { heading } from '../shared/heading.js';
import { describeError } from '../shared/error-message.js';
import { dateTimeFormat } from '../shared/i18n/intl-cache.js';
import type { Localizer } from '../shared/i18n/localizer.js';
import type { MessageKey } from '../shared/i18n/messages.js';
import { safeUrl } from '../shared/safe-url.js';
import type { PublisherDatasets } from './card-datasets.js';

/** One section's load, as the card shows it. */
export interface SectionLoad<T> {
  state: DataState;
  value: T | undefined;
  error: unknown;
  retry: () => void;
}

export interface CardSectionsOptions {
  i18n: Localizer;
  /** The level of the sections' headings (one below the card's title). */
  headingLevel: number;
  events: SectionLoad<EventPage>;
  /** `undefined` when the page names no open-data portal: the section is left out. */
  datasets: SectionLoad<PublisherDatasets> | undefined;
}

/** The start of an event in Europe/Berlin: "Di., 12. Mai 2026, 18:00", or the day for all-day events. */
function when(i18n: Localizer, event: DirectoryEvent): string {
  const locales = [i18n.lang, 'de'];
  if (event.allDay) {
    // A plain date: formatted as the calendar day it names, not shifted by a time zone.
    const day = new Date(`${event.start.slice(0, 10)}T12:00:00Z`);
    return dateTimeFormat(locales, { dateStyle: 'full', timeZone: 'UTC' }).format(day);
  }
  return dateTimeFormat(locales, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(new Date(event.start));
}

const STATUS_LABEL: Partial<Record<DirectoryEvent['status'], MessageKey>> = {
  cancelled: 'actorMapEventCancelled',
  postponed: 'actorMapEventPostponed',
  rescheduled: 'actorMapEventRescheduled',
};

function eventItem(i18n: Localizer, event: DirectoryEvent) {
  const link = safeUrl(event.url);
  const status = STATUS_LABEL[event.status];
  return html`<li class="card-item" part="detail-event">
    ${link ? html`<a href=${link}>${event.title}</a>` : html`<span>${event.title}</span>`}
    <span class="card-meta"
      ><time datetime=${event.start}>${when(i18n, event)}</time>${
        status ? html` · <strong>${i18n.t(status)}</strong>` : nothing
      }</span
    >
  </li>`;
}

function datasetItem(dataset: Dataset) {
  const link = safeUrl(dataset.landingPage);
  return html`<li class="card-item" part="detail-dataset">
    ${link ? html`<a href=${link}>${dataset.title}</a>` : html`<span>${dataset.title}</span>`}
  </li>`;
}

/** A section: heading, then skeleton, error with retry, the empty words, or `list`. */
function section<T>(
  options: CardSectionsOptions,
  name: 'events' | 'datasets',
  title: string,
  load: SectionLoad<T>,
  empty: string,
  list: (value: T) => TemplateResult,
) {
  const id = `detail-${name}-title`;
  let body: unknown;
  if (load.state === 'loading' || (load.state === 'success' && load.value === undefined)) {
    body = html`<saxon-skeleton part=${`detail-${name}-skeleton`} lines="2"></saxon-skeleton>`;
  } else if (load.state === 'error') {
    body = html`<saxon-error-panel
      part=${`detail-${name}-error`}
      .error=${load.error}
      @saxon-retry=${load.retry}
    ></saxon-error-panel>`;
  } else if (load.state === 'empty') {
    body = html`<p class="card-empty" part=${`detail-${name}-empty`}>${empty}</p>`;
  } else {
    body = list(load.value as T);
  }
  return html`<section
    class="card-section"
    part=${`detail-${name}`}
    aria-labelledby=${id}
    aria-busy=${load.state === 'loading' ? 'true' : 'false'}
  >
    ${heading(options.headingLevel, { id, className: 'card-heading' }, title)} ${body}
  </section>`;
}

/**
 * What the card's live region says: each section that failed, by its title ("Nächste
 * Veranstaltungen: Der Server antwortet nicht …"), as the map's own region says its list failed.
 * Loading and lists are not announced (the card's title was, when it opened).
 */
function sectionsAnnouncement(options: CardSectionsOptions): string {
  const { i18n } = options;
  const failed: [string, SectionLoad<unknown> | undefined][] = [
    [i18n.t('actorMapEventsTitle'), options.events],
    [i18n.t('actorMapDatasetsTitle'), options.datasets],
  ];
  return failed
    .filter(([, load]) => load?.state === 'error')
    .map(([section, load]) =>
      i18n.t('actorMapSectionFailed', { section, error: describeError(load!.error, i18n) }),
    )
    .join(' ');
}

/** "Nächste Veranstaltungen" and, with a portal, "Offene Daten dieses Akteurs". */
export function renderCardSections(options: CardSectionsOptions) {
  const { i18n } = options;
  const events = section(
    options,
    'events',
    i18n.t('actorMapEventsTitle'),
    options.events,
    i18n.t('actorMapEventsNone'),
    (page) =>
      html`<ul class="card-list">
          ${page.items.map((event) => eventItem(i18n, event))}
        </ul>
        ${
          page.total > page.items.length
            ? html`<p class="card-more">${i18n.t('actorMapEventsMore', { count: page.total })}</p>`
            : nothing
        }`,
  );
  const datasets = options.datasets
    ? section(
        options,
        'datasets',
        i18n.t('actorMapDatasetsTitle'),
        options.datasets,
        i18n.t('actorMapDatasetsNone'),
        (found) =>
          html`<ul class="card-list">
              ${found.items.map(datasetItem)}
            </ul>
            ${
              found.total > found.items.length
                ? html`<p class="card-more">
                    ${i18n.t('actorMapDatasetsMore', { count: found.total })}
                  </p>`
                : nothing
            }`,
      )
    : nothing;
  // In the DOM from the first render of the sections on: a region announces only later changes.
  const status = html`<div role="status" class="visually-hidden" part="detail-sections-status">
    ${sectionsAnnouncement(options)}
  </div>`;
  return html`${events}${datasets}${status}`;
}
