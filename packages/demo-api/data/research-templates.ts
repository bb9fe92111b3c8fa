// Datasets of two real Saxon research institutes that publish open data, so that a directory
// actor (data/actors.json) is also a portal publisher. The institutes and their services are real
// (IÖR-Monitor: https://www.ioer-monitor.de/, UFZ-Dürremonitor: https://www.ufz.de/duerremonitor);
// the records are demo records in their style, not copies of the institutes' catalogue entries.

import { SAXON_KREISE_AGS } from './geocoding.ts';
import type { DatasetTemplate } from './dataset-templates.ts';

export const RESEARCH_TEMPLATES: readonly DatasetTemplate[] = [
  {
    title: 'IÖR-Monitor: Anteil der Siedlungs- und Verkehrsfläche nach Kreisen {year}',
    publishers: ['ioer'],
    themes: ['ENVI', 'REGI'],
    keywords: ['Flächennutzung', 'Siedlungsfläche', 'Verkehrsfläche', 'IÖR-Monitor'],
    formats: ['CSV', 'WMS'],
    periodicity: 'ANNUAL',
    years: [2021, 2023],
    regions: SAXON_KREISE_AGS,
    summary:
      'Anteil der Siedlungs- und Verkehrsfläche an der Gebietsfläche für die 13 Kreise Sachsens, abgeleitet aus dem amtlichen Liegenschaftskataster (Indikator des IÖR-Monitors).',
    details: ['Kreis (AGS)', 'Gebietsfläche in km²', 'Anteil Siedlungs- und Verkehrsfläche in %'],
  },
  {
    title: 'IÖR-Monitor: Versiegelungsgrad in Sachsen {year}',
    publishers: ['ioer'],
    themes: ['ENVI'],
    keywords: ['Versiegelung', 'Bodenschutz', 'Rasterdaten', 'IÖR-Monitor'],
    formats: ['WMS', 'WFS'],
    periodicity: 'ANNUAL',
    years: [2020, 2022],
    regions: ['14'],
    summary:
      'Anteil der versiegelten Fläche im 100-m-Raster für ganz Sachsen, berechnet aus Fernerkundungsdaten (Indikator des IÖR-Monitors).',
  },
  {
    title: 'Stadtgrün in Dresden, Leipzig und Chemnitz: Grünflächenversorgung {year}',
    publishers: ['ioer'],
    themes: ['ENVI', 'SOCI'],
    keywords: ['Stadtgrün', 'Grünflächen', 'Erreichbarkeit', 'Großstädte'],
    formats: ['CSV', 'GeoJSON'],
    periodicity: 'ANNUAL',
    years: [2022, 2023],
    regions: ['14612000', '14713000', '14511000'],
    summary:
      'Öffentlich zugängliche Grünflächen je Einwohnerin und Einwohner und ihre fußläufige Erreichbarkeit in den drei sächsischen Großstädten.',
    details: ['Stadt und Stadtteil', 'Grünfläche je Einwohner in m²', 'Anteil mit Grün in 300 m'],
  },
  {
    title: 'UFZ-Dürremonitor: Bodenfeuchte im Gesamtboden für Sachsen',
    publishers: ['ufz'],
    themes: ['ENVI', 'AGRI'],
    keywords: ['Dürre', 'Bodenfeuchte', 'Klima', 'Dürremonitor'],
    formats: ['ZIP', 'WMS'],
    periodicity: 'DAILY',
    regions: ['14'],
    temporalStart: '1951-01-01',
    summary:
      'Tägliche Dürreklassen des Gesamtbodens (bis 1,8 m Tiefe) im 4-km-Raster für Sachsen, berechnet mit dem hydrologischen Modell mHM; Reihe seit 1951.',
  },
  {
    title: 'Leipziger Auwaldkran: Mikroklima im Kronendach {year}',
    publishers: ['ufz'],
    themes: ['ENVI', 'TECH'],
    keywords: ['Auwald', 'Mikroklima', 'Baumkronen', 'Messdaten'],
    formats: ['CSV', 'JSON'],
    periodicity: 'ANNUAL',
    years: [2022, 2024],
    regions: ['14713000'],
    summary:
      'Lufttemperatur, Luftfeuchte und Strahlung in mehreren Höhen des Kronendachs im Leipziger Auwald, gemessen am Forschungskran.',
    details: ['Zeitstempel (UTC)', 'Messhöhe in m', 'Temperatur, Feuchte, Globalstrahlung'],
  },
  {
    title: 'Wasserqualität der Mulde: Messkampagne {year}',
    publishers: ['ufz'],
    themes: ['ENVI'],
    keywords: ['Gewässergüte', 'Mulde', 'Fließgewässer', 'Messkampagne'],
    formats: ['CSV', 'GeoJSON'],
    periodicity: 'IRREG',
    years: [2023, 2024],
    regions: ['14522', '14729', '14730'],
    summary:
      'Nitrat, Phosphat, Sauerstoff und Temperatur an Messstellen der Mulde zwischen Mittelsachsen und Nordsachsen.',
    details: ['Messstelle mit Koordinaten', 'Datum', 'Messgröße und Wert'],
  },
];
