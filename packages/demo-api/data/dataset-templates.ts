// The catalogue the demo datasets are built from: invented but realistic German dataset titles of
// Saxon public bodies, with the places, themes, keywords and formats that go with them.
// Placeholders in titles and texts: {place} "Dresden", {in} "in Dresden" / "im Landkreis Meißen",
// {year} 2024, {nextYY} "25" (for school years such as 2024/25).

import type { DistributionFormat, ThemeCode } from './types.ts';

export interface Place {
  name: string;
  in: string;
  /** Kreis AGS; absent = the whole Freistaat. */
  ags?: string;
}

export const SAXONY: Place = { name: 'Sachsen', in: 'in Sachsen' };

/** Saxony's 13 Kreise (AGS from BKG VG250). */
export const KREISE: readonly Place[] = [
  { name: 'Chemnitz', in: 'in Chemnitz', ags: '14511' },
  { name: 'Erzgebirgskreis', in: 'im Erzgebirgskreis', ags: '14521' },
  { name: 'Landkreis Mittelsachsen', in: 'im Landkreis Mittelsachsen', ags: '14522' },
  { name: 'Vogtlandkreis', in: 'im Vogtlandkreis', ags: '14523' },
  { name: 'Landkreis Zwickau', in: 'im Landkreis Zwickau', ags: '14524' },
  { name: 'Dresden', in: 'in Dresden', ags: '14612' },
  { name: 'Landkreis Bautzen', in: 'im Landkreis Bautzen', ags: '14625' },
  { name: 'Landkreis Görlitz', in: 'im Landkreis Görlitz', ags: '14626' },
  { name: 'Landkreis Meißen', in: 'im Landkreis Meißen', ags: '14627' },
  {
    name: 'Landkreis Sächsische Schweiz-Osterzgebirge',
    in: 'im Landkreis Sächsische Schweiz-Osterzgebirge',
    ags: '14628',
  },
  { name: 'Leipzig', in: 'in Leipzig', ags: '14713' },
  { name: 'Landkreis Leipzig', in: 'im Landkreis Leipzig', ags: '14729' },
  { name: 'Landkreis Nordsachsen', in: 'im Landkreis Nordsachsen', ags: '14730' },
];

/** Where each publisher's data is about (ids from publishers.json). */
export const PUBLISHER_PLACES: Readonly<Record<string, Place>> = {
  ioer: SAXONY,
  ufz: SAXONY,
  'statistisches-landesamt-sachsen': SAXONY,
  'landeshauptstadt-dresden': { name: 'Dresden', in: 'in Dresden', ags: '14612' },
  'stadt-leipzig': { name: 'Leipzig', in: 'in Leipzig', ags: '14713' },
  'stadt-chemnitz': { name: 'Chemnitz', in: 'in Chemnitz', ags: '14511' },
  lfulg: SAXONY,
  geosn: SAXONY,
  smwa: SAXONY,
  lasuv: SAXONY,
  smk: SAXONY,
  'landesdirektion-sachsen': SAXONY,
  'stadt-zwickau': { name: 'Zwickau', in: 'in Zwickau', ags: '14524' },
  'stadt-goerlitz': { name: 'Görlitz', in: 'in Görlitz', ags: '14626' },
  'landkreis-meissen': { name: 'Landkreis Meißen', in: 'im Landkreis Meißen', ags: '14627' },
  'saechsische-staatskanzlei': SAXONY,
  'verkehrsverbund-oberelbe': { name: 'Verbundgebiet Oberelbe', in: 'im Verbundgebiet Oberelbe' },
};

export interface DatasetTemplate {
  title: string;
  publishers: readonly string[];
  themes: ThemeCode[];
  keywords: string[];
  /** One distribution per format. */
  formats: DistributionFormat[];
  /** EU frequency code. */
  periodicity: string;
  /** Inclusive range of reference years: fills {year} and dates issued/modified after it. */
  years?: readonly [number, number];
  /** State-wide publishers also publish this per Kreis. */
  perKreis?: boolean;
  /** First sentence of the description. */
  summary: string;
  /** Bullet points for the Markdown variant of the description. */
  details?: string[];
  /** Relative frequency when drawing templates (default 1). */
  weight?: number;
  /** Always included once, before anything is drawn (titles chosen for search tests). */
  pinned?: boolean;
  /** Pinned only: description used as is. */
  description?: string;
  /** The places it covers by AGS (2, 5 or 8 digits), instead of the publisher's place. */
  regions?: readonly string[];
  /** Coverage that runs on from this date (continuous series without reference years). */
  temporalStart?: string;
}

const CITIES = [
  'landeshauptstadt-dresden',
  'stadt-leipzig',
  'stadt-chemnitz',
  'stadt-zwickau',
  'stadt-goerlitz',
] as const;
const BIG_CITIES = CITIES.slice(0, 3);
const LOCAL = [...CITIES, 'landkreis-meissen'];
const STATISTIK = 'statistisches-landesamt-sachsen';

const SCHOOL_DETAILS = [
  'Schulart und Schulnummer',
  'Träger (öffentlich oder frei)',
  'Adresse und Koordinaten',
];
const COUNT_DETAILS = ['Berichtsjahr und Gebietseinheit', 'Merkmal und Ausprägung', 'Anzahl'];
const GEO_DETAILS = [
  'Geometrie (ETRS89 / UTM 33N, EPSG:25833)',
  'Kennung und Bezeichnung',
  'Stand der Erfassung',
];

