// Texts of <saxon-dataset-search> that load with a lazily loaded part: The time group's choices and date inputs.
// Registered by shared/lazy-part.ts when the part loads; their keys join SaxonMessageMap in messages.ts.

export const timeFieldsMessages = {
  de: {
    datasetSearchTimeAny: 'Beliebig',
    datasetSearchTimeCustom: 'Eigener Zeitraum',
    datasetSearchTimeFrom: 'von',
    datasetSearchTimeTo: 'bis',
    datasetSearchTimeApply: 'Anwenden',
    datasetSearchTimeInvalid: 'Das Startdatum liegt nach dem Enddatum.',
  },
  en: {
    datasetSearchTimeAny: 'Any time',
    datasetSearchTimeCustom: 'Custom range',
    datasetSearchTimeFrom: 'from',
    datasetSearchTimeTo: 'to',
    datasetSearchTimeApply: 'Apply',
    datasetSearchTimeInvalid: 'The start date is after the end date.',
  },
} as const;
