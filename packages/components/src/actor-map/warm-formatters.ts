import type { Localizer } from '../shared/i18n/localizer.js';

/**
 * Builds the `Intl` formatters that the map's first paint with actors uses — plural rules and
 * number formats for the cluster counts and the live region's "12.345 Akteure auf der Karte" —
 * in a task of its own while the actors load. A page's first `Intl.PluralRules` and
 * `Intl.NumberFormat` cost tens of milliseconds (the locale's data is loaded then); built while the
 * network is busy, they are cached (`intl-cache.ts`) when the answer arrives, instead of delaying
 * the first clustered paint. The work is the same, only off the path from answer to paint.
 */
export function warmFormattersWhileLoading(i18n: Localizer): void {
  setTimeout(() => {
    i18n.t('actorMapCluster', { count: 2 });
    // Clusters of 10,000 actors and more show their count in compact notation ("12.345" → "12 Tsd.").
    i18n.number(10_000, { notation: 'compact' });
  }, 0);
}
