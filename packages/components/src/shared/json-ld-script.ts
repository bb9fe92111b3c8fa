// Structured data (schema.org JSON-LD) in a widget's light DOM, where search engines read it (a
// shadow root is invisible to them). The event list and the dataset search both use it.

/**
 * `value` as the text of a `<script type="application/ld+json">`. `<` is written as `\u003c`, so
 * no value — not even `</script>` in a title — can end the script element early.
 */
export const jsonLdText = (value: unknown): string =>
  JSON.stringify(value).replace(/</g, '\\u003c');

/** The part of the Trusted Types API used here (not yet in TypeScript's DOM types). */
interface ScriptPolicy {
  createScript(input: string): unknown;
}
type TrustedTypesWindow = Window & {
  trustedTypes?: {
    createPolicy(name: string, rules: { createScript: (input: string) => string }): ScriptPolicy;
  };
};

/** Name of the Trusted Types policy; a page with a `trusted-types` allow-list adds it. */
export const TRUSTED_TYPES_POLICY = 'saxon-json-ld';

const policies = new WeakMap<Window, ScriptPolicy | null>();

/**
 * A Trusted Types policy for the JSON-LD text, one per window, or `null` where the browser has no
 * Trusted Types or the page does not allow the policy. It passes text through: it only ever sees
 * the JSON that `jsonLdText` wrote, and no other code can reach it.
 */
function scriptPolicy(view: Window | null): ScriptPolicy | null {
  if (!view) return null;
  if (!policies.has(view)) {
    let policy: ScriptPolicy | null = null;
    try {
      policy =
        (view as TrustedTypesWindow).trustedTypes?.createPolicy(TRUSTED_TYPES_POLICY, {
          createScript: (input) => input,
        }) ?? null;
    } catch {
      // A `trusted-types` allow-list without our name: the text is set as a text node below.
    }
    policies.set(view, policy);
  }
  return policies.get(view) ?? null;
}

/**
 * Keeps one `<script type="application/ld+json" marker>` as the last child of `host` with `text`
 * (from {@link jsonLdText}), or removes it when `text` is undefined. The element is data, not
 * script: CSP `script-src` does not apply to it. Under Trusted Types (`require-trusted-types-for
 * 'script'`) its text goes through the `saxon-json-ld` policy; a page whose `trusted-types`
 * allow-list lacks that name still gets the data, set as a text node, and a violation report.
 */
export function syncJsonLdScript(host: Element, marker: string, text: string | undefined): void {
  let script = [...host.children].find(
    (child): child is HTMLScriptElement =>
      child.localName === 'script' && child.hasAttribute(marker),
  );
  if (text === undefined) {
    script?.remove();
    return;
  }
  const page = host.ownerDocument;
  if (!script) {
    script = page.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(marker, '');
  }
  if (script.textContent !== text) {
    const policy = scriptPolicy(page.defaultView);
    if (policy) script.textContent = policy.createScript(text) as string;
    else script.replaceChildren(page.createTextNode(text));
  }
  // Filled before it is connected, so the browser never sees it without its text.
  if (script.parentNode !== host) host.append(script);
}
