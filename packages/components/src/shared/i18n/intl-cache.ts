/**
 * `Intl` formatters are costly to build and cheap to use: a list of 200 events formats about a
 * thousand dates. Each formatter is built once per kind, locales and options, and reused.
 */

const cache = new Map<string, unknown>();
/** Locales × option sets in use stay few; the bound only guards against unexpected variety. */
const MAX_ENTRIES = 256;

function cached<T>(kind: string, locales: readonly string[], options: object, make: () => T): T {
  const key = `${kind}|${locales.join(',')}|${JSON.stringify(options)}`;
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    if (cache.size >= MAX_ENTRIES) cache.clear();
    value = make();
    cache.set(key, value);
  }
  return value;
}

export const dateTimeFormat = (
  locales: readonly string[],
  options: Intl.DateTimeFormatOptions = {},
): Intl.DateTimeFormat =>
  cached('date', locales, options, () => new Intl.DateTimeFormat([...locales], options));

export const numberFormat = (
  locales: readonly string[],
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat =>
  cached('number', locales, options, () => new Intl.NumberFormat([...locales], options));

export const pluralRules = (locales: readonly string[]): Intl.PluralRules =>
  cached('plural', locales, {}, () => new Intl.PluralRules([...locales]));

export const relativeTimeFormat = (
  locales: readonly string[],
  options: Intl.RelativeTimeFormatOptions = {},
): Intl.RelativeTimeFormat =>
  cached('relative', locales, options, () => new Intl.RelativeTimeFormat([...locales], options));

export const listFormat = (
  locales: readonly string[],
  options: Intl.ListFormatOptions = {},
): Intl.ListFormat =>
  cached('list', locales, options, () => new Intl.ListFormat([...locales], options));

export const collator = (
  locales: readonly string[],
  options: Intl.CollatorOptions = {},
): Intl.Collator =>
  cached('collator', locales, options, () => new Intl.Collator([...locales], options));
