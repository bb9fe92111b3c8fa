import { Hono, type Context } from 'hono';
import { addDays, formatDate, parseDate } from '../berlin-time.js';
import { exportEventsIcs } from '../io/ics.js';
import {
  ATTENDANCE_LABELS,
  ATTENDANCE_MODES,
  EVENT_STATUSES,
  type AttendanceMode,
  type DirectoryEvent,
} from '../model.js';
import {
  instant,
  list,
  listOf,
  paging,
  ParamErrors,
  queryOf,
  single,
  type Query,
} from '../http/params.js';
import { badRequest, notFound } from '../http/problem.js';
import type { EventFilter } from '../storage/types.js';
import { tokenize } from '../text.js';
import { dateToInstant, entryEtag, jsonResponse, language, type RouteContext } from './context.js';

/** `GET /events`, `/events.ics`, `/events/{id}` and `/events/{id}.ics`. */
export function createEventRoutes({ storage, now, calendarDomain }: RouteContext): Hono {
  const app = new Hono();

  function readEventFilter(query: Query, errors: ParamErrors): EventFilter {
    const from =
      instant(single(query, 'from', errors), 'from', errors, dateToInstant) ?? now().getTime();
    const toValue = single(query, 'to', errors);
    // A bare date as `to` includes that whole day.
    const to =
      toValue && /^\d{4}-\d{2}-\d{2}$/.test(toValue)
        ? dateToInstant(formatDate(addDays(parseDate(toValue), 1))) - 1
        : instant(toValue, 'to', errors, dateToInstant);
    const q = single(query, 'q', errors);
    return {
      from,
      ...(to === undefined ? {} : { to }),
      text: q ? tokenize(q) : [],
      topic: list(query, 'topic'),
      city: list(query, 'city'),
      attendanceMode: listOf(
        list(query, 'attendanceMode'),
        ATTENDANCE_MODES,
        'attendanceMode',
        errors,
      ),
      status: listOf(list(query, 'status'), EVENT_STATUSES, 'status', errors),
      organizer: list(query, 'organizer'),
      ags: list(query, 'ags').filter((value) => {
        if (/^(\d{5}|\d{8})$/.test(value)) return true;
        errors.add('ags', `"${value}" is neither a 5-digit Kreis key nor an 8-digit Gemeinde key`);
        return false;
      }),
    };
  }

  app.get('/events', async (c) => {
    const query = queryOf(c.req.url);
    const errors = new ParamErrors();
    const lang = language(query, errors);
    const { limit, offset } = paging(query, errors, 200);
    const filter = readEventFilter(query, errors);
    if (errors.errors.length) return badRequest(c, errors);
    const page = await storage.listEvents({ ...filter, limit, offset });
    const topics = new Map((await storage.topics()).map((topic) => [topic.id, topic]));
    return jsonResponse(
      JSON.stringify({
        total: page.total,
        limit,
        offset,
        items: page.items,
        facets: {
          topic: page.facets.topic.map(({ value, count }) => ({
            value,
            label: topics.get(value)?.label[lang] ?? value,
            count,
          })),
          city: page.facets.city.map(({ value, count }) => ({ value, label: value, count })),
          attendanceMode: page.facets.attendanceMode.map(({ value, count }) => ({
            value,
            label: ATTENDANCE_LABELS[lang][value as AttendanceMode] ?? value,
            count,
          })),
        },
      }),
    );
  });

  const calendar = async (events: readonly DirectoryEvent[], name: string) =>
    new Response(
      exportEventsIcs(events, {
        name,
        now: now(),
        domain: calendarDomain,
        topics: await storage.topics(),
      }),
      {
        status: 200,
        headers: {
          'content-type': 'text/calendar; charset=utf-8',
          'content-disposition': 'inline; filename="saxon-ai-events.ics"',
        },
      },
    );

  app.get('/events.ics', async (c: Context) => {
    const errors = new ParamErrors();
    const filter = readEventFilter(queryOf(c.req.url), errors);
    if (errors.errors.length) return badRequest(c, errors);
    return calendar(await storage.allEvents(filter), 'KI-Veranstaltungen in Sachsen');
  });

  app.get('/events/:file{.+\\.ics}', async (c) => {
    const id = c.req.param('file').replace(/\.ics$/, '');
    const event = await storage.event(id);
    return event ? calendar([event], event.title) : notFound(c, `Event "${id}"`);
  });

  app.get('/events/:id', async (c) => {
    const entry = await storage.eventEntry(c.req.param('id'));
    if (!entry) return notFound(c, `Event "${c.req.param('id')}"`);
    const response = jsonResponse(JSON.stringify(entry.event));
    response.headers.set('etag', entryEtag(entry.revision));
    return response;
  });

  return app;
}
