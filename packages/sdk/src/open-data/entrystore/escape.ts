/**
 * Solr (Lucene standard parser) escaping of values. Every character the parser gives a meaning —
 * `+ - && || ! ( ) { } [ ] ^ " ~ * ? : \ /`, `;` and whitespace — is preceded by a backslash
 * (as SolrJ's `ClientUtils.escapeQueryChars` does), so a value is always one literal term.
 */
const SPECIAL = /[\\+\-!():^[\]"{}~*?|&/;\s]/g;

/** `http://x/y` → `http\:\/\/x\/y`: one term, for URIs and other exact values. */
export function escapeTerm(value: string): string {
  return value.replace(SPECIAL, '\\$&');
}

/** `Bike+Ride "2024"` → `"Bike+Ride \"2024\""`: one phrase, for literal values with spaces. */
export function quotePhrase(value: string): string {
  return `"${value.replace(/[\\"]/g, '\\$&')}"`;
}

/**
 * Splits free text into search words: Unicode letters and digits (`Straße`, `NO₂`, `2024`), lower
 * case; everything else — punctuation, query syntax, emoji — separates words and is dropped.
 */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((word) => word !== '');
}
