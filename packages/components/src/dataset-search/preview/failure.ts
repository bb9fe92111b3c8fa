// Why a preview failed, as plain data: made where the error happened (in the Web Worker or the
// page) and crossing `postMessage` unchanged. The SDK's stable `code` decides, not `instanceof`,
// so an error of another copy of the SDK reads the same.

export type FailureKind = 'blocked' | 'too-large' | 'format' | 'not-found' | 'http' | 'other';

export interface PreviewFailure {
  kind: FailureKind;
  /** HTTP status, for `http`. */
  status?: number;
  /** The byte cap, for `too-large`. */
  limit?: number;
  /** The SDK's own sentence (in the page's language), for `format`. */
  reason?: string;
  /** Whether loading again may help. */
  retryable: boolean;
}

export function failureOf(error: unknown): PreviewFailure {
  const { code, status, limit, message } = (error ?? {}) as {
    code?: unknown;
    status?: unknown;
    limit?: unknown;
    message?: unknown;
  };
  switch (code) {
    case 'preview_blocked':
      return { kind: 'blocked', retryable: true };
    case 'preview_too_large':
      return {
        kind: 'too-large',
        ...(typeof limit === 'number' ? { limit } : {}),
        retryable: false,
      };
    case 'preview_format':
      return {
        kind: 'format',
        ...(typeof message === 'string' ? { reason: message } : {}),
        retryable: false,
      };
    case 'not_found':
      return { kind: 'not-found', retryable: true };
    default:
      if (typeof status === 'number') return { kind: 'http', status, retryable: true };
      return { kind: 'other', retryable: true };
  }
}
