import type { ValidationIssue } from '../http/errors.js';
import type { TransportOptions } from '../http/transport.js';
import type { ValidationMode } from '../http/validation.js';
import { createWriteTransport, type WriteMethod } from '../http/write-transport.js';
import {
  requestUrl,
  type RequestOptions,
  type RouteRequest,
  type UrlParams,
} from '../http/request.js';
import type { paths } from '../generated/saxon-directory.js';
import { createAuditArea, type AdminAuditArea } from './admin-audit.js';
import { createAdminContext } from './admin-context.js';
import { createEntryAreas, type AdminEntryAreas } from './admin-entries.js';
import { createSubmissionsArea, type AdminSubmissionsArea } from './admin-submissions.js';

export interface DirectoryAdminClientOptions extends TransportOptions {
  /**
   * The bearer token of an editor or admin account (`saxon-directory user add`). Sent only as
   * `Authorization: Bearer …`; never part of an error, its message or a hook's argument.
   */
  token: string;
  /** What to do when an answer does not match the contract. Default `error`. */
  validate?: ValidationMode;
  /** Receives validation issues in `warn` mode. Default: `console.warn`. */
  onValidationWarning?: (message: string, issues: ValidationIssue[]) => void;
}

/**
 * The directory's moderation side. Every method rejects with `UnauthorizedError` (no valid token),
 * `ForbiddenError` (role too low) or `ConflictError` (`409`, or `412` for a stale ETag) besides the
 * read client's errors. GET, PUT and DELETE are retried like reads; POST and PATCH only when the
 * server said it did not process them (`429`, `503` with `Retry-After`).
 */
export interface DirectoryAdminClient extends AdminEntryAreas {
  submissions: AdminSubmissionsArea;
  audit: AdminAuditArea;
  /**
   * Any operation of the directory's contract, authenticated, typed from its OpenAPI `paths` and
   * named like a route: `request('POST /actors/{id}/publish', { path: { id }, header: { 'If-Match':
   * etag } })`; a bare path is a GET. `body` is sent as JSON (a merge patch for `PATCH`), with the
   * write transport's retry rules and errors; `options.schema` checks the answer.
   */
  request: RouteRequest<paths>;
}

interface RouteParams extends UrlParams {
  header?: { 'If-Match'?: string; 'If-None-Match'?: string };
  body?: unknown;
}

const MERGE_PATCH = 'application/merge-patch+json';

/**
 * Creates a client of the directory's moderation API.
 *
 * ```ts
 * const admin = createDirectoryAdminClient({ baseUrl: 'https://host/directory/v1', token });
 * const { items } = await admin.audit.list({ kind: 'actor', entityId: 'tu-dresden' });
 * ```
 */
export function createDirectoryAdminClient(
  options: DirectoryAdminClientOptions,
): DirectoryAdminClient {
  const { token, validate, onValidationWarning, ...transportOptions } = options;
  const context = createAdminContext(createWriteTransport({ ...transportOptions, token }), {
    baseUrl: options.baseUrl,
    validate,
    onValidationWarning,
  });
  const request = async (route: string, params: RouteParams = {}, call: RequestOptions = {}) => {
    const [method, path] = route.includes(' ') ? route.split(' ') : ['GET', route];
    const target = requestUrl(options.baseUrl, path!, params);
    const { header = {}, body } = params;
    const { data } = await context.transport.send(method as WriteMethod, target, {
      ...call,
      ...(body === undefined
        ? {}
        : { json: body, ...(method === 'PATCH' ? { contentType: MERGE_PATCH } : {}) }),
      ...(header['If-Match'] ? { ifMatch: header['If-Match'] } : {}),
      ...(header['If-None-Match'] ? { ifNoneMatch: header['If-None-Match'] } : {}),
    });
    return call.schema ? context.check(call.schema, data, target) : data;
  };
  return {
    ...createEntryAreas(context),
    submissions: createSubmissionsArea(context),
    audit: createAuditArea(context),
    request: request as RouteRequest<paths>,
  };
}
