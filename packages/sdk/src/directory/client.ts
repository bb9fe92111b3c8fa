import { MISMATCH, type AnswerCheck } from '../http/answer-check.js';
import { checkPage, paginate } from '../http/paginate.js';
import { asArray, buildUrl, type QueryValue } from '../http/query.js';
import {
  requestUrl,
  type GetRequest,
  type RequestOptions,
  type UrlParams,
} from '../http/request.js';
import { createTransport, type CallOptions, type TransportOptions } from '../http/transport.js';
import type { paths } from '../generated/saxon-directory.js';
import {
  requireShape,
  schemaCheck,
  validateAnswer,
  type ValidationContext,
  type ValidationMode,
} from '../http/validation.js';
import type { ValidationIssue } from '../http/errors.js';
import {
  checkEvent,
  checkEventPage,
  checkTopicItemsShape,
  checkTopicList,
} from '../generated/checks/directory.js';
// Types only: the module itself loads on the actor area's first call (`actorCheck`).
import type * as ActorChecksModule from '../generated/checks/directory-actors.js';
import { lazySubmissionsArea, type SubmissionsArea } from './lazy-submissions.js';
import type {
  Actor,
  ActorFeatureCollection,
  ActorFilter,
  ActorPage,
  DirectoryEvent,
  EventFilter,
  EventPage,
  Topic,
} from './types.js';

export interface DirectoryClientOptions extends TransportOptions {
  /** What to do when an answer does not match the contract. Default `error`. */
  validate?: ValidationMode;
  /** Receives validation issues in `warn` mode. Default: `console.warn`. */
  onValidationWarning?: (message: string, issues: ValidationIssue[]) => void;
}

/** The Saxon AI actor directory: actors, events and topics. */
export interface DirectoryClient {
  actors: {
    /** One page of actors with facet counts. */
    list(filter?: ActorFilter, options?: CallOptions): Promise<ActorPage>;
    /** One actor by id; rejects with `NotFoundError` when there is none. */
    get(id: string, options?: CallOptions): Promise<Actor>;
    /** The filtered actors as a GeoJSON FeatureCollection of points (no paging), for maps. */
    geojson(
      filter?: Omit<ActorFilter, 'limit' | 'offset' | 'sort'>,
      options?: CallOptions,
    ): Promise<ActorFeatureCollection>;
    /** Every matching actor, fetched page by page (`limit` a page, default 100) as you iterate. */
    all(filter?: ActorFilter, options?: CallOptions): AsyncGenerator<Actor, void, undefined>;
  };
  events: {
    /** One page of events, sorted by start, upcoming ones by default. */
    list(filter?: EventFilter, options?: CallOptions): Promise<EventPage>;
    get(id: string, options?: CallOptions): Promise<DirectoryEvent>;
    /** Every matching event, fetched page by page (`limit` a page, default 100) as you iterate. */
    all(
      filter?: EventFilter,
      options?: CallOptions,
    ): AsyncGenerator<DirectoryEvent, void, undefined>;
    /** URL of an iCalendar feed of the filtered events, to subscribe to in a calendar app. */
    icalUrl(filter?: Omit<EventFilter, 'limit' | 'offset'>): string;
    /** URL of one event as an `.ics` file ("In den Kalender"). */
    eventIcalUrl(id: string): string;
  };
  topics: {
    /** Every topic with the number of actors and upcoming events. */
    list(options?: CallOptions): Promise<Topic[]>;
  };
  /** Public submissions ("Eintrag beisteuern") and their private status links. */
  submissions: SubmissionsArea;
  /**
   * Any GET of the directory's contract that answers JSON, typed from its OpenAPI `paths`, with
   * the client's retries, sharing, cache and errors: `request('/topics/{id}', { path: { id } })`.
   * `options.schema` checks the answer in the client's `validate` mode.
   */
  request: GetRequest<paths>;
}

type ActorChecks = typeof ActorChecksModule;

/** A check that loads first: started beside the request it checks (see {@link actorCheck}). */
type LoadingCheck<T> = () => Promise<AnswerCheck<T>>;

let actorChecks: Promise<ActorChecks> | undefined;

/**
 * One of the actor area's checks, which are a file of their own loaded on the area's first call
 * (issue 27): a list of events or topics does not carry them. Should the file fail to load, the
 * answer is refused as `validateAnswer` refuses one whose zod schema cannot load — with the
 * loading error as the issue — and the next call tries again.
 */
function actorCheck<T>(pick: (checks: ActorChecks) => AnswerCheck<T>): LoadingCheck<T> {
  return () => {
    actorChecks ??= import('../generated/checks/directory-actors.js').catch((error: unknown) => {
      actorChecks = undefined;
      throw error;
    });
    return actorChecks.then(pick, (error: unknown) => ({
      check: () => MISMATCH,
      schema: () => Promise.reject(error),
    }));
  };
}

const checkActorPage = actorCheck((checks) => checks.checkActorPage);
const checkActor = actorCheck((checks) => checks.checkActor);
const checkActorFeatureCollection = actorCheck((checks) => checks.checkActorFeatureCollection);

