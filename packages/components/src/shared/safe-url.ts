const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The URL to put in an `href`, or `undefined` when it must not become a link. Only absolute
 * `http:`, `https:` and `mailto:` URLs pass; `javascript:`, `data:`, `vbscript:`, `file:`, relative
 * and protocol-relative (`//host`) URLs, and anything unparsable, do not.
 *
 * The value is parsed with the WHATWG URL parser — the one the browser applies to `href` — so
 * case tricks (`JaVaScRiPt:`), surrounding blanks and control characters, and tabs or newlines
 * inside the scheme (`java\tscript:`) are judged exactly as the browser would read them. The
 * result is the parsed, normalised URL, which the browser reads back unchanged.
 *
 * Portal data is untrusted: every link built from it goes through here.
 */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  // No base URL: relative and protocol-relative values fail instead of resolving to the page.
  return parsedWith(ALLOWED_PROTOCOLS, value);
}

/** `value` parsed (against `base` when given), normalised, if its scheme is one of `protocols`. */
function parsedWith(protocols: ReadonlySet<string>, value: string, base?: string) {
  let url: URL;
  try {
    url = new URL(value, base); // not URL.parse(): Safari before 18 lacks it
  } catch {
    return undefined;
  }
  return protocols.has(url.protocol) ? url.href : undefined;
}

const API_PROTOCOLS = new Set(['http:', 'https:']);

/**
 * A link to a page of the embedding site, from an attribute the webmaster writes (e.g. the
 * privacy notice, `datenschutz.html#formular`): resolved against the page, `http:`/`https:` only.
 * Unlike {@link safeUrl} (for portal data), relative values are welcome here: the site's own
 * markup is trusted to name its own pages.
 */
export function siteLinkUrl(value: string): string | undefined {
  return value.trim() ? parsedWith(API_PROTOCOLS, value.trim(), document.baseURI) : undefined;
}

/**
 * The base URL of an API an element talks to, from an attribute such as `api-url`: resolved against
 * the page (so `/directory/v1` works), and only when it is `http:` or `https:`. `undefined` for
 * anything else — `javascript:`, `data:`, `vbscript:`, `file:`, `blob:`, unparsable values — so
 * that no request ever goes to a URL of another scheme.
 */
export function apiBaseUrl(value: string): string | undefined {
  return parsedWith(API_PROTOCOLS, value, document.baseURI);
}

/**
 * A `webcal:` link for subscribing to the iCalendar feed `feed` (the same URL with `webcal:` for its
 * `http:`/`https:` scheme), or `undefined`. Calendar apps take a `webcal:` link as "subscribe"
 * where an `https:` link to an `.ics` file is downloaded once. Because a `webcal:` link hands the
 * address to another program, only feeds of the configured API pass: same scheme, host and port as
 * `apiBase`, and no user name or password in the URL. Portal data never becomes a `webcal:` link
 * ({@link safeUrl} refuses the scheme).
 */
export function webcalUrl(
  feed: string | undefined,
  apiBase: string | undefined,
): string | undefined {
  if (!feed || !apiBase) return undefined;
  const url = parsedWith(API_PROTOCOLS, feed);
  const base = parsedWith(API_PROTOCOLS, apiBase);
  if (!url || !base) return undefined;
  const parsed = new URL(url);
  if (parsed.origin !== new URL(base).origin || parsed.username || parsed.password) {
    return undefined;
  }
  return `webcal:${url.slice(parsed.protocol.length)}`;
}
