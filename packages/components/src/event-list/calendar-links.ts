import type { DirectoryEvent } from '@saxon-ai/sdk';
import { safeUrl } from '../shared/safe-url.js';
import { plainDescription } from './event-text.js';

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
  return safeUrl(event.onlineUrl) ?? '';
}

/** What both services' links say of an event besides its times, by event (worked out once). */
const texts = new WeakMap<DirectoryEvent, { details: string; location: string }>();

function textsOf(event: DirectoryEvent): { details: string; location: string } {
  let found = texts.get(event);
  if (!found)
    texts.set(event, (found = { details: detailsText(event), location: placeLine(event) }));
  return found;
}

/** The description as plain text, shortened, followed by the event's web page. */
function detailsText(event: DirectoryEvent): string {
  let text = plainDescription(event).trim();
  if (text.length > DETAILS_LENGTH) text = `${text.slice(0, DETAILS_LENGTH).trimEnd()} …`;
  const url = safeUrl(event.url);
  return [text, url].filter(Boolean).join('\n\n');
}

/** Start and (exclusive, for all-day events) end of the event, both present. */
function span(event: DirectoryEvent): { start: string; end: string } {
  if (event.allDay) return { start: event.start, end: event.end ?? nextDay(event.start) };
  return { start: event.start, end: event.end ?? event.start };
}

/** Google Calendar's "add event" page for `event`, in `lang` (`de`, `en`, …). */
export function googleCalendarUrl(event: DirectoryEvent, lang: string): string {
  const { start, end } = span(event);
  const query = new URLSearchParams({
    action: 'TEMPLATE',
    text: event.title,
    dates: `${compact(start, event.allDay)}/${compact(end, event.allDay)}`,
    ctz: event.timeZone,
    details: textsOf(event).details,
    location: textsOf(event).location,
    hl: lang,
  });
  return `${GOOGLE}?${query}`;
}

/** Outlook.com's "new event" page for `event`. */
export function outlookCalendarUrl(event: DirectoryEvent): string {
  const { start, end } = span(event);
  const query = new URLSearchParams({
    rru: 'addevent',
    subject: event.title,
    startdt: start,
    enddt: end,
    ...(event.allDay ? { allday: 'true' } : {}),
    body: textsOf(event).details,
    location: textsOf(event).location,
  });
  return `${OUTLOOK}?${query}`;
}
