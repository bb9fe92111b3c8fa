import { Hono, type Context } from 'hono';
import { addDays, formatDate, parseDate } from '../../data/berlin-time.js';
import { expandOrigins } from '../../data/demo-links.js';
import { originOf } from '../http.js';
import { countFacet } from '../search/facets.js';
import { tokenize } from '../search/text.js';
import { calendarDownload } from './calendar-download.js';
import { toICalendar } from './ical.js';
import {
  ATTENDANCE_LABELS,
  ATTENDANCE_MODES,
  EVENT_STATUSES,
  toDirectoryEvent,
  topicLabel,
  type DirectoryEvent,
} from './model.js';
import { eventAgs, inAgs } from './event-ags.js';
import {
  instant,
  list,
  listOf,
  paging,
  ParamErrors,
  queryOf,
  single,
  type Query,
} from './params.js';
import {
  badRequest,
  dateToInstant,
  language,
  notFound,
  textScore,
  type DirectoryContext,
} from './shared.js';

/** `GET /events`, `/events.ics`, `/events/{id}` and `/events/{id}.ics`. */
export function createEventRoutes({ store, topicsById, actorsById }: DirectoryContext): Hono {
  const app = new Hono();

  function filterEvents(query: Query, errors: ParamErrors) {
    const now = store.now().getTime();
    const from = instant(single(query, 'from', errors), 'from', errors, dateToInstant) ?? now;
    const toValue = single(query, 'to', errors);
    // A bare date as `to` includes that whole day.
    const to =
      toValue && /^\d{4}-\d{2}-\d{2}$/.test(toValue)
        ? dateToInstant(formatDate(addDays(parseDate(toValue), 1))) - 1
        : instant(toValue, 'to', errors, dateToInstant);
    const q = single(query, 'q', errors);
    const text = q ? tokenize(q) : [];
    const topic = list(query, 'topic');
    const city = list(query, 'city');
    const modes = listOf(list(query, 'attendanceMode'), ATTENDANCE_MODES, 'attendanceMode', errors);
    const statuses = listOf(list(query, 'status'), EVENT_STATUSES, 'status', errors);
    const organizer = list(query, 'organizer');
    const ags = eventAgs(query, errors);

    const instantOf = (value: string, allDay: boolean) =>
      allDay ? dateToInstant(value) : Date.parse(value);
    type Except = 'topic' | 'city' | 'attendanceMode' | undefined;
    const matches = (event: DirectoryEvent, except?: Except) => {
      const start = instantOf(event.start, event.allDay);
      const end = event.end ? instantOf(event.end, event.allDay) : start;
      // Running events count as upcoming: they end after `from` (all-day ends are exclusive).
      if ((event.allDay && event.end ? end - 1 : end) < from) return false;
      if (to !== undefined && start > to) return false;
      if (except !== 'topic' && topic.length && !topic.some((t) => event.topics.includes(t)))
        return false;
      if (except !== 'city' && city.length && !city.includes(event.location?.city ?? ''))
        return false;
      if (except !== 'attendanceMode' && modes.length && !modes.includes(event.attendanceMode))
        return false;
      if (statuses.length && !statuses.includes(event.status)) return false;
      if (organizer.length && !organizer.some((id) => event.organizerIds.includes(id)))
        return false;
      if (ags.length && !inAgs(event.location?.ags, ags)) return false;
      if (text.length) {
        const fields = [
          tokenize(event.title),
          tokenize(
            `${event.location?.name ?? ''} ${event.location?.city ?? ''} ${event.organizers.map((o) => o.name).join(' ')}`,
          ),
          tokenize(event.description ?? ''),
        ];
        if (textScore(text, fields) === 0) return false;
      }
      return true;
    };
    const all = store
      .events()
      .map((event) => toDirectoryEvent(event, actorsById))
      .sort(
        (a, b) =>
          instantOf(a.start, a.allDay) - instantOf(b.start, b.allDay) || a.id.localeCompare(b.id),
      );
    return {
      items: all.filter((event) => matches(event)),
      facetOver: (except: Except) => all.filter((e) => matches(e, except)),
    };
  }

  app.get('/events', (c) => {
    const query = queryOf(c.req.url);
    const errors = new ParamErrors();
    const lang = language(query, errors);
    const { limit, offset } = paging(query, errors, 200);
    const { items, facetOver } = filterEvents(query, errors);
    if (errors.errors.length) return badRequest(c, errors);
    return c.json({
      total: items.length,
      limit,
      offset,
      items: expandOrigins(items.slice(offset, offset + limit), originOf(c)),
      facets: {
        topic: countFacet(facetOver('topic'), (e) => e.topics).map(({ value, count }) => ({
          value,
          label: topicLabel(topicsById.get(value), value, lang),
          count,
        })),
        city: countFacet(facetOver('city'), (e) => (e.location ? [e.location.city] : [])).map(
          ({ value, count }) => ({ value, label: value, count }),
        ),
        attendanceMode: countFacet(facetOver('attendanceMode'), (e) => [e.attendanceMode]).map(
          ({ value, count }) => ({
            value,
            label: ATTENDANCE_LABELS[lang][value as DirectoryEvent['attendanceMode']],
            count,
          }),
        ),
      },
    });
  });

  const calendar = (
    c: Context,
    events: readonly DirectoryEvent[],
    name: string,
    disposition: string,
  ) =>
    c.body(
      toICalendar(expandOrigins(events, originOf(c)), {
        name,
        now: store.now(),
        // German, the contract's default: the `.ics` routes take no `lang`.
        topicLabel: (id) => topicLabel(topicsById.get(id), id, 'de'),
      }),
      200,
      { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': disposition },
    );

  app.get('/events.ics', (c) => {
    const errors = new ParamErrors();
    const { items } = filterEvents(queryOf(c.req.url), errors);
    if (errors.errors.length) return badRequest(c, errors);
    return calendar(
      c,
      items,
      'KI-Veranstaltungen in Sachsen',
      'inline; filename="saxon-ai-events.ics"',
    );
  });

  const findEvent = (id: string) =>
    store
      .events()
      .filter((event) => event.id === id)
      .map((event) => toDirectoryEvent(event, actorsById))[0];

  app.get('/events/:file{.+\\.ics}', (c) => {
    const id = c.req.param('file').replace(/\.ics$/, '');
    const event = findEvent(id);
    return event
      ? calendar(c, [event], event.title, calendarDownload(event))
      : notFound(c, `Event "${id}"`);
  });

  app.get('/events/:id', (c) => {
    const event = findEvent(c.req.param('id'));
    return event
      ? c.json(expandOrigins(event, originOf(c)))
      : notFound(c, `Event "${c.req.param('id')}"`);
  });

  return app;
}
