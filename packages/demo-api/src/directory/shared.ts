import type { Context } from 'hono';
import { berlinWallTimeToInstant, parseDate } from '../../data/berlin-time.js';
import type { Actor, Topic } from '../../data/types.js';
import { problem } from '../http.js';
import type { DemoStore } from '../store.js';
import type { Language } from './model.js';
import { tokenMatches } from '../search/text.js';
import { oneOf, single, type ParamErrors, type Query } from './params.js';

/** What the actor, event and topic routes share: the store and its look-up tables. */
export interface DirectoryContext {
  store: DemoStore;
  topicsById: ReadonlyMap<string, Topic>;
  actorsById: ReadonlyMap<string, Actor>;
}

export const LANGUAGES = ['de', 'en'] as const;

export function badRequest(c: Context, errors: ParamErrors): Response {
  return problem({
    type: 'https://saxon-ai.dev/problems/invalid-parameter',
    title: 'Ungültige Parameter',
    status: 400,
    detail: errors.errors.map((e) => `${e.name}: ${e.reason}`).join('; '),
    instance: new URL(c.req.url).pathname,
    errors: errors.errors,
  });
}

export function notFound(c: Context, what: string): Response {
  return problem({
    type: 'https://saxon-ai.dev/problems/not-found',
    title: 'Nicht gefunden',
    status: 404,
    detail: `${what} does not exist`,
    instance: new URL(c.req.url).pathname,
  });
}

/** 0 when a query token is missing anywhere; else a score that prefers hits in the name. */
export function textScore(queryTokens: string[], fields: string[][]): number {
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

export function language(query: Query, errors: ParamErrors): Language {
  return oneOf(single(query, 'lang', errors), LANGUAGES, 'lang', errors) ?? 'de';
}

/** A `YYYY-MM-DD` date as the instant its day starts in Berlin. */
export const dateToInstant = (text: string) => berlinWallTimeToInstant(parseDate(text), 0, 0);
