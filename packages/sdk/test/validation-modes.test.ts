// How an answer is checked (src/http/validation.ts), as a caller sees it: zod's output for the
// write side's answers, the generated check for the read path with zod loaded only for a
// malformed answer, the three validation modes, and the errors that name the URL.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { MISMATCH, type AnswerCheck } from '../src/http/answer-check.js';
import {
  buildFromResponse,
  schemaCheck,
  validate,
  validateAnswer,
} from '../src/http/validation.js';
import { NotFoundError, ResponseValidationError } from '../src/index.js';
import { ckanSearchResultSchema } from '../src/open-data/ckan/schemas.js';

const schema = z.object({ id: z.string(), count: z.number() });
const context = (mode: 'error' | 'warn' | 'off', language: 'de' | 'en' = 'de') => ({
  mode,
  url: 'https://portal.example/answer',
  language,
});

/** The rejection of `promise`, or of the call. */
async function failureOf(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

afterEach(() => vi.restoreAllMocks());

describe('validate: answers of the write side, parsed by zod', () => {
  it("gives zod's output: unknown fields left out", () => {
    expect(validate(schema, { id: 'a', count: 2, extra: true }, context('error'))).toStrictEqual({
      id: 'a',
      count: 2,
    });
  });

  it('refuses a malformed answer with the issues, their paths, the URL and the body', async () => {
    const error = await failureOf(() => validate(schema, { id: 7, count: 2 }, context('error')));
    expect(error).toBeInstanceOf(ResponseValidationError);
    const refused = error as ResponseValidationError;
    expect(refused.message).toBe(
      'Die Antwort entspricht nicht dem erwarteten Format: 1 Abweichung(en) (https://portal.example/answer).',
    );
    expect(refused.code).toBe('invalid_response');
    expect(refused.url).toBe('https://portal.example/answer');
    expect(refused.body).toBe('{"id":7,"count":2}');
    expect(refused.issues).toEqual([{ path: ['id'], message: expect.any(String) }]);
  });

  it('names the path in a recorded CKAN page where a field is wrong', async () => {
    const recorded = JSON.parse(
      readFileSync(
        new URL('./fixtures/compat/stadt-zuerich-package_search-verkehr.json', import.meta.url),
        'utf8',
      ),
    ) as { result?: unknown };
    // Recorded with or without CKAN's action envelope.
    const page = (recorded.result ?? recorded) as { results: Record<string, unknown>[] };
    page.results[1]!.name = 42;
    const error = await failureOf(() =>
      validate(ckanSearchResultSchema, page, context('error', 'en')),
    );
    expect((error as ResponseValidationError).issues).toContainEqual(
      expect.objectContaining({ path: ['results', 1, 'name'] }),
    );
    expect((error as Error).message).toMatch(/^The response does not have the expected shape: /);
  });

  it('an answer that cannot be written as JSON is refused without a body', async () => {
    const circular: Record<string, unknown> = { id: 1 };
    circular.self = circular;
    const error = await failureOf(() => validate(schema, circular, context('error')));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).body).toBeUndefined();
  });

  it('`warn` reports the issues on the console by default and passes the answer on', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const data = { id: 7 };
    expect(validate(schema, data, context('warn', 'en'))).toBe(data);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toBe(
      'The response does not have the expected shape: 2 issue(s) (https://portal.example/answer).',
    );
    expect(warn.mock.calls[0]![1]).toEqual([
      { path: ['id'], message: expect.any(String) },
      { path: ['count'], message: expect.any(String) },
    ]);
  });

  it('`warn` with its own reporter does not touch the console', () => {
    const consoleWarn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const reported: unknown[][] = [];
    const data = { id: 'a' };
    validate(schema, data, { ...context('warn'), warn: (...args) => reported.push(args) });
    expect(reported).toHaveLength(1);
    expect(consoleWarn).not.toHaveBeenCalled();
  });

  it('`off` passes the answer on as it came, unknown fields and all', () => {
    const data = { id: 7, extra: true };
    expect(validate(schema, data, context('off'))).toBe(data);
  });
});

