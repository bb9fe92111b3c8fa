import { readFileSync } from 'node:fs';
import $RefParser from '@apidevtools/json-schema-ref-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import OpenAPIBackend from 'openapi-backend';
import { parse } from 'yaml';
import { expect } from 'vitest';
import type { DirectoryResponse } from './target.js';

/**
 * openapi-backend over one of the SDK's specs. Its own spec check and Ajv follow OpenAPI 3.0 /
 * draft-07, so the 3.1 specs are dereferenced first and validated with Ajv's 2020-12 build.
 */
export async function openApiBackend(spec: string, apiRoot: string): Promise<OpenAPIBackend> {
  const text = readFileSync(
    new URL(`../../../packages/sdk/openapi/${spec}`, import.meta.url),
    'utf8',
  );
  const definition = await $RefParser.dereference(parse(text) as object);
  const api = new OpenAPIBackend({
    definition: definition as ConstructorParameters<typeof OpenAPIBackend>[0]['definition'],
    apiRoot,
    quick: true,
    validate: true,
    customizeAjv: (_ajv, options) => {
      const ajv = new Ajv2020({ ...options, strict: false, allErrors: true });
      addFormats.default(ajv);
      return ajv as never;
    },
  });
  await api.init();
  return api;
}

export type Backend = OpenAPIBackend;

/** Calls `path`, expects `expectedStatus` and validates the answer against its operation. */
export async function expectConforms(
  api: Backend,
  get: (path: string) => Promise<DirectoryResponse>,
  path: string,
  expectedStatus: number,
) {
  const url = new URL(`http://127.0.0.1${path}`);
  const operation = api.matchOperation({
    method: 'get',
    path: url.pathname,
    query: url.search.slice(1),
    headers: {},
  });
  expect(operation, `no operation in the spec matches ${path}`).toBeDefined();
  const response = await get(path);
  expect(response.status, `${path}: ${response.text.slice(0, 300)}`).toBe(expectedStatus);
  const contentType = response.headers.get('content-type') ?? '';
  if (/json/.test(contentType)) {
    const result = api.validateResponse(response.body, operation!, response.status);
    expect(result.errors ?? [], `${path}\n${JSON.stringify(result.errors, null, 2)}`).toEqual([]);
  } else {
    const declared = Object.keys(
      (operation!.responses?.[String(response.status)] as { content?: object } | undefined)
        ?.content ?? {},
    );
    expect(
      declared.some((type) => contentType.startsWith(type)),
      `${path}: ${contentType} not in ${declared}`,
    ).toBe(true);
  }
  return { operationId: operation!.operationId!, response };
}

/**
 * The contract's write side: every method but GET, and every path under `/submissions` or
 * `/moderation` (the server's `isWriteRoute`, on the spec's paths).
 */
export const isWriteOperation = (method: string, path: string) =>
  method.toLowerCase() !== 'get' || /^\/(submissions|moderation)(\/|$)/.test(path);

/** Validates an answer already received for `method path` against its operation in the spec. */
export function expectAnswerConforms(
  api: Backend,
  request: { method: string; path: string; headers?: Record<string, string> },
  response: DirectoryResponse,
) {
  const url = new URL(`http://127.0.0.1${request.path}`);
  const operation = api.matchOperation({
    method: request.method.toLowerCase(),
    path: url.pathname,
    query: url.search.slice(1),
    headers: request.headers ?? {},
  });
  expect(
    operation,
    `no operation in the spec matches ${request.method} ${request.path}`,
  ).toBeDefined();
  const declared = operation!.responses?.[String(response.status)] as
    { content?: object } | undefined;
  expect(
    declared,
    `${request.method} ${request.path}: ${response.status} is not documented`,
  ).toBeDefined();
  const contentType = response.headers.get('content-type') ?? '';
  if (/json/.test(contentType)) {
    const result = api.validateResponse(response.body, operation!, response.status);
    expect(
      result.errors ?? [],
      `${request.path}\n${JSON.stringify(result.errors, null, 2)}`,
    ).toEqual([]);
  }
  return operation!;
}
