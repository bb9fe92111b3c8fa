import type { TransportOptions } from '../http/transport.js';
import type { ValidationContext } from '../http/validation.js';
import type { SubmissionsArea } from './public-submissions.js';

export type { SubmissionsArea };

/**
 * The public `submissions` area of the directory client, loaded on its first call: its write
 * transport, input types and the zod schemas of its answers stay out of an app that only reads
 * (issue 27). A failed load is tried again on the next call.
 */
export function lazySubmissionsArea(
  options: TransportOptions,
  url: (path: string) => string,
  validation: (target: string) => ValidationContext,
): SubmissionsArea {
  let loading: Promise<SubmissionsArea> | undefined;
  const area = () =>
    (loading ??= import('./public-submissions-checked.js')
      .then((module) => module.createCheckedSubmissionsArea(options, url, validation))
      .catch((error: unknown) => {
        loading = undefined;
        throw error;
      }));
  return {
    create: async (input, call) => (await area()).create(input, call),
    status: async (statusUrl, call) => (await area()).status(statusUrl, call),
    withdraw: async (statusUrl, call) => (await area()).withdraw(statusUrl, call),
  };
}
