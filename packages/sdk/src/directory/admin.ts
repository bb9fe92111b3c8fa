import type { ValidationIssue } from '../http/errors.js';
import type { TransportOptions } from '../http/transport.js';
import type { ValidationMode } from '../http/validation.js';
import { createWriteTransport } from '../http/write-transport.js';
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
}

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
  return {
    ...createEntryAreas(context),
    submissions: createSubmissionsArea(context),
    audit: createAuditArea(context),
  };
}
