/**
 * The transforms of the directory's schemas (schemas.ts), as named functions: the generated checks
 * (src/generated/checks/directory.ts, `scripts/generate-checks.mjs`) import them by name, so a
 * transform written inline in a schema would have no name to import and the generator refuses it.
 *
 * The generated checks call a transform with the value alone: a transform here never reports
 * issues and never returns a promise.
 */

/** An optional field sent as `null` (many servers do) reads as absent. */
export function absentIfNull<T>(value: T | null): T | undefined {
  return value ?? undefined;
}
