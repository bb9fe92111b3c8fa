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
