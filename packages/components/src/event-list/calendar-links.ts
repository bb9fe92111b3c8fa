import type { DirectoryEvent } from '@saxon-ai/sdk';
import { eventUrl, plainDescription } from './event-text.js';

// "Add to Google Calendar / Outlook" as plain links built here, from the event alone: nothing is
// sent to Google or Microsoft until the visitor follows one. The addresses and their parameters
// are the services' public "add event" links (Google: calendar.google.com/calendar/render with
// action=TEMPLATE; Outlook.com: outlook.live.com/calendar/0/action/compose with rru=addevent).

const GOOGLE = 'https://calendar.google.com/calendar/render';
const OUTLOOK = 'https://outlook.live.com/calendar/0/action/compose';

/** Keeps the links well under the 2,000 characters that some browsers and proxies still cut at. */
const DETAILS_LENGTH = 600;

/** The day after a `YYYY-MM-DD` date (an all-day event without `end` lasts its one day). */
function nextDay(date: string): string {
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** `2026-10-15T09:00:00+02:00` → `20261015T070000Z`; `2026-10-15` → `20261015`. */
function compact(value: string, allDay: boolean): string {
  if (allDay) return value.replaceAll('-', '');
  return new Date(value).toISOString().replace(/[-:]|\.\d{3}/g, '');
}

/** The place as one line: venue and address, or the online address for online events. */
function placeLine(event: DirectoryEvent): string {
  const { location } = event;
  if (location && event.attendanceMode !== 'online') {
    const where = location.address ?? location.city;
    return location.name.includes(where) ? location.name : `${location.name}, ${where}`;
  }
  return eventUrl(event.onlineUrl) ?? '';
}

/** The description as plain text, shortened, followed by the event's web page. */
function detailsText(event: DirectoryEvent): string {
  let text = plainDescription(event).trim();
  if (text.length > DETAILS_LENGTH) text = `${text.slice(0, DETAILS_LENGTH).trimEnd()} …`;
  const url = eventUrl(event.url);
  return [text, url].filter(Boolean).join('\n\n');
}

/**
 * `value` for a query string. Lone surrogates (hostile or broken text) become U+FFFD first, as
 * URLSearchParams would do: `encodeURIComponent` throws on them.
 */
const encoded = (value: string) => encodeURIComponent(value.replace(/[\ud800-\udfff]/gu, '\ufffd'));

/**
 * Google Calendar's "add event" page and Outlook.com's "new event" page for `event`, Google's in
 * `lang` (`de`, `en`, …). Both at once: they share the event's times, details and place, which are
 * worked out and encoded once (URLSearchParams encoded each link's parameters anew: with the
 * description in both links, most of the work of building them).
 */
export function calendarUrls(event: DirectoryEvent, lang: string): [string, string] {
  const { start, allDay } = event;
  // The end is exclusive for all-day events; one without an end lasts its day, or its moment.
  const end = event.end ?? (allDay ? nextDay(start) : start);
  const title = encoded(event.title);
  const details = encoded(detailsText(event));
  const location = encoded(placeLine(event));
  return [
    `${GOOGLE}?action=TEMPLATE&text=${title}&dates=${compact(start, allDay)}/${compact(end, allDay)}&ctz=${encoded(event.timeZone)}&details=${details}&location=${location}&hl=${encoded(lang)}`,
    `${OUTLOOK}?rru=addevent&subject=${title}&startdt=${encoded(start)}&enddt=${encoded(end)}${allDay ? '&allday=true' : ''}&body=${details}&location=${location}`,
  ];
}

/** Google Calendar's "add event" page for `event`, in `lang`. */
export const googleCalendarUrl = (event: DirectoryEvent, lang: string): string =>
  calendarUrls(event, lang)[0];

/** Outlook.com's "new event" page for `event` (it has no language of its own). */
export const outlookCalendarUrl = (event: DirectoryEvent): string => calendarUrls(event, 'de')[1];