export const DATASET_TEMPLATES: readonly DatasetTemplate[] = [
  // Pinned: awkward characters for search, escaping and slug tests.
  {
    pinned: true,
    title: 'Verkehrszählung "Blaues Wunder" 2024',
    publishers: ['landeshauptstadt-dresden'],
    themes: ['TRAN'],
    keywords: ['Verkehr', 'Verkehrszählung', 'Brücke', 'Loschwitz'],
    formats: ['CSV', 'JSON'],
    periodicity: 'NEVER',
    years: [2024, 2024],
    summary:
      'Ergebnisse einer Verkehrszählung an der Loschwitzer Brücke ("Blaues Wunder") im Jahr 2024, getrennt nach Kfz, Rad- und Fußverkehr.',
  },
  {
    pinned: true,
    title: 'Schulen & Horte: Anmeldezahlen (Schuljahr 2025/26)',
    publishers: ['stadt-leipzig'],
    themes: ['EDUC', 'SOCI'],
    keywords: ['Schule', 'Hort', 'Anmeldung', 'Schuljahr 2025/26'],
    formats: ['CSV', 'XLSX'],
    periodicity: 'ANNUAL',
    years: [2025, 2025],
    summary:
      'Anmeldezahlen der Grundschulen & Horte in Leipzig für das Schuljahr 2025/26 nach Schulbezirk.',
    details: ['Schulbezirk', 'Anmeldungen Klasse 1', 'Hortplätze (belegt/verfügbar)'],
  },
  {
    pinned: true,
    title: 'Straßenverzeichnis Görlitz',
    publishers: ['stadt-goerlitz'],
    themes: ['REGI'],
    keywords: ['Straße', 'Straßennamen', 'Adressen'],
    formats: ['CSV', 'JSON'],
    periodicity: 'MONTHLY',
    summary:
      'Alle gewidmeten Straßen, Wege und Plätze in Görlitz mit Straßenschlüssel und Ortsteil.',
  },
  {
    pinned: true,
    title: 'Strassenverzeichnis Görlitz (Altdaten bis 2019)',
    publishers: ['stadt-goerlitz'],
    themes: ['REGI'],
    keywords: ['Strasse', 'Straßennamen', 'Archiv'],
    formats: ['CSV'],
    periodicity: 'NEVER',
    years: [2018, 2018],
    summary:
      'Historischer Stand des Strassenverzeichnisses (Schreibweise ohne ß, wie im Altsystem) bis zur Umstellung 2019.',
  },
  {
    pinned: true,
    title: 'ÖPNV + Rad: Bike+Ride-Anlagen im Verbundgebiet',
    publishers: ['verkehrsverbund-oberelbe'],
    themes: ['TRAN'],
    keywords: ['ÖPNV', 'Radverkehr', 'Bike+Ride', 'Verkehr'],
    formats: ['CSV', 'GeoJSON'],
    periodicity: 'ANNUAL',
    summary:
      'Fahrradabstellanlagen an Haltestellen (Bike+Ride) mit Anzahl der Stellplätze und Überdachung.',
  },
  {
    pinned: true,
    title: 'Programmierkurse (C++, Python, Java) an Volkshochschulen 2025',
    publishers: ['stadt-chemnitz'],
    themes: ['EDUC', 'TECH'],
    keywords: ['Volkshochschule', 'Weiterbildung', 'C++', 'Programmierung'],
    formats: ['CSV'],
    periodicity: 'ANNUAL',
    years: [2024, 2024],
    summary:
      'Kursangebot der Volkshochschule zu Programmiersprachen wie C++, Python und Java im Jahr 2025.',
  },
  {
    pinned: true,
    title: 'Einwohner 65+ nach Stadtteilen 2024',
    publishers: ['landeshauptstadt-dresden'],
    themes: ['SOCI'],
    keywords: ['Einwohner', 'Senioren', 'Stadtteile', 'Demografie'],
    formats: ['CSV', 'XLSX'],
    periodicity: 'ANNUAL',
    years: [2024, 2024],
    summary: 'Einwohnerinnen und Einwohner ab 65 Jahren nach Stadtteilen zum 31.12.2024.',
  },
  {
    pinned: true,
    title: 'Luftqualität (PM10, PM2,5, NO₂) – Stundenwerte',
    publishers: ['lfulg'],
    themes: ['ENVI', 'HEAL'],
    keywords: ['Luftqualität', 'Feinstaub', 'Stickstoffdioxid', 'Messnetz'],
    formats: ['CSV', 'JSON'],
    periodicity: 'UPDATE_CONT',
    summary:
      'Stundenmittelwerte von Feinstaub (PM10, PM2,5) und Stickstoffdioxid (NO₂) an den Messstationen des Landesmessnetzes.',
  },
  {
    pinned: true,
    title: 'Schulwegsicherheit: Gefahrenstellen & Querungshilfen an Schulen in Chemnitz',
    publishers: ['stadt-chemnitz'],
    themes: ['EDUC', 'TRAN'],
    keywords: ['Schule', 'Schulweg', 'Verkehrssicherheit', 'Verkehr'],
    formats: ['GeoJSON', 'PDF'],
    periodicity: 'IRREG',
    summary:
      'Gemeldete Gefahrenstellen, Fußgängerüberwege und Querungshilfen im Umfeld der Chemnitzer Schulen.',
  },
  {
    pinned: true,
    title: "Ortsteilsteckbriefe 'Leipziger Osten'",
    publishers: ['stadt-leipzig'],
    themes: ['SOCI', 'REGI'],
    keywords: ['Ortsteile', 'Stadtentwicklung', 'Sozialraum'],
    formats: ['PDF', 'CSV'],
    periodicity: 'ANNUAL',
    summary:
      'Kennzahlen zu Bevölkerung, Wohnen und sozialer Lage für die Ortsteile im Leipziger Osten.',
  },
  {
    pinned: true,
    title: 'Abfallkalender/Müllabfuhr Zwickau 2026',
    publishers: ['stadt-zwickau'],
    themes: ['ENVI', 'GOVE'],
    keywords: ['Abfall', 'Müllabfuhr', 'Termine'],
    formats: ['CSV', 'JSON'],
    periodicity: 'ANNUAL',
    years: [2026, 2026],
    summary: 'Abfuhrtermine für Rest-, Bio- und Papiertonne sowie Gelbe Säcke je Straße für 2026.',
  },
  {
    pinned: true,
    title: 'Digitalisierungsvorhaben der Verwaltung <Stand: 2026>',
    publishers: ['saechsische-staatskanzlei'],
    themes: ['GOVE', 'TECH'],
    keywords: ['Digitalisierung', 'Verwaltung', 'E-Government'],
    formats: ['CSV', 'PDF'],
    periodicity: 'IRREG',
    years: [2026, 2026],
    summary: 'Übersicht laufender Digitalisierungsvorhaben der Landesverwaltung.',
    description:
      'Übersicht laufender Digitalisierungsvorhaben der Landesverwaltung.\n\nHinweis: Im Quellsystem enthielt dieser Text <b>HTML-Auszeichnungen</b> & Sonderzeichen wie < > " \'; sie werden als Text angezeigt.',
  },

  // Bildung
  {
    title: 'Schulen {in}',
    publishers: ['smk', ...LOCAL],
    themes: ['EDUC'],
    keywords: ['Schule', 'Schulen', 'Schulstandorte', 'Bildung'],
    formats: ['CSV', 'GeoJSON', 'WFS'],
    periodicity: 'ANNUAL',
    summary:
      'Standorte und Stammdaten der öffentlichen Schulen und Schulen in freier Trägerschaft {in}.',
    details: [...SCHOOL_DETAILS, 'Ganztagsangebot (ja/nein)'],
    weight: 2,
  },
  {
    title: 'Schülerinnen und Schüler an allgemeinbildenden Schulen {year} – {place}',
    publishers: [STATISTIK],
    perKreis: true,
    themes: ['EDUC'],
    keywords: ['Schule', 'Schülerzahlen', 'Bildungsstatistik'],
    formats: ['CSV', 'XLSX'],
    periodicity: 'ANNUAL',
    years: [2018, 2025],
    summary:
      'Schülerinnen und Schüler an allgemeinbildenden Schulen {in} im Schuljahr {year}/{nextYY} nach Schulart, Klassenstufe und Geschlecht.',
    details: ['Schulart', 'Klassenstufe', 'Geschlecht', 'Anzahl'],
    weight: 2,
  },
  {
    title: 'Berufsbildende Schulen {in}',
    publishers: ['smk', STATISTIK, 'landeshauptstadt-dresden', 'stadt-leipzig'],
    themes: ['EDUC'],
    keywords: ['Schule', 'Berufsschule', 'Ausbildung'],
    formats: ['CSV', 'JSON'],
    periodicity: 'ANNUAL',
    summary: 'Berufsbildende Schulen {in} mit Bildungsgängen, Fachrichtungen und Standorten.',
    details: SCHOOL_DETAILS,
  },
  {
    title: 'Absolventinnen und Absolventen allgemeinbildender Schulen {year}',
    publishers: [STATISTIK],
    themes: ['EDUC', 'SOCI'],
    keywords: ['Schule', 'Schulabschluss', 'Bildungsstatistik'],
    formats: ['CSV', 'XLSX'],
    periodicity: 'ANNUAL',
    years: [2018, 2025],
    summary:
      'Abgängerinnen, Abgänger und Absolventen allgemeinbildender Schulen {in} {year} nach Abschlussart.',
    details: COUNT_DETAILS,
  },
  {
    title: 'Ganztagsangebote an Schulen {in} {year}',
    publishers: ['smk', ...BIG_CITIES],
    themes: ['EDUC'],
    keywords: ['Schule', 'Ganztag', 'GTA'],
    formats: ['CSV', 'PDF'],
    periodicity: 'ANNUAL',
    years: [2021, 2025],
    summary:
      'Ganztagsangebote (GTA) an Schulen {in} im Schuljahr {year}/{nextYY} nach Art des Angebots.',
  },
  {
    title: 'Schulsanierung: Investitionen in Schulgebäude {place} {year}',
    publishers: [...CITIES, 'landkreis-meissen'],
    themes: ['EDUC', 'GOVE'],
    keywords: ['Schule', 'Schulbau', 'Investitionen', 'Haushalt'],
    formats: ['XLSX', 'PDF'],
    periodicity: 'ANNUAL',
    years: [2019, 2025],
    summary:
      'Geplante und abgeschlossene Bau- und Sanierungsmaßnahmen an Schulen {in} im Jahr {year}.',
  },
  {
    title: 'Schulbezirke der Grundschulen {place}',
    publishers: CITIES,
    themes: ['EDUC', 'REGI'],
    keywords: ['Schule', 'Grundschule', 'Schulbezirk'],
    formats: ['GeoJSON', 'WFS', 'WMS'],
    periodicity: 'ANNUAL',
    summary: 'Abgrenzung der Schulbezirke der öffentlichen Grundschulen {in}.',
    details: GEO_DETAILS,
    weight: 1.5,
  },
  {
    title: 'Schulwegpläne für Grundschulen {place}',
    publishers: [...CITIES, 'landkreis-meissen'],
    themes: ['EDUC', 'TRAN'],
    keywords: ['Schule', 'Schulweg', 'Verkehrssicherheit'],
    formats: ['PDF'],
    periodicity: 'IRREG',
    summary:
      'Empfohlene Schulwege zu den Grundschulen {in} mit Hinweisen zu Querungsstellen und Ampeln.',
    weight: 1.5,
  },
  {
    title: 'Lehrkräfte an öffentlichen Schulen {year}',
    publishers: ['smk', STATISTIK],
    themes: ['EDUC'],
    keywords: ['Schule', 'Lehrkräfte', 'Personal'],
    formats: ['CSV'],
    periodicity: 'ANNUAL',
    years: [2019, 2025],
    summary:
      'Lehrkräfte an öffentlichen Schulen {in} im Schuljahr {year}/{nextYY} nach Schulart und Beschäftigungsumfang.',
    details: COUNT_DETAILS,
  },
  {
    title: 'Schulen in freier Trägerschaft {in}',
    publishers: ['smk'],
    perKreis: true,
    themes: ['EDUC'],
    keywords: ['Schule', 'Privatschule', 'freie Träger'],
    formats: ['CSV'],
    periodicity: 'ANNUAL',
    summary: 'Genehmigte und anerkannte Ersatz- und Ergänzungsschulen {in}.',
    details: SCHOOL_DETAILS,
  },
  {
    title: 'Kitas {in}',
    publishers: LOCAL,
    themes: ['EDUC', 'SOCI'],
    keywords: ['Kita', 'Kindertageseinrichtungen', 'Kinderbetreuung'],
    formats: ['CSV', 'GeoJSON'],
    periodicity: 'MONTHLY',
    summary: 'Kindertageseinrichtungen {in} mit Träger, Platzzahl, Öffnungszeiten und Koordinaten.',
    details: ['Träger', 'Kapazität (Krippe, Kindergarten, Hort)', 'Öffnungszeiten', 'Koordinaten'],
  },
  {
    title: 'Hochschulen und Studierende {in} {year}',
    publishers: [STATISTIK],
    themes: ['EDUC'],
    keywords: ['Hochschule', 'Studierende', 'Bildungsstatistik'],
    formats: ['CSV', 'XLSX'],
    periodicity: 'ANNUAL',
    years: [2018, 2025],
    summary:
      'Studierende an den Hochschulen {in} im Wintersemester {year}/{nextYY} nach Hochschule und Fächergruppe.',
  },
  {
    title: 'Sporthallen und Sportplätze an Schulen {place}',
    publishers: CITIES.slice(0, 4),
    themes: ['EDUC', 'SOCI'],
    keywords: ['Schule', 'Sport', 'Sporthallen'],
    formats: ['CSV', 'GeoJSON'],
    periodicity: 'IRREG',
    summary: 'Schulsporthallen und -sportplätze {in} mit Maßen, Ausstattung und Vereinsnutzung.',
  },

  // Verkehr
  {
    title: 'Radverkehrszählstellen {place}',
    publishers: BIG_CITIES,
    themes: ['TRAN'],
    keywords: ['Radverkehr', 'Verkehr', 'Zählstellen', 'Fahrrad'],
    formats: ['CSV', 'JSON'],
    periodicity: 'DAILY',
    summary: 'Standorte und Tageswerte der automatischen Radverkehrszählstellen {in}.',
    details: ['Zählstelle und Richtung', 'Datum', 'Anzahl Radfahrende'],
    weight: 1.5,
  },
  {
    title: 'Radverkehr: Zähldaten {place} {year}',
    publishers: [...BIG_CITIES, 'stadt-goerlitz'],
    themes: ['TRAN'],
    keywords: ['Radverkehr', 'Verkehr', 'Zähldaten'],
    formats: ['CSV'],
    periodicity: 'ANNUAL',
    years: [2019, 2025],
    summary: 'Stundenwerte aller Radverkehrszählstellen {in} für das Jahr {year}.',
  },
  {
    title: 'Haltestellen des ÖPNV {in}',
    publishers: ['verkehrsverbund-oberelbe', 'lasuv', ...CITIES.slice(0, 4)],
    themes: ['TRAN'],
    keywords: ['ÖPNV', 'Haltestellen', 'Nahverkehr', 'Verkehr'],
    formats: ['CSV', 'GeoJSON', 'WFS'],
    periodicity: 'MONTHLY',
    summary:
      'Haltestellen von Bus, Straßenbahn und Bahn {in} mit Haltestellen-ID (DHID) und Koordinaten.',
    details: ['DHID und Name', 'Verkehrsmittel', 'Barrierefreiheit', 'Koordinaten'],
    weight: 1.5,
  },
  {
    title: 'Verkehrsmengen an Dauerzählstellen {year}',
    publishers: ['lasuv'],
    themes: ['TRAN'],
    keywords: ['Verkehr', 'Verkehrszählung', 'Straßenverkehr'],
    formats: ['CSV', 'XLSX'],
    periodicity: 'ANNUAL',
    years: [2018, 2025],
    summary:
      'Durchschnittliche tägliche Verkehrsstärke (DTV) an den Dauerzählstellen {in} im Jahr {year}.',
    details: ['Zählstelle und Straße', 'DTV Kfz', 'Schwerverkehrsanteil'],
  },
  {
    title: 'Straßenverkehrszählung {year}: {place}',
    publishers: ['lasuv'],
    perKreis: true,
    themes: ['TRAN'],
    keywords: ['Verkehr', 'Verkehrszählung', 'Straßen'],
    formats: ['CSV', 'PDF'],
    periodicity: 'IRREG',
    years: [2021, 2025],
    summary: 'Ergebnisse der Straßenverkehrszählung {year} an Bundes- und Staatsstraßen {in}.',
  },
  {
    title: 'Verkehrsunfälle {in} {year}',
    publishers: [STATISTIK, ...BIG_CITIES],
    themes: ['TRAN', 'JUST'],
    keywords: ['Verkehr', 'Verkehrsunfälle', 'Unfallstatistik'],
    formats: ['CSV'],
    periodicity: 'ANNUAL',
    years: [2018, 2025],
    summary: 'Polizeilich erfasste Verkehrsunfälle {in} im Jahr {year} nach Unfallart und Schwere.',
    details: COUNT_DETAILS,
    weight: 1.5,
  },
  {
    title: 'Baustellen und Verkehrseinschränkungen {place}',
    publishers: [...CITIES.slice(0, 4), 'lasuv'],
    themes: ['TRAN'],
    keywords: ['Verkehr', 'Baustellen', 'Sperrungen'],
    formats: ['JSON', 'GeoJSON', 'XML'],
    periodicity: 'DAILY',
    summary: 'Aktuelle Baustellen, Sperrungen und Umleitungen {in} mit Zeitraum und Lage.',
    weight: 1.5,
  },
  {
    title: 'Parkhäuser und Parkplätze: Belegung in Echtzeit ({place})',
    publishers: BIG_CITIES,
    themes: ['TRAN'],
    keywords: ['Parken', 'Parkleitsystem', 'Echtzeit', 'Verkehr'],
    formats: ['JSON', 'XML'],
    periodicity: 'UPDATE_CONT',
    summary:
      'Freie Stellplätze in Parkhäusern und auf Parkplätzen {in}, minütlich aus dem Parkleitsystem.',
  },
  {
    title: 'Fahrplandaten (GTFS) Fahrplanjahr {year}',
    publishers: ['verkehrsverbund-oberelbe'],
    themes: ['TRAN'],
    keywords: ['ÖPNV', 'GTFS', 'Fahrplan', 'Verkehr'],
    formats: ['ZIP'],
    periodicity: 'WEEKLY',
    years: [2022, 2026],
    summary: 'Soll-Fahrplandaten aller Linien {in} im Format GTFS für das Fahrplanjahr {year}.',
  },
  {
    title: 'Ladesäulen für Elektrofahrzeuge {in}',
    publishers: ['smwa', ...BIG_CITIES, 'landkreis-meissen'],
    themes: ['TRAN', 'ENER'],
    keywords: ['Elektromobilität', 'Ladesäulen', 'Verkehr'],
    formats: ['CSV', 'GeoJSON'],
    periodicity: 'MONTHLY',
    summary:
      'Öffentlich zugängliche Ladepunkte für Elektrofahrzeuge {in} mit Leistung und Steckertyp.',
  },
  {
    title: 'Straßennetz {in}: Bundes-, Staats- und Kreisstraßen',
    publishers: ['lasuv'],
    perKreis: true,
    themes: ['TRAN', 'REGI'],
    keywords: ['Straßen', 'Straßennetz', 'Verkehr'],
    formats: ['SHP', 'WFS', 'WMS'],
    periodicity: 'ANNUAL',
    summary: 'Klassifiziertes Straßennetz {in} mit Straßenklasse, Nummer und Baulastträger.',
    details: GEO_DETAILS,
  },
  {
    title: 'Verkehrsentwicklungsplan {place} 2035',
    publishers: CITIES.slice(0, 4),
    themes: ['TRAN', 'GOVE'],
    keywords: ['Verkehr', 'Verkehrsplanung', 'Mobilität'],
    formats: ['PDF'],
    periodicity: 'NEVER',
    summary: 'Beschlossener Verkehrsentwicklungsplan {in} mit Zielen und Maßnahmen bis 2035.',
  },
  {
    title: 'Lärmkartierung Straßenverkehr 2022 – {place}',
    publishers: ['lfulg'],
    perKreis: true,
    themes: ['TRAN', 'ENVI'],
    keywords: ['Lärm', 'Umgebungslärm', 'Straßenverkehr', 'Verkehr'],
    formats: ['WMS', 'WFS', 'SHP'],
    periodicity: 'NEVER',
    years: [2022, 2022],
    summary: 'Lärmkarten der Hauptverkehrsstraßen {in} aus der Lärmkartierung 2022 (LDEN, LNight).',
  },
  {
    title: 'Verkehrszeichen und Lichtsignalanlagen {place}',
    publishers: BIG_CITIES,
    themes: ['TRAN'],
    keywords: ['Verkehr', 'Verkehrszeichen', 'Ampeln'],
    formats: ['CSV', 'GeoJSON'],
    periodicity: 'QUARTERLY',
    summary: 'Verkehrszeichen und Lichtsignalanlagen (Ampeln) {in} aus dem Straßenkataster.',
  },
  {
    title: 'Fahrgastzahlen im öffentlichen Verkehr {year}',
    publishers: ['verkehrsverbund-oberelbe', STATISTIK],
    themes: ['TRAN'],
    keywords: ['ÖPNV', 'Fahrgäste', 'Verkehr'],
    formats: ['CSV', 'XLSX'],
    periodicity: 'QUARTERLY',
    years: [2019, 2025],
    summary:
      'Beförderte Personen im öffentlichen Personennahverkehr {in} {year} nach Verkehrsmittel.',
  },
  {
    title: 'Carsharing- und Bikesharing-Stationen {place}',
    publishers: ['landeshauptstadt-dresden', 'stadt-leipzig'],
    themes: ['TRAN'],
    keywords: ['Sharing', 'Mobilitätsstationen', 'Verkehr'],
    formats: ['JSON', 'GeoJSON'],
    periodicity: 'UPDATE_CONT',
    summary: 'Stationen von Carsharing- und Leihradangeboten {in} mit Anbieter und Stellplatzzahl.',
  },

  // Bevölkerung und Gesellschaft
  {
    title: 'Einwohner nach Stadtteilen {year}',
    publishers: ['landeshauptstadt-dresden', 'stadt-chemnitz', 'stadt-zwickau', 'stadt-goerlitz'],
    themes: ['SOCI'],
    keywords: ['Einwohner', 'Bevölkerung', 'Stadtteile'],
    formats: ['CSV', 'XLSX'],
    periodicity: 'ANNUAL',
    years: [2018, 2025],
    summary:
      'Einwohnerinnen und Einwohner mit Hauptwohnsitz {in} nach Stadtteilen zum 31.12.{year}.',
    details: ['Stadtteil', 'Einwohner gesamt', 'davon weiblich', 'Durchschnittsalter'],
    weight: 1.5,
  },
  {
    title: 'Einwohner nach Ortsteilen {year}',
    publishers: ['stadt-leipzig'],
    themes: ['SOCI'],
    keywords: ['Einwohner', 'Bevölkerung', 'Ortsteile'],
    formats: ['CSV', 'JSON'],
    periodicity: 'ANNUAL',
    years: [2018, 2025],
    summary: 'Einwohnerinnen und Einwohner {in} nach Ortsteilen zum 31.12.{year}.',
  },
  {
    title: 'Bevölkerung nach Altersgruppen und Geschlecht {year} – {place}',
    publishers: [STATISTIK],
    perKreis: true,
    themes: ['SOCI'],
    keywords: ['Bevölkerung', 'Altersgruppen', 'Demografie'],
    formats: ['CSV', 'XLSX'],
    periodicity: 'ANNUAL',
    years: [2021, 2025],
    summary: 'Bevölkerung {in} am 31.12.{year} nach Altersgruppen und Geschlecht.',
    details: COUNT_DETAILS,
  },
  {
    title: 'Geburten und Sterbefälle {in} {year}',
    publishers: [STATISTIK, 'landeshauptstadt-dresden', 'stadt-leipzig'],
    themes: ['SOCI', 'HEAL'],
    keywords: ['Geburten', 'Sterbefälle', 'Bevölkerungsbewegung'],
    formats: ['CSV'],
    periodicity: 'ANNUAL',
    years: [2018, 2025],
    summary: 'Lebendgeborene und Gestorbene {in} im Jahr {year} nach Monat und Geschlecht.',
  },
  {
    title: 'Zu- und Fortzüge {in} {year}',
    publishers: [STATISTIK, ...BIG_CITIES],
    themes: ['SOCI'],
    keywords: ['Wanderungen', 'Zuzüge', 'Fortzüge'],
    formats: ['CSV', 'XLSX'],
    periodicity: 'ANNUAL',
    years: [2019, 2025],
    summary: 'Wanderungsbewegungen über die Grenzen {in} im Jahr {year} nach Herkunft und Ziel.',
  },
  {
    title: 'Landtagswahl 2024: Ergebnisse nach Wahlkreisen',
    publishers: [STATISTIK],
    themes: ['GOVE'],
    keywords: ['Wahlen', 'Landtagswahl', 'Wahlergebnisse'],
    formats: ['CSV', 'JSON'],
    periodicity: 'NEVER',
    summary: 'Endgültige Ergebnisse der Landtagswahl am 1. September 2024 {in} nach Wahlkreisen.',
  },
  {
    title: 'Bundestagswahl 2025: Ergebnisse {in}',
    publishers: [STATISTIK, ...LOCAL],
    themes: ['GOVE'],
    keywords: ['Wahlen', 'Bundestagswahl', 'Wahlergebnisse'],
    formats: ['CSV', 'JSON'],
    periodicity: 'NEVER',
    summary: 'Ergebnisse der Bundestagswahl am 23. Februar 2025 {in} nach Wahlbezirken.',
  },
  {
    title: 'Stadtratswahl 2024 {place}: Ergebnisse nach Wahlbezirken',
    publishers: CITIES,
    themes: ['GOVE'],
    keywords: ['Wahlen', 'Kommunalwahl', 'Stadtrat'],
    formats: ['CSV', 'PDF'],
    periodicity: 'NEVER',
    summary: 'Ergebnisse der Stadtratswahl 2024 {in} nach Wahlbezirken und Parteien.',
  },
  {
    title: 'Empfängerinnen und Empfänger von Sozialleistungen {in} {year}',
    publishers: [STATISTIK, 'stadt-leipzig', 'landeshauptstadt-dresden'],
    themes: ['SOCI'],
    keywords: ['Sozialleistungen', 'Bürgergeld', 'Sozialstatistik'],
    formats: ['CSV'],
    periodicity: 'ANNUAL',
    years: [2019, 2025],
    summary: 'Empfängerinnen und Empfänger von Sozialleistungen {in} zum Jahresende {year}.',
  },
  {
    title: 'Anerkannte Stiftungen {in}',
    publishers: ['landesdirektion-sachsen'],
    themes: ['SOCI', 'GOVE'],
    keywords: ['Stiftungen', 'Stiftungsverzeichnis'],
    formats: ['CSV'],
    periodicity: 'QUARTERLY',
    summary:
      'Verzeichnis der rechtsfähigen Stiftungen bürgerlichen Rechts {in} mit Sitz und Zweck.',
  },

  // Wirtschaft
  {
    title: 'Gewerbeanmeldungen und -abmeldungen {in} {year}',
    publishers: [STATISTIK, ...BIG_CITIES],
    themes: ['ECON'],
    keywords: ['Gewerbe', 'Gewerbeanzeigen', 'Wirtschaft'],
    formats: ['CSV', 'XLSX'],
    periodicity: 'QUARTERLY',
    years: [2018, 2025],
    summary:
      'Gewerbeanmeldungen, -ummeldungen und -abmeldungen {in} im Jahr {year} nach Wirtschaftszweig.',
    details: COUNT_DETAILS,
  },
  {
    title: 'Sozialversicherungspflichtig Beschäftigte {in} {year}',
    publishers: [STATISTIK],
    perKreis: true,
    themes: ['ECON', 'SOCI'],
    keywords: ['Arbeitsmarkt', 'Beschäftigte', 'Wirtschaft'],
    formats: ['CSV'],
    periodicity: 'ANNUAL',
    years: [2022, 2025],
    summary: 'Sozialversicherungspflichtig Beschäftigte am Arbeitsort {in} zum 30.06.{year}.',
  },
  {
    title: 'Förderprogramme des Freistaates Sachsen für Unternehmen',
    publishers: ['smwa'],
    themes: ['ECON'],
    keywords: ['Förderung', 'Wirtschaftsförderung', 'Unternehmen'],
    formats: ['CSV', 'JSON'],
    periodicity: 'MONTHLY',
    summary:
      'Übersicht der Förderprogramme für Unternehmen {in} mit Zielgruppe, Förderart und Ansprechstelle.',
  },
  {
    title: 'Tourismus: Gästeankünfte und Übernachtungen {in} {year}',
    publishers: [STATISTIK, 'landeshauptstadt-dresden', 'stadt-leipzig', 'stadt-goerlitz'],
    themes: ['ECON'],
    keywords: ['Tourismus', 'Übernachtungen', 'Beherbergung'],
    formats: ['CSV', 'XLSX'],
    periodicity: 'MONTHLY',
    years: [2019, 2025],
    summary:
      'Ankünfte und Übernachtungen in Beherbergungsbetrieben {in} im Jahr {year} nach Monat.',
  },
  {
    title: 'Breitbandausbau {in}',
    publishers: ['smwa', 'landkreis-meissen'],
    perKreis: true,
    themes: ['ECON', 'TECH'],
    keywords: ['Breitband', 'Glasfaser', 'Digitalisierung'],
    formats: ['WMS', 'CSV'],
    periodicity: 'QUARTERLY',
    summary: 'Stand des geförderten Breitbandausbaus {in} nach Ausbaugebiet und Bandbreite.',
  },
  {
    title: 'Gewerbeflächen und Gewerbegebiete {place}',
    publishers: [
      'stadt-chemnitz',
      'stadt-zwickau',
      'landkreis-meissen',
      'landeshauptstadt-dresden',
    ],
    themes: ['ECON', 'REGI'],
    keywords: ['Gewerbeflächen', 'Wirtschaftsförderung', 'Standorte'],
    formats: ['GeoJSON', 'PDF'],
    periodicity: 'IRREG',
    summary:
      'Verfügbare Gewerbeflächen {in} mit Größe, Erschließung und Ansprechpartner der Wirtschaftsförderung.',
  },

  // Verwaltung und Haushalt
  {
    title: 'Haushaltsplan {year} – {place}',
    publishers: LOCAL,
    themes: ['GOVE', 'ECON'],
    keywords: ['Haushalt', 'Haushaltsplan', 'Finanzen'],
    formats: ['PDF', 'CSV'],
    periodicity: 'ANNUAL',
    years: [2020, 2026],
    summary:
      'Beschlossener Haushaltsplan {in} für das Haushaltsjahr {year} mit Ergebnis- und Finanzhaushalt.',
    details: ['Teilhaushalt', 'Produktbereich', 'Ansatz Vorjahr und Planjahr'],
  },
  {
    title: 'Ratsinformation {place}: Beschlüsse {year}',
    publishers: BIG_CITIES,
    themes: ['GOVE'],
    keywords: ['Stadtrat', 'Beschlüsse', 'Ratsinformationssystem'],
    formats: ['JSON', 'XML'],
    periodicity: 'WEEKLY',
    years: [2022, 2026],
    summary: 'Beschlüsse des Stadtrates und seiner Ausschüsse {in} aus dem Jahr {year}.',
  },
  {
    title: 'Bürgerbüros und Verwaltungsstandorte {place}',
    publishers: LOCAL,
    themes: ['GOVE'],
    keywords: ['Verwaltung', 'Bürgerbüro', 'Öffnungszeiten'],
    formats: ['CSV', 'GeoJSON'],
    periodicity: 'IRREG',
    summary: 'Standorte der Bürgerbüros und Ämter {in} mit Öffnungszeiten und Barrierefreiheit.',
  },
  {
    title: 'Online-Dienste der Verwaltung {year}',
    publishers: ['saechsische-staatskanzlei'],
    themes: ['GOVE', 'TECH'],
    keywords: ['Digitalisierung', 'Onlinezugangsgesetz', 'E-Government'],
    formats: ['CSV', 'JSON'],
    periodicity: 'QUARTERLY',
    years: [2021, 2026],
    summary: 'Online verfügbare Verwaltungsleistungen {in} (Stand {year}) nach Leistungsbereich.',
  },
  {
    title: 'Pressemitteilungen der Staatsregierung {year}',
    publishers: ['saechsische-staatskanzlei'],
    themes: ['GOVE'],
    keywords: ['Presse', 'Staatsregierung'],
    formats: ['JSON', 'XML'],
    periodicity: 'DAILY',
    years: [2020, 2026],
    summary: 'Metadaten der Pressemitteilungen der Staatsregierung aus dem Jahr {year}.',
  },

  // Umwelt, Landwirtschaft, Energie
  {
    title: 'Luftqualität Messstationen {in}',
    publishers: ['lfulg', 'landeshauptstadt-dresden', 'stadt-leipzig'],
    themes: ['ENVI', 'HEAL'],
    keywords: ['Luftqualität', 'Messstationen', 'Umwelt'],
    formats: ['CSV', 'JSON'],
    periodicity: 'UPDATE_CONT',
    summary: 'Standorte und aktuelle Messwerte der Luftgütemessstationen {in}.',
    details: ['Station und Stationstyp', 'Schadstoff', 'Messwert und Zeitstempel'],
  },
  {
    title: 'Luftschadstoffe: Jahresmittelwerte {year}',
    publishers: ['lfulg'],
    themes: ['ENVI'],
    keywords: ['Luftqualität', 'Feinstaub', 'Jahresbericht'],
    formats: ['CSV', 'PDF'],
    periodicity: 'ANNUAL',
    years: [2018, 2025],
    summary: 'Jahresmittelwerte und Überschreitungstage der Luftschadstoffe {in} {year}.',
  },
  {
    title: 'Pegelstände und Hochwassermeldungen {in}',
    publishers: ['lfulg'],
    themes: ['ENVI'],
    keywords: ['Hochwasser', 'Pegel', 'Elbe'],
    formats: ['JSON', 'XML'],
    periodicity: 'UPDATE_CONT',
    summary:
      'Aktuelle Wasserstände und Durchflüsse an den Pegeln {in}, einschließlich Alarmstufen.',
  },
  {
    title: 'Baumkataster {place}',
    publishers: CITIES,
    themes: ['ENVI'],
    keywords: ['Bäume', 'Stadtgrün', 'Baumkataster'],
    formats: ['CSV', 'GeoJSON', 'WFS'],
    periodicity: 'QUARTERLY',
    summary: 'Straßen- und Parkbäume {in} mit Baumart, Pflanzjahr und Standort.',
    details: ['Baumnummer', 'Gattung und Art', 'Pflanzjahr', 'Koordinaten'],
  },
  {
    title: 'Schutzgebiete nach Naturschutzrecht {in}',
    publishers: ['lfulg'],
    perKreis: true,
    themes: ['ENVI'],
    keywords: ['Naturschutz', 'Schutzgebiete', 'Natura 2000'],
    formats: ['SHP', 'WMS', 'WFS'],
    periodicity: 'ANNUAL',
    summary: 'Naturschutzgebiete, Landschaftsschutzgebiete und Natura-2000-Gebiete {in}.',
    details: GEO_DETAILS,
  },
  {
    title: 'Grundwassermessstellen {in}',
    publishers: ['lfulg'],
    themes: ['ENVI'],
    keywords: ['Grundwasser', 'Messnetz', 'Wasser'],
    formats: ['CSV', 'WFS'],
    periodicity: 'MONTHLY',
    summary: 'Messstellen des Grundwassermessnetzes {in} mit Grundwasserständen.',
  },
  {
    title: 'Badegewässer {in} {year}',
    publishers: ['lfulg'],
    themes: ['ENVI', 'HEAL'],
    keywords: ['Badegewässer', 'Wasserqualität', 'Baden'],
    formats: ['CSV', 'GeoJSON'],
    periodicity: 'ANNUAL',
    years: [2020, 2025],
    summary: 'EU-Badegewässer {in} mit Probenahmen und Einstufung der Badesaison {year}.',
  },
  {
    title: 'Landwirtschaftliche Bodennutzung {in} {year}',
    publishers: [STATISTIK, 'lfulg'],
    themes: ['AGRI'],
    keywords: ['Landwirtschaft', 'Bodennutzung', 'Anbau'],
    formats: ['CSV', 'XLSX'],
    periodicity: 'ANNUAL',
    years: [2019, 2025],
    summary: 'Anbauflächen landwirtschaftlicher Kulturen {in} im Jahr {year}.',
    details: COUNT_DETAILS,
  },
  {
    title: 'Ökologischer Landbau {in} {year}',
    publishers: ['lfulg'],
    themes: ['AGRI', 'ENVI'],
    keywords: ['Landwirtschaft', 'Ökolandbau', 'Bio'],
    formats: ['CSV', 'PDF'],
    periodicity: 'ANNUAL',
    years: [2020, 2025],
    summary: 'Ökologisch wirtschaftende Betriebe und ihre Flächen {in} im Jahr {year}.',
  },
  {
    title: 'Bodenkarte 1:50 000 {in}',
    publishers: ['lfulg'],
    themes: ['AGRI', 'ENVI'],
    keywords: ['Boden', 'Bodenkarte', 'Geologie'],
    formats: ['WMS', 'WFS'],
    periodicity: 'NEVER',
    summary: 'Bodenkarte im Maßstab 1:50 000 {in} mit Bodentypen und Bodenarten.',
  },
  {
    title: 'Windenergieanlagen {in}',
    publishers: ['lfulg'],
    perKreis: true,
    themes: ['ENER', 'ENVI'],
    keywords: ['Windenergie', 'Erneuerbare Energien', 'Anlagen'],
    formats: ['CSV', 'WFS'],
    periodicity: 'QUARTERLY',
    summary:
      'Genehmigte und in Betrieb befindliche Windenergieanlagen {in} mit Leistung und Nabenhöhe.',
  },
  {
    title: 'Photovoltaikanlagen auf öffentlichen Gebäuden {place}',
    publishers: [...BIG_CITIES, 'landkreis-meissen'],
    themes: ['ENER'],
    keywords: ['Photovoltaik', 'Solarenergie', 'öffentliche Gebäude'],
    formats: ['CSV'],
    periodicity: 'ANNUAL',
    summary:
      'Photovoltaikanlagen auf Dächern öffentlicher Gebäude {in} mit installierter Leistung.',
  },
  {
    title: 'Energieverbrauch städtischer Gebäude {place} {year}',
    publishers: BIG_CITIES,
    themes: ['ENER', 'GOVE'],
    keywords: ['Energie', 'Energieverbrauch', 'Gebäude'],
    formats: ['CSV', 'XLSX'],
    periodicity: 'ANNUAL',
    years: [2019, 2025],
    summary: 'Strom-, Wärme- und Wasserverbrauch der städtischen Gebäude {in} im Jahr {year}.',
  },
  {
    title: 'Genehmigungsbedürftige Anlagen nach BImSchG {in}',
    publishers: ['landesdirektion-sachsen'],
    perKreis: true,
    themes: ['ENVI', 'JUST'],
    keywords: ['Immissionsschutz', 'Anlagen', 'Genehmigungen'],
    formats: ['CSV', 'WFS'],
    periodicity: 'QUARTERLY',
    summary: 'Anlagen {in}, die nach dem Bundes-Immissionsschutzgesetz genehmigt sind.',
  },

  // Geodaten
  {
    title: 'Digitale Orthophotos (DOP20) {place}',
    publishers: ['geosn'],
    perKreis: true,
    themes: ['REGI'],
    keywords: ['Luftbilder', 'Orthophotos', 'Geobasisdaten'],
    formats: ['WMS', 'ZIP'],
    periodicity: 'BIENNIAL',
    summary: 'Farbige digitale Orthophotos mit 20 cm Bodenauflösung {in}.',
  },
  {
    title: 'Amtliche Hauskoordinaten {in}',
    publishers: ['geosn'],
    perKreis: true,
    themes: ['REGI'],
    keywords: ['Adressen', 'Hauskoordinaten', 'Geobasisdaten'],
    formats: ['CSV', 'ZIP'],
    periodicity: 'QUARTERLY',
    summary: 'Georeferenzierte Gebäudeadressen {in} aus dem Liegenschaftskataster.',
    details: ['Gemeinde und Straße', 'Hausnummer', 'Koordinaten (EPSG:25833)'],
  },
  {
    title: 'Verwaltungsgrenzen Sachsen',
    publishers: ['geosn'],
    themes: ['REGI', 'GOVE'],
    keywords: ['Verwaltungsgrenzen', 'Gemeinden', 'Landkreise'],
    formats: ['SHP', 'GeoJSON', 'WFS'],
    periodicity: 'ANNUAL',
    summary: 'Grenzen des Freistaates, der Landkreise, Kreisfreien Städte und Gemeinden.',
    details: GEO_DETAILS,
  },
  {
    title: 'Bebauungspläne {place}',
    publishers: CITIES,
    themes: ['REGI'],
    keywords: ['Bauleitplanung', 'Bebauungsplan', 'Stadtplanung'],
    formats: ['WMS', 'WFS', 'PDF'],
    periodicity: 'WEEKLY',
    summary: 'Rechtskräftige und im Verfahren befindliche Bebauungspläne {in} mit Geltungsbereich.',
  },
  {
    title: 'Bodenrichtwerte {year} – {place}',
    publishers: ['geosn'],
    perKreis: true,
    themes: ['REGI', 'ECON'],
    keywords: ['Bodenrichtwerte', 'Grundstücke', 'Gutachterausschuss'],
    formats: ['WMS', 'CSV'],
    periodicity: 'BIENNIAL',
    years: [2022, 2026],
    summary: 'Bodenrichtwerte der Gutachterausschüsse {in} zum Stichtag 1.1.{year}.',
  },
  {
    title: 'Digitales Geländemodell (DGM1) {place}',
    publishers: ['geosn'],
    perKreis: true,
    themes: ['REGI'],
    keywords: ['Geländemodell', 'Höhendaten', 'Laserscanning'],
    formats: ['ZIP', 'WMS'],
    periodicity: 'IRREG',
    summary: 'Digitales Geländemodell mit 1 m Gitterweite {in} aus Laserscanbefliegungen.',
  },

  // Gesundheit
  {
    title: 'Krankenhäuser {in}',
    publishers: [STATISTIK, 'landeshauptstadt-dresden', 'stadt-leipzig'],
    themes: ['HEAL'],
    keywords: ['Krankenhäuser', 'Gesundheit', 'Versorgung'],
    formats: ['CSV', 'GeoJSON'],
    periodicity: 'ANNUAL',
    summary: 'Krankenhäuser {in} mit Träger, Fachabteilungen und Zahl der Betten.',
  },
  {
    title: 'Apotheken und Notdienste {place}',
    publishers: BIG_CITIES,
    themes: ['HEAL'],
    keywords: ['Apotheken', 'Notdienst', 'Gesundheit'],
    formats: ['JSON'],
    periodicity: 'DAILY',
    summary: 'Apotheken {in} mit Adresse und den aktuellen Notdienstzeiten.',
  },
  {
    title: 'Trinkwasserqualität {place} {year}',
    publishers: CITIES.slice(0, 4),
    themes: ['HEAL', 'ENVI'],
    keywords: ['Trinkwasser', 'Wasserqualität', 'Gesundheit'],
    formats: ['PDF', 'CSV'],
    periodicity: 'ANNUAL',
    years: [2020, 2025],
    summary: 'Analysewerte des Trinkwassers in den Versorgungsgebieten {in} für das Jahr {year}.',
  },

  // Justiz, Internationales, Technik
  {
    title: 'Gerichte und Staatsanwaltschaften {in}',
    publishers: ['landesdirektion-sachsen'],
    themes: ['JUST'],
    keywords: ['Justiz', 'Gerichte', 'Behörden'],
    formats: ['CSV', 'GeoJSON'],
    periodicity: 'IRREG',
    summary: 'Standorte der Gerichte und Staatsanwaltschaften {in} mit Zuständigkeitsbezirken.',
  },
  {
    title: 'Verwarnungen im ruhenden Verkehr {place} {year}',
    publishers: BIG_CITIES,
    themes: ['JUST', 'TRAN'],
    keywords: ['Ordnungswidrigkeiten', 'Parken', 'Verkehr'],
    formats: ['CSV'],
    periodicity: 'ANNUAL',
    years: [2021, 2025],
    summary: 'Verwarnungs- und Bußgelder im ruhenden Verkehr {in} im Jahr {year} nach Tatbestand.',
  },
  {
    title: 'Städtepartnerschaften {place}',
    publishers: CITIES,
    themes: ['INTR'],
    keywords: ['Städtepartnerschaften', 'International'],
    formats: ['CSV', 'JSON'],
    periodicity: 'IRREG',
    summary: 'Partnerstädte {in} mit Land und Jahr des Partnerschaftsvertrags.',
  },
  {
    title: 'Grenzüberschreitende Projekte Sachsen–Polen und Sachsen–Tschechien',
    publishers: ['saechsische-staatskanzlei', 'smwa'],
    themes: ['INTR', 'ECON'],
    keywords: ['Interreg', 'Polen', 'Tschechien', 'EU-Förderung'],
    formats: ['CSV'],
    periodicity: 'ANNUAL',
    summary:
      'Geförderte grenzüberschreitende Kooperationsprojekte mit Partnern in Polen und Tschechien.',
  },
  {
    title: 'WLAN-Hotspots {place}',
    publishers: CITIES,
    themes: ['TECH'],
    keywords: ['WLAN', 'Hotspots', 'Digitalisierung'],
    formats: ['CSV', 'GeoJSON'],
    periodicity: 'MONTHLY',
    summary: 'Öffentliche WLAN-Zugangspunkte {in} mit Standort und Betreiber.',
  },
  {
    title: 'Mobilfunkversorgung {in}',
    publishers: ['smwa'],
    perKreis: true,
    themes: ['TECH'],
    keywords: ['Mobilfunk', '5G', 'Digitalisierung'],
    formats: ['WMS'],
    periodicity: 'QUARTERLY',
    summary:
      'Mobilfunkabdeckung {in} nach Netzgeneration (4G, 5G) auf Basis gemeldeter Versorgungsdaten.',
  },
  {
    title: 'Open-Source-Software der Landesverwaltung',
    publishers: ['saechsische-staatskanzlei'],
    themes: ['TECH', 'GOVE'],
    keywords: ['Open Source', 'Software', 'Verwaltung'],
    formats: ['JSON'],
    periodicity: 'IRREG',
    summary:
      'Von der Landesverwaltung veröffentlichte oder eingesetzte Open-Source-Software mit Lizenz und Repository.',
  },
];

