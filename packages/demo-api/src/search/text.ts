/**
 * German-aware text analysis shared by the portal emulations: case-insensitive, umlauts and ß
 * folded (ä→ae, ß→ss, so "Straße" finds "Strasse" and "Muenchen" finds "München"), other
 * diacritics stripped, punctuation splitting tokens.
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

export function tokenize(text: string): string[] {
  return foldGerman(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0);
}

/**
 * Whether a query token matches a document token. Tokens of three or more characters also match
 * as prefixes, a cheap stand-in for the stemming real portals do ("Schule" finds "Schulen").
 */
export function tokenMatches(queryToken: string, documentToken: string): boolean {
  if (queryToken === documentToken) return true;
  return queryToken.length >= 3 && documentToken.startsWith(queryToken);
}
