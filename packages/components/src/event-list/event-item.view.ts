import { html, nothing } from 'lit';
import type { DirectoryEvent } from '@saxon-ai/sdk';
import type { Localizer } from '../shared/i18n/localizer.js';
import type { MessageKey } from '../shared/i18n/messages.js';
import { heading } from '../shared/heading.js';
import { contentLang } from '../shared/i18n/content-lang.js';
import { DEFAULT_LOCALE } from '../shared/i18n/locales.js';
import { calendarUrls } from './calendar-links.js';
import { eventUrl, plainDescription } from './event-text.js';
import { formatEventRange, type FormattedRange } from './format-range.js';
import { listFormat } from '../shared/i18n/intl-cache.js';

/** What rendering one event needs from the list. */
export interface EventItemContext {
  i18n: Localizer;
  /** Level of the event title's heading (2–6). */
  headingLevel: number;
  /** Topic labels by id, in the current language. */
  topicLabels: ReadonlyMap<string, string>;
  /** Whether to show the description (not in the compact layout). */
  description: boolean;
  /** The `.ics` URL of one event, a safe link (see `safeUrl`), or undefined. */
  icalUrl: (event: DirectoryEvent) => string | undefined;
  /** The id of the selected event (the page shows it), marked `aria-current`. */
  selectedId?: string;
  /** The visitor followed the title link; call `preventDefault()` on `click` to stay on the page. */
  onSelect: (event: DirectoryEvent, click: MouseEvent) => void;
  /**
   * Whether the event shows its details yet — description, organizers, topics and links — or only
   * its title, date and place until the list fills them in (see `EventListBase#update`).
   */
  detailed: (event: DirectoryEvent) => boolean;
}

const STATUS_KEYS: Partial<Record<DirectoryEvent['status'], MessageKey>> = {
  cancelled: 'eventListStatusCancelled',
  postponed: 'eventListStatusPostponed',
  rescheduled: 'eventListStatusRescheduled',
};

const MODE_KEYS: Record<DirectoryEvent['attendanceMode'], MessageKey> = {
  offline: 'eventListModeOffline',
  online: 'eventListModeOnline',
  mixed: 'eventListModeMixed',
};

const DESCRIPTION_LENGTH = 240;

/** Blank, or only invisible characters (zero-width spaces, bidi controls): nothing to read. */
const INVISIBLE = /^[\s\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]*$/;

/**
 * When the event takes place, in the current language. Not kept per event: an event's markup is
 * kept while its inputs stay the same (see `renderMonths`), and `formatEventRange` is cheap now
 * (it reuses Intl's layout of like ranges) for the rare re-render when they change.
 */
function rangeOf(event: DirectoryEvent, i18n: Localizer): FormattedRange {
  const zoneNames = {
    standard: i18n.t('eventListZoneStandard'),
    summer: i18n.t('eventListZoneSummer'),
  };
  return formatEventRange(event, i18n.lang, { zoneNames });
}

function placeText(event: DirectoryEvent, i18n: Localizer): string | undefined {
  const { location } = event;
  // An online event's badge already says "Online".
  if (event.attendanceMode === 'online') return undefined;
  if (!location) return event.attendanceMode === 'mixed' ? i18n.t('eventListOnline') : undefined;
  const where = location.address ?? (location.name.includes(location.city) ? '' : location.city);
  return where ? `${location.name}, ${where}` : location.name;
}

