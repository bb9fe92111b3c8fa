/**
 * German-aware text analysis, the same rules as the demo API's search: case-insensitive, umlauts
 * and ß folded (ä→ae, ß→ss), other diacritics stripped, punctuation splitting tokens. The server
 * writes these tokens into its full-text indexes, so SQLite and PostgreSQL index identical words.
 */
export function foldGerman(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

/** Longer tokens are cut: a pasted blob must not blow an index entry (PostgreSQL caps lexemes). */
const MAX_TOKEN_LENGTH = 64;

export function tokenize(text: string): string[] {
  return foldGerman(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0)
    .map((token) => token.slice(0, MAX_TOKEN_LENGTH));
}

/** Distinct tokens of a text, space-separated: what the search columns store. */
export function tokenText(text: string): string {
  return [...new Set(tokenize(text))].join(' ');
}

/**
 * Whether a query token matches a document token. Tokens of three or more characters also match
 * as prefixes ("Robotik" finds "Robotik-Startup", "Schule" finds "Schulen").
 */
export function tokenMatches(queryToken: string, documentToken: string): boolean {
  if (queryToken === documentToken) return true;
  return queryToken.length >= 3 && documentToken.startsWith(queryToken);
}

/** 0 when a query token is missing everywhere; else a score that prefers hits in early fields. */
export function textScore(queryTokens: readonly string[], fields: readonly string[][]): number {
  let score = 0;
  for (const q of queryTokens) {
    const weights = fields.map((tokens, index) =>
      tokens.some((token) => tokenMatches(q, token)) ? 3 - Math.min(index, 2) : 0,
    );
    const best = Math.max(0, ...weights);
    if (best === 0) return 0;
    score += best;
  }
  return score;
}

/**
 * Tokens a full-text index can look up as they are: plain a–z and digits after folding. Any other
 * token (Cyrillic, CJK, symbols) is matched by `textScore` alone, because the engines' tokenizers
 * might split it differently from ours.
 */
export const isIndexToken = (token: string): boolean => /^[a-z0-9]+$/.test(token);

/**
 * Sort key for names in German dictionary order (DIN 5007-1: ä sorts as a, ß as ss), compared
 * byte-wise so SQLite and PostgreSQL (COLLATE "C") order identically.
 */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}
