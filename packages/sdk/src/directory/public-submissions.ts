import type { CallOptions, TransportOptions } from '../http/transport.js';
import { createWriteTransport } from '../http/write-transport.js';
import {
  submissionReceiptSchema,
  submissionStatusSchema,
  type SubmissionInput,
  type SubmissionReceipt,
  type SubmissionStatus,
} from './submission-schemas.js';
import type { ZodMiniType, output } from 'zod/mini';

/** "Eintrag beisteuern": public submissions, no account needed. */
export interface SubmissionsArea {
  /**
   * Sends an actor or event to create, change or remove. Resolves to the submission's id and its
   * private `statusUrl` (keep it: it is the only way to follow or withdraw the submission). Never
   * retried unless the server said it did not process it (`429`, `503` with `Retry-After`).
   * A `400` is an `InvalidRequestError` whose `fieldErrors` name each bad field with a `code`.
   */
  create(input: SubmissionInput, options?: CallOptions): Promise<SubmissionReceipt>;
  /** The submission's state through its status link: pending, approved, rejected (with reason), withdrawn. */
  status(statusUrl: string, options?: CallOptions): Promise<SubmissionStatus>;
  /** Withdraws a pending submission; `ConflictError` (409) once an editor has decided. */
  withdraw(statusUrl: string, options?: CallOptions): Promise<SubmissionStatus>;
}

/** A status link as the server made it: an absolute http(s) URL of `…/submissions/status/{token}`. */
function checkedStatusUrl(statusUrl: string): string {
  let url: URL | undefined;
  try {
    url = new URL(statusUrl);
  } catch {
    url = undefined;
  }
  if (
    !url ||
    !/^https?:$/.test(url.protocol) ||
    !/\/submissions\/status\/[^/]+$/.test(url.pathname)
  )
    throw new TypeError(
      'statusUrl must be the absolute status link that submissions.create returned',
    );
  return url.href;
}

export function createSubmissionsArea(
  options: TransportOptions,
  url: (path: string) => string,
  check: <S extends ZodMiniType>(schema: S, data: unknown, target: string) => output<S>,
): SubmissionsArea {
  // No token: the public area never authenticates.
  const transport = createWriteTransport(options);
  return {
    async create(input, call) {
      const target = url('/submissions');
      const { data } = await transport.send('POST', target, { ...call, json: input });
      return check(submissionReceiptSchema, data, target);
    },
    async status(statusUrl, call) {
      const target = checkedStatusUrl(statusUrl);
      const { data } = await transport.send('GET', target, call);
      return check(submissionStatusSchema, data, target);
    },
    async withdraw(statusUrl, call) {
      const target = checkedStatusUrl(statusUrl);
      const { data } = await transport.send('DELETE', target, call);
      return check(submissionStatusSchema, data, target);
    },
  };
}
