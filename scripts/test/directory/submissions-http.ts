import { expect } from 'vitest';
import type { Backend } from './openapi.js';
import type { DirectoryResponse } from './target.js';

/** A directory server under test with submissions enabled, reached over real HTTP. */
export interface SubmissionsTarget {
  /** e.g. `http://127.0.0.1:1234` */
  url: string;
  /** Headers that make a request an editor's (`Authorization: Bearer …`). */
  editor: Record<string, string>;
  /** The editor's account name, as the audit records it. */
  editorName: string;
  close(): Promise<void>;
}

export interface CallInit {
  body?: unknown;
  headers?: Record<string, string>;
}

/** Any method with an optional JSON body; answers parsed like `DirectoryTarget.get`. */
export async function call(
  base: string,
  method: string,
  path: string,
  init: CallInit = {},
): Promise<DirectoryResponse> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.body !== undefined && !Object.keys(headers).some((h) => /content-type/i.test(h)))
    headers['content-type'] = 'application/json';
  const response = await fetch(`${base}${path}`, {
    method,
    headers,
    ...(init.body !== undefined && {
      body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
    }),
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON
  }
  return { status: response.status, headers: response.headers, text, body: body as never };
}

/**
 * Calls `method path`, expects `status` and validates the answer (and a JSON request body, when
 * the status is a success) against the contract. Returns the operation id and the answer.
 */
export async function expectCallConforms(
  api: Backend,
  base: string,
  method: string,
  path: string,
  status: number,
  init: CallInit = {},
) {
  const url = new URL(`http://127.0.0.1${path}`);
  const operation = api.matchOperation({
    method: method.toLowerCase(),
    path: url.pathname,
    query: url.search.slice(1),
    headers: {},
  });
  expect(operation, `no operation in the spec matches ${method} ${path}`).toBeDefined();
  if (status < 300 && init.body !== undefined && typeof init.body !== 'string') {
    const request = api.validateRequest({
      method: method.toLowerCase(),
      path: url.pathname,
      query: url.search.slice(1),
      headers: { 'content-type': 'application/json' },
      body: init.body,
    } as never);
    expect(request.errors ?? [], `request of ${method} ${path}`).toEqual([]);
  }
  const response = await call(base, method, path, init);
  expect(response.status, `${method} ${path}: ${response.text.slice(0, 400)}`).toBe(status);
  const result = api.validateResponse(response.body, operation!, response.status);
  expect(
    result.errors ?? [],
    `${method} ${path}\n${JSON.stringify(result.errors, null, 2)}`,
  ).toEqual([]);
  return { operationId: operation!.operationId!, response };
}
