import { createHmac } from 'node:crypto';
import type { Logger } from '../http/log.js';
import type { SubmissionRecord } from '../storage/submissions.js';

export interface WebhookOptions {
  /** Receives a POST for every new submission. */
  url: string;
  /** Key of the HMAC-SHA-256 over the body, sent as `X-Saxon-Signature: sha256=<hex>`. */
  secret: string;
  /** Default 5000 ms. */
  timeoutMs?: number;
}

export const signBody = (secret: string, body: string) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

/**
 * Tells the operator's endpoint about a new submission. Fire and forget: the submission is
 * already stored, so a slow or failing endpoint is logged and never delays or fails it. The body
 * carries no personal data (no name, no e-mail): the editor looks the submission up.
 */
export function notifyNewSubmission(
  options: WebhookOptions,
  record: SubmissionRecord,
  log: Logger,
): Promise<void> {
  const body = JSON.stringify({
    event: 'submission.created',
    id: record.id,
    kind: record.kind,
    action: record.action,
    ...(record.targetId !== undefined && { targetId: record.targetId }),
    heldBack: record.heldBack,
    submittedAt: new Date(record.submittedMs).toISOString(),
  });
  return fetch(options.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-saxon-signature': signBody(options.secret, body),
      'user-agent': 'saxon-directory',
    },
    body,
    redirect: 'manual',
    signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
  }).then(
    (response) => {
      void response.body?.cancel();
      if (!response.ok)
        log({ level: 'warn', msg: 'webhook failed', status: response.status, id: record.id });
    },
    (error: Error) =>
      log({ level: 'warn', msg: 'webhook failed', error: error.message, id: record.id }),
  );
}
