import { Hono } from 'hono';
import { CATEGORIES, CATEGORY_LABELS, type ActorCategory } from '../model.js';
import {
  bbox,
  list,
  listOf,
  oneOf,
  paging,
  ParamErrors,
  queryOf,
  single,
  type Query,
} from '../http/params.js';
import { badRequest, notFound } from '../http/problem.js';
import type { ActorFilter, ActorSort } from '../storage/types.js';
import { tokenize } from '../text.js';
import { entryEtag, jsonResponse, language, type RouteContext } from './context.js';

const ACTOR_SORTS = ['relevance', 'name', '-updatedAt'] as const satisfies readonly ActorSort[];

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

/** `GET /actors`, `/actors.geojson` and `/actors/{id}`. */
export function createActorRoutes({ storage }: RouteContext): Hono {
  const app = new Hono();

  app.get('/actors', async (c) => {
    const query = queryOf(c.req.url);
    const errors = new ParamErrors();
    const filter = readActorFilter(query, errors);
    const lang = language(query, errors);
    const { limit, offset } = paging(query, errors, 500);
    const sort =
      oneOf(single(query, 'sort', errors), ACTOR_SORTS, 'sort', errors) ??
      (filter.text.length ? 'relevance' : 'name');
    if (errors.errors.length) return badRequest(c, errors);

    const page = await storage.listActors({ ...filter, sort, limit, offset });
    const topics = new Map((await storage.topics()).map((topic) => [topic.id, topic]));
    const facets = {
      category: page.facets.category.map(({ value, count }) => ({
        value,
        label: CATEGORY_LABELS[lang][value as ActorCategory] ?? value,
        count,
      })),
      topic: page.facets.topic.map(({ value, count }) => ({
        value,
        label: topics.get(value)?.label[lang] ?? value,
        count,
      })),
      city: page.facets.city.map(({ value, count }) => ({ value, label: value, count })),
    };
    return jsonResponse(
      `{"total":${page.total},"limit":${limit},"offset":${offset},"items":[${page.itemsJson.join(
        ',',
      )}],"facets":${JSON.stringify(facets)}}`,
    );
  });

  app.get('/actors.geojson', async (c) => {
    const errors = new ParamErrors();
    const filter = readActorFilter(queryOf(c.req.url), errors);
    if (errors.errors.length) return badRequest(c, errors);
    const features = await storage.actorFeatures(filter);
    return jsonResponse(
      `{"type":"FeatureCollection","features":[${features.join(',')}]}`,
      'application/geo+json',
    );
  });

  app.get('/actors/:id', async (c) => {
    const actor = await storage.actorEntry(c.req.param('id'));
    if (!actor) return notFound(c, `Actor "${c.req.param('id')}"`);
    const response = jsonResponse(actor.doc);
    response.headers.set('etag', entryEtag(actor.revision));
    return response;
  });

  return app;
}
