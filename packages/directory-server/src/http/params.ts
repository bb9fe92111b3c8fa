import type { FieldErrorCode } from '@saxon-ai/sdk';
import type { BBox } from '../storage/types.js';
/**
 * Query-parameter reading for the directory API. Every problem is collected, so one 400 answer
 * lists all bad parameters at once (RFC 9457 `errors`).
 */
export interface FieldProblem {
  name: string;
  reason: string;
  /** Machine-readable kind (contract 1.2); the body's field errors all have one. */
  code?: FieldErrorCode;
  limit?: number;
}

export class ParamErrors {
  readonly errors: FieldProblem[] = [];

  add(name: string, reason: string, code?: FieldErrorCode, limit?: number): void {
    this.errors.push({
      name,
      reason,
      ...(code !== undefined && { code }),
      ...(limit !== undefined && { limit }),
    });
  }
}

export type Query = (name: string) => string[];

export function queryOf(url: string): Query {
  const params = new URL(url).searchParams;
  return (name) => params.getAll(name);
}

export function single(query: Query, name: string, errors: ParamErrors): string | undefined {
  const values = query(name);
  if (values.length > 1) errors.add(name, 'must be given at most once');
  const value = values[0]?.trim();
  return value === '' ? undefined : value;
}

/** Repeated parameter (`?topic=a&topic=b`), empty values dropped. */
export function list(query: Query, name: string): string[] {
  return query(name)
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

export function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  name: string,
  errors: ParamErrors,
): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  errors.add(name, `must be one of ${allowed.join(', ')}`);
  return undefined;
}

export function listOf<T extends string>(
  values: string[],
  allowed: readonly T[],
  name: string,
  errors: ParamErrors,
): T[] {
  for (const value of values) {
    if (!(allowed as readonly string[]).includes(value)) {
      errors.add(name, `"${value}" is not one of ${allowed.join(', ')}`);
    }
  }
  return values.filter((value): value is T => (allowed as readonly string[]).includes(value));
}

export function integer(
  value: string | undefined,
  name: string,
  range: { min: number; max: number; fallback: number },
  errors: ParamErrors,
): number {
  if (value === undefined) return range.fallback;
  if (!/^-?\d+$/.test(value)) {
    errors.add(name, 'must be a whole number');
    return range.fallback;
  }
  const number = Number(value);
  if (number < range.min || number > range.max) {
    errors.add(name, `must be between ${range.min} and ${range.max}`);
    return range.fallback;
  }
  return number;
}

export function bbox(value: string | undefined, errors: ParamErrors): BBox | undefined {
  if (value === undefined) return undefined;
  const parts = value.split(',').map((part) => Number(part.trim()));
  const [minLon, minLat, maxLon, maxLat] = parts;
  if (
    parts.length !== 4 ||
    parts.some((n) => !Number.isFinite(n)) ||
    minLon! > maxLon! ||
    minLat! > maxLat! ||
    Math.abs(minLat!) > 90 ||
    Math.abs(maxLat!) > 90 ||
    Math.abs(minLon!) > 180 ||
    Math.abs(maxLon!) > 180
  ) {
    errors.add('bbox', 'must be minLon,minLat,maxLon,maxLat in WGS84 degrees');
    return undefined;
  }
  return [minLon!, minLat!, maxLon!, maxLat!];
}

/** A date (`YYYY-MM-DD`, start of that day in Berlin) or a date-time with offset. */
export function instant(
  value: string | undefined,
  name: string,
  errors: ParamErrors,
  dateToInstant: (date: string) => number,
): number | undefined {
  if (value === undefined) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return dateToInstant(value);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    const ms = Date.parse(value);
    if (Number.isFinite(ms)) return ms;
  }
  errors.add(name, 'must be a date (YYYY-MM-DD) or a date-time with offset (RFC 3339)');
  return undefined;
}

/** `limit` (1…max, default 20) and `offset` (≥ 0, default 0). */
export function paging(
  query: Query,
  errors: ParamErrors,
  max: number,
): { limit: number; offset: number } {
  return {
    limit: integer(single(query, 'limit', errors), 'limit', { min: 1, max, fallback: 20 }, errors),
    offset: integer(
      single(query, 'offset', errors),
      'offset',
      { min: 0, max: 1e9, fallback: 0 },
      errors,
    ),
  };
}
