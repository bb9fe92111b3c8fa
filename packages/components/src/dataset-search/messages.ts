// Texts of <saxon-dataset-search>, German first; `shared/i18n/de.ts` and `en.ts` merge them into the catalogs.
// Keys start with `datasetSearch` so widgets never collide.

/** German (the default). */
export const datasetSearchDe = {} as const;

/** English: the same keys. */
export const datasetSearchEn: Record<
  keyof typeof datasetSearchDe,
  string | { other: string; one?: string }
> = {};
