// Texts of <saxon-dataset-search> that load with a lazily loaded part: The Kreis map of the region filter.
// Registered by shared/lazy-part.ts when the part loads; their keys join SaxonMessageMap in messages.ts.

export const regionMapMessages = {
  de: {
    datasetSearchMapLabel: 'Karte der Kreise Sachsens',
    datasetSearchMapHelp:
      'Jeder Kreis ist ein Schalter; die Liste darüber bietet dieselbe Auswahl.',
    datasetSearchMapKreis: {
      one: '{name}, {count} Datensatz',
      other: '{name}, {count} Datensätze',
    },
    datasetSearchMapCredit: '© GeoBasis-DE / BKG',
  },
  en: {
    datasetSearchMapLabel: 'Map of the districts of Saxony',
    datasetSearchMapHelp: 'Each district is a switch; the list above offers the same choice.',
    datasetSearchMapKreis: { one: '{name}, {count} dataset', other: '{name}, {count} datasets' },
    datasetSearchMapCredit: '© GeoBasis-DE / BKG',
  },
} as const;