function shortDescription(event: DirectoryEvent): string {
  const text = plainDescription(event).replace(/\s+/g, ' ');
  if (text.length <= DESCRIPTION_LENGTH) return text;
  const cut = text.slice(0, DESCRIPTION_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), DESCRIPTION_LENGTH - 40))} …`;
}

const AND: Intl.ListFormatOptions = { type: 'conjunction' };

function organizerNames(event: DirectoryEvent, i18n: Localizer): string {
  const names = event.organizers.map((organizer) => organizer.name.trim()).filter(Boolean);
  return listFormat([i18n.lang, DEFAULT_LOCALE], AND).format(names);
}

/** The title to show: the event's own, or "Veranstaltung ohne Titel" when it has nothing to read. */
function displayTitle(event: DirectoryEvent, i18n: Localizer): string {
  return INVISIBLE.test(event.title) ? i18n.t('eventListUntitled') : event.title;
}

/**
 * "In den Kalender" with "Google Kalender" and "Outlook" beside it, and "Anmeldung". The service
 * links are plain links built here, which send nothing anywhere until the visitor follows one, and
 * then neither the page's address nor a way back to it. One template for the three calendar links:
 * a template per link cost more time (and bytes) than the links themselves.
 */
function renderActions(event: DirectoryEvent, context: EventItemContext, title: string) {
  const { i18n } = context;
  const ical = context.icalUrl(event);
  const registration = eventUrl(event.registrationUrl);
  if (!ical && !registration) return nothing;
  const google = i18n.t('eventListGoogle');
  const outlook = i18n.t('eventListOutlook');
  const [googleUrl, outlookUrl] = ical ? calendarUrls(event, i18n.lang) : [];
  const more = registration
    ? html`<a class="action" part="registration-link" href=${registration}
        >${i18n.t('eventListRegister')}<span
          class="visually-hidden"
          .textContent=${` ${i18n.t('eventListRegisterFor', { title })}`}
        ></span
      ></a>`
    : nothing;
  // The paragraph and the calendar links in one template (a template instance less per event).
  // White space only where it shows (between links): each blank text node is cloned per event.
  // prettier-ignore
  return ical
    ? html`<p class="actions" part="actions"
        ><a class="action" part="ical-link" href=${ical} download=${`${event.id}.ics`}
          >${i18n.t('eventListAddToCalendar')}<span class="visually-hidden"
            .textContent=${`: ${i18n.t('eventListAddToCalendarFor', { title })}`}></span
          ></a
        > <a class="action" part="google-calendar-link" href=${googleUrl}
          rel="noopener noreferrer" referrerpolicy="no-referrer"
          >${google}<span class="visually-hidden"
            .textContent=${`: ${i18n.t('eventListAddToServiceFor', { title, service: google })}`}></span
          ></a
        ><a class="action" part="outlook-calendar-link" href=${outlookUrl}
          rel="noopener noreferrer" referrerpolicy="no-referrer"
          >${outlook}<span class="visually-hidden"
            .textContent=${`: ${i18n.t('eventListAddToServiceFor', { title, service: outlook })}`}></span
          ></a
        > ${more}</p
      >`
    : html`<p class="actions" part="actions"> ${more}</p>`;
}

/** An event's topics as `<li>` elements in one fragment: one part for all, not one template each. */
function topicItems(event: DirectoryEvent, labels: ReadonlyMap<string, string>): DocumentFragment {
  const items = document.createDocumentFragment();
  for (const topic of event.topics) {
    const item = items.appendChild(document.createElement('li'));
    item.className = 'topic';
    item.setAttribute('part', 'topic');
    item.textContent = labels.get(topic) ?? topic;
  }
  return items;
}

/**
 * One event: title (a link when the event has a web page) with its status in words, date and time
 * in Europe/Berlin, place or "Online" with the attendance badge, and its details: description,
 * organizers by name, topics, and the links "In den Kalender" and "Anmeldung".
 *
 * A list renders hundreds of these at once, so the markup is lean where it costs: an element whose
 * only content is a text takes it as `.textContent` (a text binding adds a marker comment and a
 * part per text), the date sits in the event's own template, and the topics come as one fragment.
 */
export function renderEventItem(event: DirectoryEvent, context: EventItemContext) {
  const { i18n } = context;
  const statusKey = STATUS_KEYS[event.status];
  const url = eventUrl(event.url);
  const place = placeText(event, i18n);
  const detailed = context.detailed(event);
  const description = detailed && context.description ? shortDescription(event) : '';
  const organizers = detailed && organizerNames(event, i18n);
  const name = displayTitle(event, i18n);
  const range = rangeOf(event, i18n);
  // The event's own texts are in its language; the fallback title is in the widget's.
  const textLang = contentLang(event.language, i18n.declaredLang);
  const titleLang = name === event.title ? textLang : undefined;
  const link = url
    ? html`<a
        class="title-link"
        part="title-link"
        href=${url}
        lang=${titleLang ?? nothing}
        @click=${(click: MouseEvent) => context.onSelect(event, click)}
        .textContent=${name}
      ></a>`
    : html`<span class="title-text" lang=${titleLang ?? nothing} .textContent=${name}></span>`;
  // Status and title side by side as a list, not in a template of their own (one less per event).
  const title = statusKey
    ? [
        html`<span
            class="badge status-${event.status}"
            part="event-status"
            .textContent=${i18n.t(statusKey)}
          ></span
          ><span class="visually-hidden">: </span>`,
        link,
      ]
    : link;

  const selected = event.id === context.selectedId;
  // No blank text between the blocks of an event: they show nothing, yet each is cloned per event
  // (and Prettier would put it back).
  // prettier-ignore
  return html`<li class="event status-${event.status}${selected ? ' selected' : ''}"
    part=${selected ? 'event selected-event' : 'event'} aria-current=${selected ? 'true' : nothing}
    data-event-id=${event.id} tabindex="-1"
    >${heading(context.headingLevel, { className: 'title', part: 'title' }, title)}<p class="when"
      part="date"><time datetime=${range.start.datetime || nothing} .textContent=${range.start.text}
      ></time>${
        range.end
          ? html`${range.separator}<time datetime=${range.end.datetime} .textContent=${range.end.text}
              ></time>`
          : nothing
      }${range.singleDay ? `, ${i18n.t('eventListAllDay')}` : nothing}</p
    ><p class="where" part="place"
      >${place ? html`<span class="place-text" .textContent=${place}></span> ` : nothing}<span
        class="badge mode-${event.attendanceMode}" part="attendance"
        .textContent=${i18n.t(MODE_KEYS[event.attendanceMode])}></span
      ></p
    >${detailed ? html`${
      description
        ? html`<p class="description" part="description" lang=${textLang ?? nothing}
            .textContent=${description}></p>`
        : nothing
    }${
      organizers
        ? html`<p class="organizers" part="organizers"
            .textContent=${i18n.t('eventListOrganizers', { names: organizers })}></p>`
        : nothing
    }${
      event.topics.length
        ? html`<ul class="topics" part="topics" aria-label=${i18n.t('eventListTopics')}
            lang=${contentLang(i18n.apiLanguage, i18n.declaredLang) ?? nothing}
            >${topicItems(event, context.topicLabels)}</ul
          >`
        : nothing
    }${renderActions(event, context, name)}` : nothing}</li
  >`;
}