const ACTORS_PAGE = 100;
const EVENTS_PAGE = 100;

function actorQuery(filter: ActorFilter): Record<string, QueryValue> {
  return {
    q: filter.text?.trim() || undefined,
    category: asArray(filter.category),
    topic: asArray(filter.topic),
    city: asArray(filter.city),
    ags: asArray(filter.ags),
    bbox: filter.bbox ? filter.bbox.join(',') : undefined,
    sort: filter.sort,
    limit: filter.limit,
    offset: filter.offset,
  };
}

function eventQuery(filter: EventFilter): Record<string, QueryValue> {
  return {
    from: filter.from,
    to: filter.to,
    q: filter.text?.trim() || undefined,
    topic: asArray(filter.topic),
    city: asArray(filter.city),
    ags: asArray(filter.ags),
    attendanceMode: asArray(filter.attendanceMode),
    organizer: asArray(filter.organizer),
    status: asArray(filter.status),
    limit: filter.limit,
    offset: filter.offset,
  };
}

/**
 * Creates a client of the actor directory.
 *
 * ```ts
 * const dir = createDirectoryClient({ baseUrl: 'http://127.0.0.1:4000/directory/v1' });
 * const { total, items } = await dir.actors.list({ category: 'research', city: 'Dresden' });
 * ```
 */
export function createDirectoryClient(options: DirectoryClientOptions): DirectoryClient {
  const transport = createTransport(options);
  const mode = options.validate ?? 'error';
  const lang = transport.language;
  const url = (path: string, query?: Record<string, QueryValue>) =>
    buildUrl(options.baseUrl, path, query);

  const validation = (target: string): ValidationContext => ({
    mode,
    url: target,
    language: lang,
    ...(options.onValidationWarning ? { warn: options.onValidationWarning } : {}),
  });

  async function get<T>(
    answer: AnswerCheck<T> | LoadingCheck<T>,
    target: string,
    call?: CallOptions,
  ): Promise<T> {
    // A check still to load loads while the request runs; `off` checks nothing, so loads nothing.
    const check = typeof answer === 'function' ? mode !== 'off' && answer() : answer;
    const data = await transport.getJson(target, call);
    return check ? validateAnswer(await check, data, validation(target)) : (data as T);
  }

  /** A page of a list for `all()`: checked for `items` and `total` in every validation mode. */
  async function page<T>(
    answer: AnswerCheck<unknown> | LoadingCheck<unknown>,
    target: string,
    call?: CallOptions,
  ) {
    return checkPage<T>(await get(answer, target, call), { url: target, language: lang });
  }

  const actorsUrl = (filter: ActorFilter) => url('/actors', { ...actorQuery(filter), lang });
  const eventsUrl = (filter: EventFilter) => url('/events', { ...eventQuery(filter), lang });

  const actors: DirectoryClient['actors'] = {
    list: (filter = {}, call) => get(checkActorPage, actorsUrl(filter), call),
    get: (id, call) => get(checkActor, url(`/actors/${encodeURIComponent(id)}`), call),
    geojson: (filter = {}, call) =>
      get(checkActorFeatureCollection, url('/actors.geojson', actorQuery(filter)), call),
    all: (filter = {}, call) =>
      paginate(
        (offset, limit) =>
          page<Actor>(checkActorPage, actorsUrl({ ...filter, offset, limit }), call),
        { offset: filter.offset, limit: filter.limit ?? ACTORS_PAGE, signal: call?.signal },
      ),
  };

  const events: DirectoryClient['events'] = {
    list: (filter = {}, call) => get(checkEventPage, eventsUrl(filter), call),
    get: (id, call) => get(checkEvent, url(`/events/${encodeURIComponent(id)}`), call),
    all: (filter = {}, call) =>
      paginate(
        (offset, limit) =>
          page<DirectoryEvent>(checkEventPage, eventsUrl({ ...filter, offset, limit }), call),
        { offset: filter.offset, limit: filter.limit ?? EVENTS_PAGE, signal: call?.signal },
      ),
    icalUrl: (filter = {}) => url('/events.ics', eventQuery(filter)),
    eventIcalUrl: (id) => url(`/events/${encodeURIComponent(id)}.ics`),
  };

  const topics: DirectoryClient['topics'] = {
    list: async (call) => {
      const target = url('/topics', { lang });
      const data = await get(checkTopicList, target, call);
      const checked = await requireShape<typeof data>(checkTopicItemsShape, data, {
        url: target,
        language: lang,
      });
      return checked.items;
    },
  };

  // The write side (its transport, input types and zod schemas) loads on first use.
  const submissions = lazySubmissionsArea(options, (path) => url(path), validation);

  const request = ((path: string, params?: UrlParams, call?: RequestOptions) => {
    const target = requestUrl(options.baseUrl, path, params);
    return call?.schema
      ? get(schemaCheck(call.schema), target, call)
      : transport.getJson(target, call);
  }) as GetRequest<paths>;

  return { actors, events, topics, submissions, request };
}
