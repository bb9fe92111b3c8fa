import { Hono } from 'hono';
import { berlinDate, formatDate } from '../berlin-time.js';
import { ParamErrors, queryOf } from '../http/params.js';
import { badRequest } from '../http/problem.js';
import { dateToInstant, jsonResponse, language, type RouteContext } from './context.js';

/** `GET /topics`: the vocabulary with counts of actors and of events from today on. */
export function createTopicRoutes({ storage, now }: RouteContext): Hono {
  const app = new Hono();
  app.get('/topics', async (c) => {
    const errors = new ParamErrors();
    const lang = language(queryOf(c.req.url), errors);
    if (errors.errors.length) return badRequest(c, errors);
    const today = dateToInstant(formatDate(berlinDate(now().getTime())));
    const counts = await storage.topicCounts(today);
    return jsonResponse(
      JSON.stringify({
        items: counts.map(({ topic, actorCount, eventCount }) => ({
          id: topic.id,
          label: topic.label[lang],
          actorCount,
          eventCount,
        })),
      }),
    );
  });
  return app;
}
