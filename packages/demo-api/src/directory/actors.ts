import { Hono } from 'hono';
import { expandOrigins } from '../../data/demo-links.js';
import { originOf } from '../http.js';
import type { Actor, Topic } from '../../data/types.js';
import { countFacet } from '../search/facets.js';
import { tokenize } from '../search/text.js';
import { CATEGORIES, CATEGORY_LABELS, topicLabel } from './model.js';
import {
  bbox,
  list,
  listOf,
  oneOf,
  paging,
  ParamErrors,
  queryOf,
  single,
  type BBox,
  type Query,
} from './params.js';
import { badRequest, language, notFound, textScore, type DirectoryContext } from './shared.js';

const ACTOR_SORTS = ['relevance', 'name', '-updatedAt'] as const;

interface ActorFilter {
  text: string[];
  category: string[];
  topic: string[];
  city: string[];
  ags: string[];
  bbox: BBox | undefined;
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

/** `GET /actors`, `/actors.geojson` and `/actors/{id}`. */
export function createActorRoutes({ store, topicsById, actorsById }: DirectoryContext): Hono {
  const app = new Hono();
  const tokensByActor = new Map(store.actors.map((a) => [a, actorTokens(a, topicsById)]));

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
      items: expandOrigins(matches.slice(offset, offset + limit), originOf(c)),
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
    return actor
      ? c.json(expandOrigins(actor, originOf(c)))
      : notFound(c, `Actor "${c.req.param('id')}"`);
  });

  /** Events, filtered; shared by the JSON list and the iCalendar feed. */

  return app;
}
