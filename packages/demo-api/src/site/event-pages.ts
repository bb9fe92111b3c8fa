import type { Context } from 'hono';
import { addDays, formatDate, parseDate } from '../../data/berlin-time.js';
import { demoLinks, expandOrigin } from '../../data/demo-links.js';
import type { ResolvedEvent } from '../../data/types.js';
import { ATTENDANCE_LABELS } from '../directory/model.js';
import { originOf } from '../http.js';
import type { SiteRecords } from '../store.js';
import { facts, markup, notFoundPage, page, paragraphs, type Markup } from './html.js';

const TIME_ZONE = 'Europe/Berlin';
const dayFormat = new Intl.DateTimeFormat('de-DE', { dateStyle: 'full', timeZone: TIME_ZONE });
const dateTimeFormat = new Intl.DateTimeFormat('de-DE', {
  dateStyle: 'full',
  timeStyle: 'short',
  timeZone: TIME_ZONE,
});
const timeFormat = new Intl.DateTimeFormat('de-DE', { timeStyle: 'short', timeZone: TIME_ZONE });

const STATUS: Record<ResolvedEvent['status'], string> = {
  scheduled: 'Findet statt',
  cancelled: 'Abgesagt',
  postponed: 'Verschoben',
  rescheduled: 'Neu angesetzt',
};

/** A calendar date shown as the Berlin day it is (noon UTC is that day in Berlin). */
const day = (date: string) => dayFormat.format(new Date(`${date}T12:00:00Z`));

export function whenText(event: ResolvedEvent): string {
  if (event.allDay) {
    const last = event.end ? formatDate(addDays(parseDate(event.end), -1)) : event.start;
    return last === event.start ? day(event.start) : `${day(event.start)} bis ${day(last)}`;
  }
  const start = new Date(event.start);
  if (!event.end) return `${dateTimeFormat.format(start)} Uhr`;
  const end = new Date(event.end);
  const sameDay = event.end.slice(0, 10) === event.start.slice(0, 10);
  return sameDay
    ? `${dateTimeFormat.format(start)} bis ${timeFormat.format(end)} Uhr`
    : `${dateTimeFormat.format(start)} Uhr bis ${dateTimeFormat.format(end)} Uhr`;
}

/** `/demo/veranstaltungen/{id}` and its `/anmeldung` and `/online` pages. */
export function createEventPages(records: SiteRecords) {
  const find = (c: Context) => records.events().find((event) => event.id === c.req.param('id'));
  const organizerNames = (event: ResolvedEvent) => [
    ...event.organizerIds.map((id) => records.actors.find((a) => a.id === id)?.name ?? id),
    ...(event.organizers ?? []).map((organizer) => organizer.name),
  ];
  const lang = (event: ResolvedEvent) => (event.language === 'en' ? 'en' : undefined);

  function summary(event: ResolvedEvent): Markup {
    const place = event.location
      ? [event.location.name, event.location.address, event.location.city]
          .filter(Boolean)
          .join(', ')
      : undefined;
    return facts([
      ['Wann', whenText(event)],
      ['Stand', STATUS[event.status]],
      ['Teilnahme', ATTENDANCE_LABELS.de[event.attendanceMode]],
      ['Ort', place],
      ['Veranstaltet von', organizerNames(event).join(', ')],
      ['Sprache', event.language === 'en' ? 'Englisch' : 'Deutsch'],
    ]);
  }

  const backTo = (event: ResolvedEvent, origin: string) =>
    markup`<p>
      <a href="${expandOrigin(demoLinks.eventPage(event.id), origin)}">Zurück zur Veranstaltung</a>
    </p>`;

  const eventPage = (c: Context) => {
    const event = find(c);
    if (!event) return notFoundPage(c);
    const origin = originOf(c);
    const links: Markup[] = [];
    if (event.registrationUrl) {
      links.push(
        markup`<li><a href="${expandOrigin(event.registrationUrl, origin)}">Zur Anmeldung</a></li>`,
      );
    }
    if (event.onlineUrl) {
      links.push(
        markup`<li><a href="${expandOrigin(event.onlineUrl, origin)}">Zur Online-Teilnahme</a></li>`,
      );
    }
    links.push(
      markup`<li>
        <a href="/directory/v1/events/${encodeURIComponent(event.id)}.ics"
          >In den Kalender (iCalendar-Datei)</a
        >
      </li>`,
    );
    return page(c, {
      title: event.title,
      titleLang: lang(event),
      body: markup`<p>Veranstaltung im KI-Veranstaltungskalender Sachsen (Demo).</p>
        ${summary(event)} ${paragraphs(event.description, lang(event))}
        <ul>
          ${links}
        </ul>`,
    });
  };

  const registrationPage = (c: Context) => {
    const event = find(c);
    if (!event?.registrationUrl) return notFoundPage(c);
    return page(c, {
      prefix: 'Anmeldung: ',
      title: event.title,
      titleLang: lang(event),
      body: markup`<p>
          In der Demo ist keine Anmeldung möglich: Hier stünde das Anmeldeformular des
          Veranstalters.
        </p>
        ${summary(event)} ${backTo(event, originOf(c))}`,
    });
  };

  const onlinePage = (c: Context) => {
    const event = find(c);
    if (!event?.onlineUrl) return notFoundPage(c);
    return page(c, {
      prefix: 'Online-Teilnahme: ',
      title: event.title,
      titleLang: lang(event),
      body: markup`<p>
          In der Demo gibt es keinen Online-Raum: Hier stünde der Zugang zur Videokonferenz.
        </p>
        ${summary(event)} ${backTo(event, originOf(c))}`,
    });
  };

  return { eventPage, registrationPage, onlinePage };
}
