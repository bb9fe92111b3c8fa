// Texts of <saxon-actor-map>, German first; `shared/i18n/de.ts` and `en.ts` merge them into the catalogs.
// Keys start with `actorMap` so widgets never collide.

/** German (the default). */
export const actorMapDe = {} as const;

/** English: the same keys. */
export const actorMapEn: Record<keyof typeof actorMapDe, string | { other: string; one?: string }> =
  {};
