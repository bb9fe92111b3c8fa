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

/**
 * Reads text that may be a ckanext-fluent/scheming language map (`{ "de": …, "fr": … }`): the
 * client's language, then German, then English, then any non-empty one. Plain strings pass as
 * `text` reads them; other shapes read as absent.
 */
export function localized(value: unknown, language: string): string | undefined {
  return text(
    value && typeof value === 'object'
      ? pickLanguage(value as Record<string, unknown>, language)
      : value,
  );
}

/** The entry of a language map to show: `language`, then `de`, then `en`, then any non-empty. */
export function pickLanguage<T>(map: Record<string, T>, language: string): T | undefined {
  const filled = (entry: unknown) =>
    Array.isArray(entry) ? entry.length > 0 : typeof entry === 'string' && entry.trim() !== '';
  for (const key of [language, 'de', 'en'])
    if (Object.hasOwn(map, key) && filled(map[key])) return map[key];
  return Object.values(map).find(filled);
}
