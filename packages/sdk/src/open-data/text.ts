/** The value if it is an absolute http(s) URL, else undefined (CKAN's `url` is often plain text). */
export function httpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!/^https?:\/\//i.test(trimmed)) return undefined;
  try {
    return new URL(trimmed).href === '' ? undefined : trimmed;
  } catch {
    return undefined;
  }
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
