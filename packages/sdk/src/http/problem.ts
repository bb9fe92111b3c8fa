// Reads an RFC 9457 problem document (a 400 answer's body) into the fields of an
// InvalidRequestError. Lenient: anything that is not a problem gives no field errors.
import type { FieldError, FieldErrorCode } from './errors.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** `body` as ky pre-parsed it: an object for JSON answers, else text (tried as JSON too). */
export function problemOf(body: unknown): {
  fieldErrors: FieldError[];
  problemTitle?: string | undefined;
  problemDetail?: string | undefined;
} {
  let document = body;
  if (typeof body === 'string') {
    try {
      document = JSON.parse(body);
    } catch {
      document = undefined;
    }
  }
  if (!isRecord(document)) return { fieldErrors: [] };
  const fieldErrors: FieldError[] = [];
  for (const item of Array.isArray(document.errors) ? document.errors : []) {
    if (!isRecord(item) || typeof item.name !== 'string') continue;
    fieldErrors.push({
      name: item.name,
      reason: text(item.reason) ?? '',
      ...(typeof item.code === 'string' && { code: item.code as FieldErrorCode }),
      ...(typeof item.limit === 'number' && { limit: item.limit }),
    });
  }
  return {
    fieldErrors,
    problemTitle: text(document.title),
    problemDetail: text(document.detail),
  };
}
