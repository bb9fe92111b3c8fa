import { Hono } from 'hono';
import { berlinDate, formatDate } from '../../data/berlin-time.js';
import type { DemoStore } from '../store.js';
import { createActorRoutes } from './actors.js';
import { createEventRoutes } from './events.js';
import { createSubmissionRoutes, SubmissionBox } from './submissions.js';
import { queryOf, ParamErrors } from './params.js';
import { badRequest, dateToInstant, language, type DirectoryContext } from './shared.js';

/**
 * The Saxon AI directory API (`saxon-directory.yaml`), v1: the read side over the demo data and
 * the public submissions, kept in `submissions` (in memory).
 */
export function createDirectoryApi(
  store: DemoStore,
  submissions: SubmissionBox = new SubmissionBox(),
): Hono {
  const context: DirectoryContext = {
    store,
    topicsById: new Map(store.topics.map((topic) => [topic.id, topic])),
    actorsById: new Map(store.actors.map((actor) => [actor.id, actor])),
  };
  const app = new Hono();
  app.route('/', createActorRoutes(context));
  app.route('/', createEventRoutes(context));
  app.route('/', createSubmissionRoutes(context, submissions));

  app.get('/topics', (c) => {
    const query = queryOf(c.req.url);
    const errors = new ParamErrors();
    const lang = language(query, errors);
    if (errors.errors.length) return badRequest(c, errors);
    const today = dateToInstant(formatDate(berlinDate(store.now().getTime())));
    // Counted as `/events` lists them from today on: an all-day end date is exclusive, so an
    // event that ended yesterday (end date today) is no longer upcoming.
    const upcoming = store
      .events()
      .filter(
        (event) =>
          (event.allDay
            ? event.end
              ? dateToInstant(event.end) - 1
              : dateToInstant(event.start)
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
