import type { ZodMiniType, output } from 'zod/mini';
import { MISMATCH, type AnswerCheck } from './answer-check.js';
import { ResponseValidationError, SaxonError, type ValidationIssue } from './errors.js';
import { message, type Language } from './messages.js';

/**
 * What happens when a response does not match the SDK's schema: `error` throws a
 * `ResponseValidationError` (default), `warn` logs the issues and passes the data on unchecked,
 * `off` skips validation (fastest; for trusted servers).
 *
 * In every mode a method either returns a result or rejects with a `SaxonError`, never with a
 * `TypeError` from reading the answer. `warn` and `off` pass the unchecked data on wherever the SDK
 * can still build its result from it: the directory's `list`, `get` and `geojson` return the answer
 * as it came, the open-data adapters map whatever fields are there. Where it cannot — `all` and
 * `searchAll` need a page's `items` array and a numeric `total`, `topics.list` needs `items`, the
 * adapters cannot map an answer without their lists — the method rejects with a
 * `ResponseValidationError` naming the URL (the original error, if any, as `cause`).
 */
export type ValidationMode = 'error' | 'warn' | 'off';

export interface ValidationContext {
  mode: ValidationMode;
  url: string;
  language: Language;
  warn?: (text: string, issues: ValidationIssue[]) => void;
}

/** An answer the SDK builds a result from, and the call it belongs to. */
export interface ResponseContext {
  url: string;
  language: Language;
  /** The caller's signal: its reason passes through untouched. */
  signal?: AbortSignal | undefined;
  /** The answer, for the error's `body`. */
  data?: unknown;
}

const defaultWarn = (text: string, issues: ValidationIssue[]) => console.warn(text, issues);

/** The start of `data` as JSON, for an error's `body`; undefined when it cannot be serialised. */
function bodyOf(data: unknown): string | undefined {
  try {
    return JSON.stringify(data);
  } catch {
    return undefined;
  }
}

/**
 * Checks `data` against a zod schema and returns the schema's output (unknown fields left out):
 * the answers of the write side and of the admin client, small and rare, which zod parses as they
 * come. The read path's own answers go through {@link validateAnswer}, which needs no zod unless
 * an answer is malformed.
 */
export function validate<S extends ZodMiniType>(
  schema: S,
  data: unknown,
  context: ValidationContext,
): output<S> {
  if (context.mode === 'off') return data as output<S>;
  return byZod(schema, data, context);
}

/** zod's parse of the whole answer: its output, or its issues per the validation mode. */
function byZod<S extends ZodMiniType>(
  schema: S,
  data: unknown,
  context: ValidationContext,
): output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issues: ValidationIssue[] = result.error.issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
    message: issue.message,
  }));
  return refuse(data, issues, context);
}

/** An answer that does not match: the issues thrown (`error`) or reported (`warn`). */
function refuse<T>(data: unknown, issues: ValidationIssue[], context: ValidationContext): T {
  const text = message(context.language, 'validation', { url: context.url, count: issues.length });
  if (context.mode === 'warn') {
    (context.warn ?? defaultWarn)(text, issues);
    return data as T;
  }
  throw new ResponseValidationError(text, { url: context.url, body: bodyOf(data), issues });
}

/**
 * Checks an answer of the read path with its generated check (`answer.check`) and returns the
 * schema's output. Only when that check does not take the answer is the zod schema loaded (its
 * own chunk) to parse it: its output where zod accepts what the check gave up on, else a
 * `ResponseValidationError` with zod's issues and their paths (`warn`: reported, data passed on).
 * Should the schema's chunk fail to load, the answer is refused all the same (`error`), with the
 * loading error as the issue.
 */
export async function validateAnswer<T>(
  answer: AnswerCheck<T>,
  data: unknown,
  context: ValidationContext,
): Promise<T> {
  if (context.mode === 'off') return data as T;
  const checked = answer.check(data);
  if (checked !== MISMATCH) return checked as T;
  let schema: ZodMiniType<T>;
  try {
    schema = await answer.schema();
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return refuse(data, [{ path: [], message: detail }], context);
  }
  return byZod(schema, data, context);
}

/**
 * Checks the minimum the SDK itself reads from an answer (a page's `items` and `total`), in every
 * validation mode: without it no result can be built. Resolves to `data` unchanged.
 */
export async function requireShape<T>(
  answer: AnswerCheck<unknown>,
  data: unknown,
  context: ResponseContext,
): Promise<T> {
  await validateAnswer(answer, data, {
    mode: 'error',
    url: context.url,
    language: context.language,
  });
  return data as T;
}

function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  if (signal?.aborted && error === signal.reason) return true;
  return (error as { name?: unknown } | null | undefined)?.name === 'AbortError';
}

/**
 * Builds the SDK's result from an answer (unwrapping, mapping into the model). With `validate:
 * 'warn'` or `'off'` the answer is unchecked and building may fail on it; that failure becomes a
 * `ResponseValidationError` naming the URL, with the original error as `cause`. `SaxonError`s (of
 * further requests made while building) and aborts pass through untouched. Wrap only steps that
 * read server data.
 */
export async function buildFromResponse<T>(
  context: ResponseContext,
  build: () => T | Promise<T>,
): Promise<T> {
  try {
    return await build();
  } catch (error) {
    if (error instanceof SaxonError || isAbort(error, context.signal)) throw error;
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new ResponseValidationError(message(context.language, 'unusable', { url: context.url }), {
      url: context.url,
      body: 'data' in context ? bodyOf(context.data) : undefined,
      cause: error,
      issues: [{ path: [], message: detail }],
    });
  }
}

/**
 * A schema the caller passes to `request()`, as an {@link AnswerCheck}: zod (the caller's own)
 * parses every answer.
 */
export function schemaCheck<T>(schema: ZodMiniType<T>): AnswerCheck<T> {
  return { check: () => MISMATCH, schema: () => Promise.resolve(schema) };
}
