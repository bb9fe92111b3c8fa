/**
 * `Intl` formatters are costly to build and cheap to use: a list of 200 events formats about a
 * thousand dates. Each formatter is built once per kind, locales and options, and reused.
 */

const cache = new Map<string, unknown>();
/** Locales × option sets in use stay few; the bound only guards against unexpected variety. */
const MAX_ENTRIES = 256;

/**
 * The same formatters by options object, then by kind and locales: callers that keep their options
 * in a constant (the event list, for each of its dates) find theirs without serialising the
 * options, which cost as much as the formatting itself.
 */
const byOptions = new WeakMap<object, Map<string, unknown>>();
/** The options of a caller that passes none: one object, so that it is found by identity too. */
const NONE = {};

function cached<T>(kind: string, locales: readonly string[], options: object, make: () => T): T {
  const short = `${kind}|${locales}`;
  let known = byOptions.get(options);
  if (!known) byOptions.set(options, (known = new Map()));
  let value = known.get(short) as T | undefined;
  if (value === undefined) {
    const key = `${short}|${JSON.stringify(options)}`;
    value = cache.get(key) as T | undefined;
    if (value === undefined) {
      if (cache.size >= MAX_ENTRIES) cache.clear();
      value = make();
      cache.set(key, value);
    }
    known.set(short, value);
  }
  return value;
}

export const dateTimeFormat = (
  locales: readonly string[],
  options: Intl.DateTimeFormatOptions = NONE,
): Intl.DateTimeFormat =>
  cached('date', locales, options, () => new Intl.DateTimeFormat([...locales], options));

export const numberFormat = (
  locales: readonly string[],
  options: Intl.NumberFormatOptions = NONE,
): Intl.NumberFormat =>
  cached('number', locales, options, () => new Intl.NumberFormat([...locales], options));

export const pluralRules = (locales: readonly string[]): Intl.PluralRules =>
  cached('plural', locales, NONE, () => new Intl.PluralRules([...locales]));

export const relativeTimeFormat = (
  locales: readonly string[],
  options: Intl.RelativeTimeFormatOptions = NONE,
): Intl.RelativeTimeFormat =>
  cached('relative', locales, options, () => new Intl.RelativeTimeFormat([...locales], options));

export const listFormat = (
  locales: readonly string[],
  options: Intl.ListFormatOptions = NONE,
): Intl.ListFormat =>
  cached('list', locales, options, () => new Intl.ListFormat([...locales], options));

export const collator = (
  locales: readonly string[],
  options: Intl.CollatorOptions = NONE,
): Intl.Collator =>
  cached('collator', locales, options, () => new Intl.Collator([...locales], options));
