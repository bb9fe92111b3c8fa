import type { ZodMiniType, output } from 'zod/mini';
import { ResponseValidationError, type ValidationIssue } from './errors.js';
import { message, type Language } from './messages.js';

/**
 * What happens when a response does not match the SDK's schema: `error` throws a
 * `ResponseValidationError` (default), `warn` logs the issues and passes the data on unchecked,
 * `off` skips validation (fastest; for trusted servers).
 */
export type ValidationMode = 'error' | 'warn' | 'off';

export interface ValidationContext {
  mode: ValidationMode;
  url: string;
  language: Language;
  warn?: (text: string, issues: ValidationIssue[]) => void;
}

const defaultWarn = (text: string, issues: ValidationIssue[]) => console.warn(text, issues);

/** Checks `data` against `schema` and returns the schema's output (unknown fields left out). */
export function validate<S extends ZodMiniType>(
  schema: S,
  data: unknown,
  context: ValidationContext,
): output<S> {
  if (context.mode === 'off') return data as output<S>;
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issues: ValidationIssue[] = result.error.issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
    message: issue.message,
  }));
  const text = message(context.language, 'validation', { url: context.url, count: issues.length });
  if (context.mode === 'warn') {
    (context.warn ?? defaultWarn)(text, issues);
    return data as output<S>;
  }
  let body: string | undefined;
  try {
    body = JSON.stringify(data);
  } catch {
    body = undefined;
  }
  throw new ResponseValidationError(text, { url: context.url, body, issues });
}
