// Texts of <saxon-dataset-search> that load with a lazily loaded part: the detail of an opened
// dataset (the texts the result list shares with it stay in messages.ts).
// Registered by shared/lazy-part.ts when the part loads; their keys join SaxonMessageMap in messages.ts.

export const detailMessages = {
  de: {
    datasetSearchIssued: 'Veröffentlicht',
    datasetSearchDescription: 'Beschreibung',
    datasetSearchNoDescription: 'Keine Beschreibung vorhanden.',
    datasetSearchKeywords: 'Schlagwörter',
    datasetSearchThemes: 'Kategorien',
    datasetSearchDistributions: 'Daten und Downloads',
    datasetSearchNoDistributions: 'Der Datensatz nennt keine Dateien oder Zugänge.',
    datasetSearchFile: 'Datei',
    datasetSearchDownload: 'Download',
    datasetSearchAccess: 'Zugang',
    datasetSearchNoLink: 'ohne Link',
    datasetSearchAttribution: 'Namensnennung',
    datasetSearchPortalLink: 'Zum Datensatz im Portal',
    // The expert panel's disclosure (its content's texts: expert.messages.ts)
    datasetSearchExpert: 'Für Fachleute: API, Metadaten, Feed',
  },
  en: {
    datasetSearchIssued: 'Published',
    datasetSearchDescription: 'Description',
    datasetSearchNoDescription: 'No description given.',
    datasetSearchKeywords: 'Keywords',
    datasetSearchThemes: 'Categories',
    datasetSearchDistributions: 'Data and downloads',
    datasetSearchNoDistributions: 'The dataset names no files or access points.',
    datasetSearchFile: 'File',
    datasetSearchDownload: 'Download',
    datasetSearchAccess: 'Access',
    datasetSearchNoLink: 'no link',
    datasetSearchAttribution: 'Attribution',
    datasetSearchPortalLink: 'View the dataset on the portal',
    // The expert panel's disclosure (its content's texts: expert.messages.ts)
    datasetSearchExpert: 'For experts: API, metadata, feed',
  },
} as const;
