// `request()`, the escape hatch of every client: any endpoint of the client's OpenAPI contract,
// typed from its generated `paths`, through the client's retries, errors and validation.
import type { ZodMiniType } from 'zod/mini';
import type { QueryValue } from './query.js';
import type { CallOptions } from './transport.js';

/** Options of `request()`: a call's options and, optionally, a schema the answer must match. */
export interface RequestOptions extends CallOptions {
  /**
   * Checks the answer with this zod/mini schema in the client's `validate` mode (`error`, `warn`,
   * `off`). Without it the answer is typed from the contract but not checked.
   */
  schema?: ZodMiniType;
}

type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch';
type Json<R> = R extends { content: { 'application/json': infer T } } ? T : undefined;

/** The JSON body of an operation's success answer (`200`, `201` or `202`); undefined for `204`. */
export type SuccessBody<Op> = Op extends { responses: infer R }
  ? 200 extends keyof R
    ? Json<R[200]>
    : 201 extends keyof R
      ? Json<R[201]>
      : 202 extends keyof R
        ? Json<R[202]>
        : undefined
  : never;

/** A field of `params`: required when the contract requires it, absent when it has none. */
type Field<T, K extends string, As extends string = K> = K extends keyof T
  ? [Exclude<T[K], undefined>] extends [never]
    ? unknown
    : undefined extends T[K]
      ? { [Q in As]?: Exclude<T[K], undefined> }
      : { [Q in As]: T[K] }
  : unknown;

type Parameters_<Op> = Op extends { parameters: infer P } ? P : never;
type BodyOf<Op> = Op extends { requestBody?: infer B } ? Exclude<B, undefined> : never;
type Body<Op> = [BodyOf<Op>] extends [never]
  ? unknown
  : BodyOf<Op> extends { content: infer C }
    ? Op extends { requestBody: object }
      ? { body: C[keyof C] }
      : { body?: C[keyof C] }
    : unknown;

/** `params` of a read: the operation's `path` and `query` parameters. */
export type ReadParams<Op> = Field<Parameters_<Op>, 'path'> & Field<Parameters_<Op>, 'query'>;
/** `params` of a write: `path`, `query`, the JSON `body` and the `header`s it needs (`If-Match`). */
export type WriteParams<Op> = ReadParams<Op> & Field<Parameters_<Op>, 'header'> & Body<Op>;

/** `[params, options]`, with `params` optional when nothing in it is required. */
type Arguments<P> =
  Partial<P> extends P
    ? [params?: P, options?: RequestOptions]
    : [params: P, options?: RequestOptions];

/** The paths of a contract with a GET answering JSON. */
export type JsonGetPath<Paths> = {
  [P in keyof Paths]: Paths[P] extends {
    get: { responses: { 200: { content: { 'application/json': unknown } } } };
  }
    ? P
    : never;
}[keyof Paths];

/** A typed GET of any JSON path of `Paths`; `Unwrap` turns the contract's body into the result. */
export interface GetRequest<Paths, Unwrap extends 'body' | 'ckan' = 'body'> {
  <P extends JsonGetPath<Paths>>(
    path: P,
    ...args: Arguments<ReadParams<Get<Paths, P>>>
  ): Promise<Result<SuccessBody<Get<Paths, P>>, Unwrap>>;
}
type Get<Paths, P extends keyof Paths> = Paths[P] extends { get: infer Op } ? Op : never;
type Result<B, Unwrap> = Unwrap extends 'ckan' ? (B extends { result: infer R } ? R : B) : B;

/** `'GET /actors'`, `'PUT /actors/{id}'`, …: every operation of `Paths`; a bare path is a GET. */
export type Route<Paths> =
  | JsonGetPath<Paths>
  | {
      [P in keyof Paths & string]: {
        [M in HttpMethod]: Paths[P] extends { [K in M]: object } ? `${Uppercase<M>} ${P}` : never;
      }[HttpMethod];
    }[keyof Paths & string];

type OperationOf<Paths, R> = R extends `${infer M} ${infer P}`
  ? P extends keyof Paths
    ? Lowercase<M> extends keyof Paths[P]
      ? Paths[P][Lowercase<M>]
      : never
    : never
  : R extends keyof Paths
    ? Get<Paths, R>
    : never;

/** A typed request of any operation of `Paths`, named like Octokit's routes: `'POST /path'`. */
export interface RouteRequest<Paths> {
  <R extends Route<Paths>>(
    route: R,
    ...args: Arguments<WriteParams<OperationOf<Paths, R>>>
  ): Promise<SuccessBody<OperationOf<Paths, R>>>;
}

/** What `requestUrl` reads from `params`; the types above make sure the right fields are there. */
export interface UrlParams {
  path?: Record<string, string | number>;
  query?: Record<string, QueryValue>;
}

/**
 * `baseUrl` + the path with its `{name}`s filled in + the query. Every name and value is
 * percent-encoded with `encodeURIComponent` (spaces as `%20`, and `= & ? + ,` inside values
 * escaped, as EntryStore needs); arrays become repeated parameters, Dates ISO 8601.
 */
export function requestUrl(baseUrl: string, path: string, params: UrlParams = {}): string {
  const filled = path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params.path?.[name];
    if (value === undefined)
      throw new TypeError(`request: the path parameter "${name}" is missing`);
    return encodeURIComponent(value);
  });
  const pairs: string[] = [];
  for (const [name, value] of Object.entries(params.query ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null) continue;
      const text = item instanceof Date ? item.toISOString() : String(item);
      pairs.push(`${encodeURIComponent(name)}=${encodeURIComponent(text)}`);
    }
  }
  return `${baseUrl.replace(/\/+$/, '')}${filled}${pairs.length ? `?${pairs.join('&')}` : ''}`;
}
