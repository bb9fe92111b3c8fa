import type { ZodMiniType, output } from 'zod/mini';
import { buildUrl, type QueryValue } from '../http/query.js';
import { validate, type ValidationMode } from '../http/validation.js';
import type { ValidationIssue } from '../http/errors.js';
import type { WriteTransport } from '../http/write-transport.js';

/**
 * What every area of the admin client (`audit` here; `submissions` in admin-submissions.ts;
 * `actors`, `events`, `topics` in admin-entries.ts) builds its methods from.
 */
export interface AdminContext {
  /** Authenticated requests: `send(method, url, { json, ifMatch, signal })`. */
  transport: WriteTransport;
  /** `baseUrl` + path + query parameters (arrays repeated). */
  url(path: string, query?: Record<string, QueryValue>): string;
  /** Checks an answer against its schema per the client's `validate` mode. */
  check<S extends ZodMiniType>(schema: S, data: unknown, url: string): output<S>;
}

export function createAdminContext(
  transport: WriteTransport,
  options: {
    baseUrl: string;
    validate?: ValidationMode | undefined;
    onValidationWarning?: ((message: string, issues: ValidationIssue[]) => void) | undefined;
  },
): AdminContext {
  const mode = options.validate ?? 'error';
  return {
    transport,
    url: (path, query) => buildUrl(options.baseUrl, path, query),
    check: (schema, data, url) =>
      validate(schema, data, {
        mode,
        url,
        language: transport.language,
        ...(options.onValidationWarning ? { warn: options.onValidationWarning } : {}),
      }),
  };
}
