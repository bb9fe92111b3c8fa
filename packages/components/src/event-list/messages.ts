// Texts of <saxon-event-list>, German first; `shared/i18n/de.ts` and `en.ts` merge them into the catalogs.
// Keys start with `eventList` so widgets never collide.

/** German (the default). */
export const eventListDe = {} as const;

/** English: the same keys. */
export const eventListEn: Record<
  keyof typeof eventListDe,
  string | { other: string; one?: string }
> = {};
