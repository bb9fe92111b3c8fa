import {
  addDays,
  berlinDate,
  berlinWallTimeToInstant,
  formatBerlinDateTime,
  formatDate,
} from '../packages/demo-api/data/berlin-time.js';

/**
 * Where stories point the widgets. The `.invalid` top-level domain never resolves, so nothing can
 * leave the browser: MSW's service worker answers these origins from the demo API core running in
 * the page (`demo-api.ts`). A static Storybook therefore needs no server.
 */
export const DEMO_API_ORIGIN = 'https://demo-api.saxon-ai.invalid';
/** The actor directory of the demo API, for `api-url`. */
export const DEMO_DIRECTORY_URL = `${DEMO_API_ORIGIN}/directory/v1`;

/** The demo API in hostile-data mode: injection strings, bidi tricks, giant words, bad URLs. */
export const HOSTILE_DIRECTORY_URL = 'https://hostile.demo-api.saxon-ai.invalid/directory/v1';
/** A directory that refuses with 429 and `Retry-After: 600` (the error state). */
export const BUSY_DIRECTORY_URL = 'https://busy.demo-api.saxon-ai.invalid/directory/v1';
/**
 * Directories that read normally but fail on `POST /submissions` (the entry form's states): the
 * connection drops (offline), the answer never comes (sending), `429` with `Retry-After: 60`, or a
 * `500`.
 */
export const OFFLINE_SUBMISSIONS_DIRECTORY_URL =
  'https://offline-submissions.demo-api.saxon-ai.invalid/directory/v1';
export const SLOW_SUBMISSIONS_DIRECTORY_URL =
  'https://slow-submissions.demo-api.saxon-ai.invalid/directory/v1';
export const RATE_LIMITED_SUBMISSIONS_DIRECTORY_URL =
  'https://rate-limited-submissions.demo-api.saxon-ai.invalid/directory/v1';
export const FAILING_SUBMISSIONS_DIRECTORY_URL =
  'https://failing-submissions.demo-api.saxon-ai.invalid/directory/v1';
/**
 * Origins for the actor card's own parts: the actor loads, but its events (`/directory/v1/events`)
 * and the portal (`/ckan`) never answer (their loading state), or answer `500` (their error state).
 */
export const SLOW_CARD_API_ORIGIN = 'https://slow-card.demo-api.saxon-ai.invalid';
export const FAILING_CARD_API_ORIGIN = 'https://failing-card.demo-api.saxon-ai.invalid';
/** A directory without any entries (the empty state). */
export const EMPTY_DIRECTORY_URL = 'https://empty.demo-api.saxon-ai.invalid/directory/v1';

const today = berlinDate(Date.now());

/**
 * The demo clock: 10:00 in Berlin today. The demo events sit relative to this day, so "upcoming"
 * in a story means upcoming for whoever looks at it, and stories show the same events every day
 * (only the real past events and the one fixed event across the daylight-saving change keep their
 * dates). A fixed day in the past would show past events as upcoming.
 */
export const DEMO_NOW = formatBerlinDateTime(berlinWallTimeToInstant(today, 10, 0));

/** The demo day moved by `days` (`YYYY-MM-DD`), for stories that ask for a range of dates. */
export const demoDay = (days: number): string => formatDate(addDays(today, days));
