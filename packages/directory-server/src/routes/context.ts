import { berlinWallTimeToInstant, parseDate } from '../berlin-time.js';
import { LANGUAGES, type Language } from '../model.js';
import { oneOf, single, type ParamErrors, type Query } from '../http/params.js';
import type { Context } from 'hono';
import type { DirectoryStorage } from '../storage/types.js';

/** What the route modules share. */
export interface RouteContext {
  storage: DirectoryStorage;
  now: () => Date;
  /** Domain of iCalendar UIDs (`<id>@<domain>`): configured, never the request's host. */
  calendarDomain: string;
  /**
   * Who a request counts against in rate limits: the socket address, or the first
   * `X-Forwarded-For` address with the app's `trustProxy` (`rateLimit({ windows, key: clientKey })`).
   */
  clientKey: (c: Context) => string;
}

export function language(query: Query, errors: ParamErrors): Language {
  return oneOf(single(query, 'lang', errors), LANGUAGES, 'lang', errors) ?? 'de';
}

/** A `YYYY-MM-DD` date as the instant its day starts in Berlin. */
export const dateToInstant = (text: string) => berlinWallTimeToInstant(parseDate(text), 0, 0);

/** A JSON body assembled from stored JSON strings (no parse/serialise round trip). */
export function jsonResponse(body: string, contentType = 'application/json'): Response {
  return new Response(body, { status: 200, headers: { 'content-type': contentType } });
}

/** The strong ETag of one entry's revision. */
export const entryEtag = (revision: number) => `"r${revision}"`;

/** The revision an `If-Match` names, `undefined` when absent, `NaN` when it names none of ours. */
export function ifMatchRevision(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const match = /^\s*"r(\d{1,15})"\s*$/.exec(header);
  return match ? Number(match[1]) : Number.NaN;
}
