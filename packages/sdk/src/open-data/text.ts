const HTTP_URL = /^https?:\/\/[^\s/?#@]+(?:[/?#][^\s]*)?$/i;

/**
 * The value if it is an absolute http(s) URL with a host and no white space, else undefined
 * (CKAN's `url` is often plain text). A pattern, not `new URL()`: pages carry thousands of URLs.
 */
export function httpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return HTTP_URL.test(trimmed) ? trimmed : undefined;
}

/** A non-empty trimmed string, or undefined. Text is kept as sent: no repair, no HTML parsing. */
export function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return value.trim() === '' ? undefined : value;
}

/** Unique values, in first-seen order. */
export function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/** A language map as ckanext-fluent/scheming portals send it: `{ de: …, fr: …, en: … }`. */
export type LanguageMap = Record<string, string | null | undefined>;

/**
 * Reads text that may be a language map (fluent/scheming) or, on some portals, such a map encoded
 * as a JSON string (opendata.swiss group titles): the client's language, then German, then English,
 * then any non-empty one. Plain strings are returned as `text` would.
 */
export function localized(value: unknown, language: string): string | undefined {
  return text(pickLanguage(languageMap(value), language) ?? (isMapText(value) ? undefined : value));
}

const isMapText = (value: unknown) => typeof value === 'string' && /^\s*\{"/.test(value);

/** The value as a language map, when it is one (or a JSON string holding one). */
export function languageMap(value: unknown): LanguageMap | undefined {
  if (isMapText(value)) {
    try {
      value = JSON.parse(value as string);
    } catch {
      return undefined;
    }
  }
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as LanguageMap)
    : undefined;
}

/** The entry of a language map to show: `language`, then `de`, then `en`, then any non-empty. */
export function pickLanguage<T>(map: Record<string, T> | undefined, language: string): T | undefined {
  if (!map) return undefined;
  const filled = (key: string) =>
    Object.hasOwn(map, key) && nonEmpty(map[key]) ? map[key] : undefined;
  return (
    filled(language) ??
    filled('de') ??
    filled('en') ??
    Object.values(map).find((entry) => nonEmpty(entry))
  );
}

function nonEmpty(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : typeof value === 'string' && value.trim() !== '';
}

/** The non-empty entries of a language map with more than one language, else undefined. */
export function translations(value: unknown): Record<string, string> | undefined {
  const map = languageMap(value);
  if (!map) return undefined;
  const entries = Object.entries(map).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '',
  );
  return entries.length > 1 ? Object.fromEntries(entries) : undefined;
}
