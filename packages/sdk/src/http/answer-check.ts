import type { ZodMiniType } from 'zod/mini';

/**
 * What a check gives when an answer does not match (or when it leaves the answer to zod): the
 * caller then lets zod parse it, for zod's typed issues with their paths.
 */
export const MISMATCH: unique symbol = Symbol('mismatch');

/**
 * How the read path checks one kind of answer without zod: `check` is generated from the zod
 * schema at build time (src/generated/checks/, `scripts/generate-checks.mjs`) and gives the
 * schema's output, or `MISMATCH`; `schema` loads that zod schema on demand — its own chunk, with
 * zod — for the issues of a malformed answer.
 */
export interface AnswerCheck<T> {
  readonly check: (data: unknown) => unknown;
  readonly schema: () => Promise<ZodMiniType<T>>;
}

/** A JSON object, not `null` nor an array: what zod's object kinds take. */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * One `z.optional(…)` field of a `z.object` in the generated checks: absent, it stays out of the
 * output `o`; there as `undefined`, it is kept so; else `check` gives its output. False on a
 * mismatch.
 */
export function optionalField(
  v: Record<string, unknown>,
  o: Record<string, unknown>,
  key: string,
  check: (value: unknown) => unknown,
): boolean {
  const value = v[key];
  if (value === undefined) {
    if (key in v) o[key] = undefined;
    return true;
  }
  const result = check(value);
  if (result === MISMATCH) return false;
  o[key] = result;
  return true;
}

/**
 * A `z.array` in the generated checks whose elements may change (objects zod copies): the input
 * array where no element changes, else a copy with the changed ones; `MISMATCH` on a bad element.
 */
export function arrayOf(v: unknown, check: (value: unknown) => unknown): unknown {
  if (!Array.isArray(v)) return MISMATCH;
  let output: unknown[] | undefined;
  for (let i = 0; i < v.length; i++) {
    const item: unknown = v[i];
    const result = check(item);
    if (result === MISMATCH) return MISMATCH;
    if (output) output[i] = result;
    else if (result !== item) {
      output = v.slice(0, i);
      output[i] = result;
    }
  }
  return output ?? v;
}
