/**
 * EntryStore does not use its framework's query parser: it reads the raw query string itself
 * (Util.parseRequest) and each resource URL-decodes the values it uses. Emulating that is the point
 * of this file, because clients that forget to percent-encode break on the real server:
 *
 * - only what follows the **last** `?` of the URL counts;
 * - pairs are split on `&` and each pair on `=` with empty pieces dropped (StringUtils.split), the
 *   value being the second piece: an unencoded `=` cuts the value short;
 * - a pair whose value is empty (`sort=`) ends the parsing: later parameters are lost;
 * - a value is decoded once, like java.net.URLDecoder: `+` becomes a space, so a literal `+` must be
 *   sent as `%2B`; `filterQuery` is split on `,` before decoding (so `%2C` survives inside a filter).
 */

export class MalformedEscapeError extends Error {
  constructor(value: string) {
    super(`URLDecoder: Illegal hex characters in escape (%) pattern: ${value}`);
    this.name = 'MalformedEscapeError';
  }
}

/** Parameter name → still-encoded value. Later duplicates win (a HashMap put). */
export function parseRawParameters(url: string): Map<string, string> {
  const parameters = new Map<string, string>();
  const query = url.slice(url.lastIndexOf('?') + 1);
  if (!url.includes('?')) return parameters;
  for (const argument of query.split('&')) {
    if (!argument.includes('=')) {
      if (argument !== '') parameters.set(argument, '');
      continue;
    }
    const pieces = argument.split('=').filter((piece) => piece !== '');
    // The server's IndexOutOfBoundsException handler: record the rest as one odd key and stop.
    if (pieces.length < 2) break;
    parameters.set(pieces[0]!, pieces[1]!);
  }
  return parameters;
}

const HEX_PAIR = /^[0-9A-Fa-f]{2}$/;

/** java.net.URLDecoder.decode(value, UTF-8): `+` → space, %XX runs as UTF-8, bad escapes throw. */
export function javaUrlDecode(value: string): string {
  let out = '';
  let i = 0;
  while (i < value.length) {
    const ch = value[i]!;
    if (ch === '+') {
      out += ' ';
      i++;
    } else if (ch === '%') {
      const bytes: number[] = [];
      while (value[i] === '%') {
        const hex = value.slice(i + 1, i + 3);
        if (!HEX_PAIR.test(hex)) throw new MalformedEscapeError(value);
        bytes.push(parseInt(hex, 16));
        i += 3;
      }
      // Invalid UTF-8 becomes U+FFFD, as in Java.
      out += new TextDecoder().decode(new Uint8Array(bytes));
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** Java's String.split: trailing empty strings are removed, inner ones kept. */
export function javaSplit(text: string, separator: string): string[] {
  const parts = text.split(separator);
  while (parts.length > 0 && parts.at(-1) === '') parts.pop();
  return parts;
}

/** Integer.valueOf: optional sign, decimal digits, 32-bit range; anything else is undefined. */
export function javaParseInt(text: string): number | undefined {
  if (!/^[+-]?\d+$/.test(text)) return undefined;
  const n = Number(text);
  return n >= -(2 ** 31) && n <= 2 ** 31 - 1 ? n : undefined;
}
