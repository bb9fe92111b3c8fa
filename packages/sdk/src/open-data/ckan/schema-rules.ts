/**
 * The predicates of the CKAN schemas (schemas.ts) for CKAN's irregular fields, as named exports:
 * the generated checks (src/generated/checks/ckan.ts, `scripts/generate-checks.mjs`) import each
 * by name — a predicate written inline in a schema would have no name and the generator refuses
 * it. They accept exactly what the former zod `union`s and `record`s accepted
 * (test/portal-predicates.test.ts).
 */

type Predicate = (value: unknown) => boolean;

/** Any JSON object (what zod's `record` with string keys takes), not an array. */
export const isMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString: Predicate = (value) => typeof value === 'string';
const isTextOrNull: Predicate = (value) => value === null || isString(value);
const isStringList: Predicate = (value) => Array.isArray(value) && value.every(isString);
/** A JSON object whose every value passes `entry` (a loop, no array of values per call). */
const isMapOf = (entry: Predicate) => (value: unknown) => {
  if (!isMap(value)) return false;
  for (const key in value) if (!entry(value[key])) return false;
  return true;
};

/** A language map: `{ "de": …, "fr": … }`, values may be empty or null. */
const isTextMap = isMapOf(isTextOrNull);

/**
 * Text that ckanext-fluent/scheming portals send as a language map, and some as such a map
 * encoded in a string.
 */
export const isLooseText: Predicate = (value) => isString(value) || isTextMap(value);

/** Fluent keyword lists: `{ "de": ["verkehr"], "fr": [] }`. */
export const isKeywordMap: Predicate = isMapOf(isStringList);

/** Byte sizes: a number, or a number as text. */
export const isLooseSize: Predicate = (value) =>
  isString(value) || (typeof value === 'number' && Number.isFinite(value));

/** A value absent, null or text (`looseString`), as a predicate. */
const isLooseString: Predicate = (value) => value == null || isString(value);

/** ckanext-switzerland's publisher: `{url, name}`, or that object as JSON text. */
export const isPublisher: Predicate = (value) =>
  isString(value) ||
  (isMap(value) &&
    (value.name == null || isLooseText(value.name)) &&
    isLooseString(value.url) &&
    isLooseString(value.uri));
