import type { TransportOptions } from '../http/transport.js';
import { validate, type ValidationContext } from '../http/validation.js';
import { createSubmissionsArea, type SubmissionsArea } from './public-submissions.js';

/** The public submissions area with its answers checked by zod in the client's validation mode. */
export function createCheckedSubmissionsArea(
  options: TransportOptions,
  url: (path: string) => string,
  validation: (target: string) => ValidationContext,
): SubmissionsArea {
  return createSubmissionsArea(options, url, (schema, data, target) =>
    validate(schema, data, validation(target)),
  );
}
