import { Hono, type Context } from 'hono';
import {
  addDays,
  berlinDate,
  berlinWallTimeToInstant,
  formatDate,
  parseDate,
} from '../../data/berlin-time.js';
import type { Actor, Topic } from '../../data/types.js';
import { problem } from '../http.js';
import { countFacet } from '../search/facets.js';
import { tokenize, tokenMatches } from '../search/text.js';
import type { DemoStore } from '../store.js';
import { toICalendar } from './ical.js';
import {
  ATTENDANCE_LABELS,
  ATTENDANCE_MODES,
  CATEGORIES,
  CATEGORY_LABELS,
  EVENT_STATUSES,
  toDirectoryEvent,
  topicLabel,
  type DirectoryEvent,
  type Language,
} from './model.js';
import {
  bbox,
  instant,
  paging,
  list,
  listOf,
  oneOf,
  ParamErrors,
  queryOf,
  single,
  type BBox,
  type Query,
} from './params.js';

const LANGUAGES = ['de', 'en'] as const;
const ACTOR_SORTS = ['relevance', 'name', '-updatedAt'] as const;

interface ActorFilter {
  text: string[];
  category: string[];
  topic: string[];
  city: string[];
  ags: string[];
  bbox: BBox | undefined;
}

function badRequest(c: Context, errors: ParamErrors): Response {
  return problem({
    type: 'https://saxon-ai.dev/problems/invalid-parameter',
    title: 'Ungültige Parameter',
    status: 400,
    detail: errors.errors.map((e) => `${e.name}: ${e.reason}`).join('; '),
    instance: new URL(c.req.url).pathname,
    errors: errors.errors,
  });
}

function notFound(c: Context, what: string): Response {
  return problem({
    type: 'https://saxon-ai.dev/problems/not-found',
    title: 'Nicht gefunden',
    status: 404,
    detail: `${what} does not exist`,
    instance: new URL(c.req.url).pathname,
  });
}

/** Text of an actor a free-text query is matched against, heaviest first. */
function actorTokens(actor: Actor, topics: ReadonlyMap<string, Topic>): string[][] {
  return [
    tokenize(actor.name),
    tokenize(
      [
        actor.subtype ?? '',
        actor.address.city,
        ...actor.topics.flatMap((id) => {
          const topic = topics.get(id);
          return topic ? [topic.label.de, topic.label.en] : [];
        }),
      ].join(' '),
    ),
    tokenize(actor.description ?? ''),
  ];
}

/** 0 when a query token is missing anywhere; else a score that prefers hits in the name. */
function textScore(queryTokens: string[], fields: string[][]): number {
  let score = 0;
  for (const q of queryTokens) {
    const weights = fields.map((tokens, index) =>
      tokens.some((token) => tokenMatches(q, token)) ? 3 - Math.min(index, 2) : 0,
    );
    const best = Math.max(0, ...weights);
    if (best === 0) return 0;
    score += best;
  }
  return score;
}

