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
