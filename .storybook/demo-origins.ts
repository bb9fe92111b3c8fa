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
/** A directory without any entries (the empty state). */
export const EMPTY_DIRECTORY_URL = 'https://empty.demo-api.saxon-ai.invalid/directory/v1';

/** The demo clock: demo events sit relative to this day, so stories look the same every day. */
export const DEMO_NOW = '2026-03-16T10:00:00+01:00';