describe('validateAnswer: the read path', () => {
  /** A check that gives `output` (or refuses), and a schema loader that counts its calls. */
  function answerCheck(output: unknown, load: () => Promise<z.ZodMiniType> = async () => schema) {
    const loads = vi.fn(load);
    const answer: AnswerCheck<unknown> = { check: () => output, schema: loads };
    return { answer, loads };
  }

  it("a well-formed answer: the check's output, and zod is never loaded", async () => {
    const { answer, loads } = answerCheck({ id: 'checked', count: 1 });
    await expect(validateAnswer(answer, { id: 'raw' }, context('error'))).resolves.toStrictEqual({
      id: 'checked',
      count: 1,
    });
    expect(loads).not.toHaveBeenCalled();
  });

  it("an answer the check gives up on: zod's output when zod takes it", async () => {
    const { answer, loads } = answerCheck(MISMATCH);
    await expect(
      validateAnswer(answer, { id: 'a', count: 3, extra: 1 }, context('error')),
    ).resolves.toStrictEqual({ id: 'a', count: 3 });
    expect(loads).toHaveBeenCalledTimes(1);
  });

  it('`off` neither checks nor loads anything', async () => {
    const check = vi.fn(() => MISMATCH);
    const loads = vi.fn(async () => schema);
    const data = { anything: true };
    await expect(validateAnswer({ check, schema: loads }, data, context('off'))).resolves.toBe(
      data,
    );
    expect(check).not.toHaveBeenCalled();
    expect(loads).not.toHaveBeenCalled();
  });

  it('a schema file that fails to load refuses the answer, naming the loading error', async () => {
    const { answer } = answerCheck(MISMATCH, () =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    );
    const error = await failureOf(() => validateAnswer(answer, { id: 1 }, context('error', 'en')));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues).toEqual([
      { path: [], message: 'TypeError: Failed to fetch dynamically imported module' },
    ]);
    expect((error as Error).message).toBe(
      'The response does not have the expected shape: 1 issue(s) (https://portal.example/answer).',
    );
  });

  it("a caller's own schema (request()): zod parses every answer", async () => {
    await expect(
      validateAnswer(schemaCheck(schema), { id: 'a', count: 1, extra: 1 }, context('error')),
    ).resolves.toStrictEqual({ id: 'a', count: 1 });
    await expect(
      validateAnswer(schemaCheck(schema), { id: 'a' }, context('error')),
    ).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it('a loader that rejects with a non-error names what it rejected with', async () => {
    const { answer } = answerCheck(MISMATCH, () => Promise.reject('offline'));
    const error = await failureOf(() => validateAnswer(answer, { id: 1 }, context('error')));
    expect((error as ResponseValidationError).issues).toEqual([{ path: [], message: 'offline' }]);
  });
});

describe('buildFromResponse: building the result from an unchecked answer', () => {
  const response = {
    url: 'https://portal.example/answer',
    language: 'de' as const,
    data: { a: 1 },
  };

  it('a failure while building is a ResponseValidationError naming the URL, the cause kept', async () => {
    const cause = new TypeError("Cannot read properties of undefined (reading 'map')");
    const error = await failureOf(() =>
      buildFromResponse(response, () => {
        throw cause;
      }),
    );
    expect(error).toBeInstanceOf(ResponseValidationError);
    const refused = error as ResponseValidationError;
    expect(refused.message).toBe(
      'Die Antwort entspricht nicht dem erwarteten Format und lässt sich nicht verarbeiten (https://portal.example/answer).',
    );
    expect(refused.cause).toBe(cause);
    expect(refused.body).toBe('{"a":1}');
    expect(refused.issues).toEqual([
      { path: [], message: "TypeError: Cannot read properties of undefined (reading 'map')" },
    ]);
  });

  it('a thrown non-error is named as it is', async () => {
    const error = await failureOf(() =>
      buildFromResponse({ url: 'u', language: 'en' }, () => {
        throw 'no items';
      }),
    );
    expect((error as ResponseValidationError).issues).toEqual([{ path: [], message: 'no items' }]);
    expect((error as ResponseValidationError).body).toBeUndefined();
  });

  it("the SDK's own errors and the caller's abort pass through untouched", async () => {
    const notFound = new NotFoundError('weg', { url: 'u', status: 404 });
    await expect(
      buildFromResponse(response, () => {
        throw notFound;
      }),
    ).rejects.toBe(notFound);

    const controller = new AbortController();
    const reason = new Error('the caller left');
    controller.abort(reason);
    await expect(
      buildFromResponse({ ...response, signal: controller.signal }, () => {
        throw reason;
      }),
    ).rejects.toBe(reason);

    const abort = new DOMException('aborted', 'AbortError');
    await expect(
      buildFromResponse(response, () => {
        throw abort;
      }),
    ).rejects.toBe(abort);
  });

  it("an error other than the abort's reason is still the answer's fault", async () => {
    const pending = new AbortController();
    const aborted = new AbortController();
    aborted.abort(new Error('the caller left'));
    for (const signal of [pending.signal, aborted.signal]) {
      const error = await failureOf(() =>
        buildFromResponse({ ...response, signal }, () => {
          throw new Error('bad field');
        }),
      );
      expect(error).toBeInstanceOf(ResponseValidationError);
    }
  });
});
