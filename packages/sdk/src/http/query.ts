export type QueryValue =
  string | number | boolean | Date | null | undefined | readonly (string | number | Date)[];

function serialise(value: string | number | boolean | Date): string {
  return value instanceof Date ? value.toISOString() : String(value);
}

/**
 * Joins a base URL, a path and query parameters. Arrays become repeated parameters
 * (`?topic=a&topic=b`); `undefined`, `null` and empty arrays are left out; Dates become ISO 8601.
 * A relative base URL (`/directory/v1`) is resolved against the page in browsers.
 */
export function buildUrl(
  baseUrl: string,
  path: string,
  query: Record<string, QueryValue> = {},
): string {
  const base = baseUrl.replace(/\/+$/, '');
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value as readonly (string | number | Date)[])
        params.append(name, serialise(item));
    } else {
      params.append(name, serialise(value as string | number | boolean | Date));
    }
  }
  const search = params.toString();
  return `${base}${path}${search ? `?${search}` : ''}`;
}

/** `x` or `[x, y]` → an array; undefined stays undefined. */
export function asArray<T>(value: T | readonly T[] | undefined): readonly T[] | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? (value as readonly T[]) : [value as T];
}
