// Texts of <saxon-dataset-search> that load with a lazily loaded part: The expert panel.
// Registered by shared/lazy-part.ts when the part loads; their keys join SaxonMessageMap in messages.ts.

export const expertMessages = {
  de: {
    datasetSearchApiUrl: 'Der Datensatz in der API des Portals',
    datasetSearchSnippet: 'Abruf mit @saxon-ai/sdk',
    datasetSearchRepresentations: 'Metadaten (DCAT)',
    datasetSearchFeed: 'Diese Suche als Atom-Feed',
    datasetSearchAttributionText: 'Namensnennung zum Kopieren',
    datasetSearchCopy: 'Kopieren',
    datasetSearchCopyWhat: '{what} kopieren',
    datasetSearchCopied: '{what} in die Zwischenablage kopiert.',
    datasetSearchCopySelected: '{what} ist markiert: mit Strg+C kopieren.',
  },
  en: {
    datasetSearchApiUrl: 'The dataset in the portal’s API',
    datasetSearchSnippet: 'Fetch it with @saxon-ai/sdk',
    datasetSearchRepresentations: 'Metadata (DCAT)',
    datasetSearchFeed: 'This search as an Atom feed',
    datasetSearchAttributionText: 'Attribution to copy',
    datasetSearchCopy: 'Copy',
    datasetSearchCopyWhat: 'Copy {what}',
    datasetSearchCopied: '{what} copied to the clipboard.',
    datasetSearchCopySelected: '{what} is selected: press Ctrl+C to copy it.',
  },
} as const;
