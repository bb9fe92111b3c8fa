// The Trusted Types policy through which the preview starts its Web Worker. Under
// `require-trusted-types-for 'script'` the Worker constructor takes only a TrustedScriptURL; the
// policy makes one for the worker's own file and refuses every other URL.

/** Name of the policy; a page with a `trusted-types` allow-list adds it. */
export const WORKER_POLICY = 'saxon-preview-worker';

/** The part of the Trusted Types API used here (not yet in TypeScript's DOM types). */
interface ScriptUrlPolicy {
  createScriptURL(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(
    name: string,
    rules: { createScriptURL: (input: string) => string },
  ): ScriptUrlPolicy;
}

let policy: ScriptUrlPolicy | null | undefined;

/**
 * `url` as the Worker constructor accepts it under Trusted Types (a TrustedScriptURL), as a
 * string where the browser has no Trusted Types, or `undefined` when the page's `trusted-types`
 * allow-list does not name {@link WORKER_POLICY} — the preview is then read in the page.
 * The policy is made once per page (an allow-list without 'allow-duplicates' allows one).
 */
export function workerScriptUrl(url: string): string | undefined {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return url;
  if (policy === undefined) {
    try {
      policy = factory.createPolicy(WORKER_POLICY, {
        createScriptURL: (input) => {
          if (input !== url) throw new TypeError(`${WORKER_POLICY}: not the preview's worker`);
          return input;
        },
      });
    } catch {
      policy = null; // the page's allow-list does not name the policy
    }
  }
  // a TrustedScriptURL is what the Worker constructor takes in place of a string
  return (policy?.createScriptURL(url) as string | undefined) ?? undefined;
}
