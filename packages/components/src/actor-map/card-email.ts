// The actor's e-mail on the card: a `mailto:` link only for a plain, valid address. Anything else
// (extra headers smuggled in with `?cc=` or `%0A`, several addresses, display names, invisible or
// direction-changing characters) stays text, so a click never writes a mail the visitor did not see.
import { safeUrl } from '../shared/safe-url.js';

/** RFC 5322 "atext" without the characters that mean something in a URL (`# % & / ?`). */
const LOCAL_ATOM = "[A-Za-z0-9!$'*+=^_`{|}~-]+";
/** A DNS label: letters (also non-Latin, for internationalised domains), digits, inner hyphens. */
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?';
const ADDRESS = new RegExp(
  `^(?<local>${LOCAL_ATOM}(?:\\.${LOCAL_ATOM})*)@(?:${LABEL}\\.)+\\p{L}{2,63}$`,
  'u',
);

/** Longest address SMTP carries (RFC 5321 path limit less the brackets), and its local part. */
const MAX_ADDRESS = 254;
const MAX_LOCAL = 64;

/** `mailto:` + the address when `email` is one plain valid address, else `undefined`. */
export function mailtoUrl(email: string): string | undefined {
  if (email.length > MAX_ADDRESS) return undefined;
  const match = ADDRESS.exec(email);
  if (!match || match.groups!['local']!.length > MAX_LOCAL) return undefined;
  return safeUrl(`mailto:${email}`);
}