export function createDirectoryApi(store: DemoStore): Hono {
  const app = new Hono();
  const topicsById = new Map(store.topics.map((topic) => [topic.id, topic]));
  const actorsById = new Map(store.actors.map((actor) => [actor.id, actor]));
  const tokensByActor = new Map(store.actors.map((a) => [a, actorTokens(a, topicsById)]));
  const dateToInstant = (text: string) => berlinWallTimeToInstant(parseDate(text), 0, 0);

  function readActorFilter(query: Query, errors: ParamErrors): ActorFilter {
    const q = single(query, 'q', errors);
    return {
      text: q ? tokenize(q) : [],
      category: listOf(list(query, 'category'), CATEGORIES, 'category', errors),
      topic: list(query, 'topic'),
      city: list(query, 'city'),
      ags: list(query, 'ags').filter((value) => {
        if (/^\d{5}$/.test(value)) return true;
        errors.add('ags', `"${value}" is not a 5-digit Kreis key`);
        return false;
      }),
      bbox: bbox(single(query, 'bbox', errors), errors),
    };
  }

  /** Matches every filter but the one named in `except` (for disjunctive facet counts). */
  function actorMatches(actor: Actor, filter: ActorFilter, except?: keyof ActorFilter): boolean {
    const { category, topic, city, ags, bbox: box } = filter;
    if (except !== 'category' && category.length && !category.includes(actor.category))
      return false;
    if (except !== 'topic' && topic.length && !topic.some((t) => actor.topics.includes(t)))
      return false;
    if (except !== 'city' && city.length && !city.includes(actor.address.city)) return false;
    if (ags.length && !ags.includes(actor.address.ags ?? '')) return false;
    if (box) {
      const { lon, lat } = actor.location;
      if (lon < box[0] || lat < box[1] || lon > box[2] || lat > box[3]) return false;
    }
    if (filter.text.length && textScore(filter.text, tokensByActor.get(actor) ?? []) === 0) {
      return false;
    }
    return true;
  }

  function language(query: Query, errors: ParamErrors): Language {
    return oneOf(single(query, 'lang', errors), LANGUAGES, 'lang', errors) ?? 'de';
  }

  app.get('/actors', (c) => {
    const query = queryOf(c.req.url);
    const errors = new ParamErrors();
    const filter = readActorFilter(query, errors);
    const lang = language(query, errors);
    const { limit, offset } = paging(query, errors, 500);
    const sort =
      oneOf(single(query, 'sort', errors), ACTOR_SORTS, 'sort', errors) ??
      (filter.text.length ? 'relevance' : 'name');
    if (errors.errors.length) return badRequest(c, errors);

    const matches = store.actors.filter((actor) => actorMatches(actor, filter));
    const byName = (a: Actor, b: Actor) => a.name.localeCompare(b.name, 'de');
    if (sort === 'name') matches.sort(byName);
    else if (sort === '-updatedAt') {
      matches.sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || byName(a, b));
    } else {
      const score = (a: Actor) => textScore(filter.text, tokensByActor.get(a) ?? []);
      matches.sort((a, b) => score(b) - score(a) || byName(a, b));
    }

    const facetOver = (except: keyof ActorFilter) =>
      store.actors.filter((actor) => actorMatches(actor, filter, except));
    return c.json({
      total: matches.length,
      limit,
      offset,
      items: matches.slice(offset, offset + limit),
      facets: {
        category: countFacet(facetOver('category'), (a) => [a.category]).map(
          ({ value, count }) => ({
            value,
            label: CATEGORY_LABELS[lang][value as Actor['category']],
            count,
          }),
        ),
        topic: countFacet(facetOver('topic'), (a) => a.topics).map(({ value, count }) => ({
          value,
          label: topicLabel(topicsById.get(value), value, lang),
          count,
        })),
        city: countFacet(facetOver('city'), (a) => [a.address.city]).map(({ value, count }) => ({
          value,
          label: value,
          count,
        })),
      },
    });
  });

  app.get('/actors.geojson', (c) => {
    const query = queryOf(c.req.url);
    const errors = new ParamErrors();
    const filter = readActorFilter(query, errors);
    if (errors.errors.length) return badRequest(c, errors);
    const features = store.actors
      .filter((actor) => actorMatches(actor, filter))
      .map((actor) => ({
        type: 'Feature' as const,
        id: actor.id,
        geometry: { type: 'Point' as const, coordinates: [actor.location.lon, actor.location.lat] },
        properties: {
          id: actor.id,
          name: actor.name,
          category: actor.category,
          city: actor.address.city,
          ...(actor.address.ags ? { ags: actor.address.ags } : {}),
          topics: actor.topics,
        },
      }));
    return c.body(JSON.stringify({ type: 'FeatureCollection', features }), 200, {
      'content-type': 'application/geo+json',
    });
  });

  app.get('/actors/:id', (c) => {
    const actor = actorsById.get(c.req.param('id'));
    return actor ? c.json(actor) : notFound(c, `Actor "${c.req.param('id')}"`);
  });

  /** Events, filtered; shared by the JSON list and the iCalendar feed. */
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
      items: items.slice(offset, offset + limit),
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

  const calendar = (c: Context, events: readonly DirectoryEvent[], name: string) =>
    c.body(
      toICalendar(events, { name, now: store.now(), host: new URL(c.req.url).hostname }),
      200,
      {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': 'inline; filename="saxon-ai-events.ics"',
      },
    );

  app.get('/events.ics', (c) => {
    const errors = new ParamErrors();
    const { items } = filterEvents(queryOf(c.req.url), errors);
    if (errors.errors.length) return badRequest(c, errors);
    return calendar(c, items, 'KI-Veranstaltungen in Sachsen');
  });

  const findEvent = (id: string) =>
    store
      .events()
      .filter((event) => event.id === id)
      .map((event) => toDirectoryEvent(event, actorsById))[0];

  app.get('/events/:file{.+\\.ics}', (c) => {
    const id = c.req.param('file').replace(/\.ics$/, '');
    const event = findEvent(id);
    return event ? calendar(c, [event], event.title) : notFound(c, `Event "${id}"`);
  });

  app.get('/events/:id', (c) => {
    const event = findEvent(c.req.param('id'));
    return event ? c.json(event) : notFound(c, `Event "${c.req.param('id')}"`);
  });

  app.get('/topics', (c) => {
    const query = queryOf(c.req.url);
    const errors = new ParamErrors();
    const lang = language(query, errors);
    if (errors.errors.length) return badRequest(c, errors);
    const today = dateToInstant(formatDate(berlinDate(store.now().getTime())));
    const upcoming = store
      .events()
      .filter(
        (event) =>
          (event.allDay
            ? dateToInstant(event.end ?? event.start)
            : Date.parse(event.end ?? event.start)) >= today,
      );
    return c.json({
      items: store.topics.map((topic) => ({
        id: topic.id,
        label: topic.label[lang],
        actorCount: store.actors.filter((actor) => actor.topics.includes(topic.id)).length,
        eventCount: upcoming.filter((event) => event.topics.includes(topic.id)).length,
      })),
    });
  });

  return app;
}