/** Sentences added after the summary, by EU frequency code. */
export const PERIODICITY_TEXT: Readonly<Record<string, string>> = {
  ANNUAL: 'Die Daten werden jährlich aktualisiert.',
  BIENNIAL: 'Die Daten werden alle zwei Jahre aktualisiert.',
  QUARTERLY: 'Die Daten werden vierteljährlich aktualisiert.',
  MONTHLY: 'Die Daten werden monatlich aktualisiert.',
  WEEKLY: 'Die Daten werden wöchentlich aktualisiert.',
  DAILY: 'Die Daten werden täglich aktualisiert.',
  UPDATE_CONT: 'Die Daten werden laufend aktualisiert.',
  IRREG: 'Die Daten werden bei Bedarf aktualisiert.',
  NEVER: 'Der Datensatz wird nicht fortgeschrieben.',
};

export const GENERIC_NOTES: readonly string[] = [
  'Die Angaben beruhen auf Verwaltungsdaten und können sich nachträglich ändern.',
  'Kleine Fallzahlen sind aus Gründen der Geheimhaltung nicht ausgewiesen.',
  'Zeichensatz UTF-8, Spaltentrenner Semikolon.',
  'Koordinaten im Bezugssystem ETRS89 / UTM Zone 33N (EPSG:25833).',
  'Frühere Stände sind auf Anfrage erhältlich.',
  'Bitte beachten Sie die Hinweise zur Namensnennung in der Lizenz.',
];

/** Unit names for contact points. */
export const CONTACT_UNITS: readonly string[] = [
  'Open-Data-Koordination',
  'Kommunale Statistikstelle',
  'Referat Statistik und Analysen',
  'Geodatenservice',
  'Fachbereich Verkehrsplanung',
  'Bürgerservice',
];

/** Texts for CKAN's `url` field when it is not a URL. */
export const NOT_URL_TEXTS: readonly string[] = [
  'Einwohnerstatistik',
  'Fachverfahren',
  'siehe Beschreibung',
  'Kommunalstatistik',
  'intern',
  'Geoportal',
];
