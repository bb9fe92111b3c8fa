// Turns the template catalogue into DemoDataset records. Deterministic: the same (count, seed)
// gives the same records, byte for byte, on every run. Used by build-datasets.ts (datasets.json)
// and by generate.ts (large synthetic sets for load tests).

import {
  addDays,
  berlinWallTimeToInstant,
  formatBerlinDateTime,
  parseDate,
} from './berlin-time.ts';
import type { CalendarDate } from './berlin-time.ts';
import {
  CONTACT_UNITS,
  DATASET_TEMPLATES,
  GENERIC_NOTES,
  KREISE,
  NOT_URL_TEXTS,
  PERIODICITY_TEXT,
  PUBLISHER_PLACES,
  SAXONY,
} from './dataset-templates.ts';
import type { DatasetTemplate, Place } from './dataset-templates.ts';
import { demoEmail, demoLinks } from './demo-links.ts';
import { geocodingUri, placeRegions, VVO_KREISE } from './geocoding.ts';
import { RESEARCH_TEMPLATES } from './research-templates.ts';
import { demoFile } from './files/index.ts';
import { createRandom, uuidFromString } from './random.ts';
import type { Random } from './random.ts';
import type { DatasetQuirks, DemoDataset, DemoDistribution, DistributionFormat } from './types.ts';

/** Size and seed of the committed datasets.json (written by build-datasets.ts). */
export const DATASETS_JSON = { count: 240, seed: 14 } as const;

/** Latest modification date in the data; fixed so that the output does not depend on the clock. */
const DATA_FREEZE = parseDate('2026-10-31');
const EARLIEST_ISSUED = parseDate('2018-01-02');
const LATEST_UNDATED_ISSUED = parseDate('2025-12-31');

const LICENSES: readonly (readonly [string, number])[] = [
  ['http://dcat-ap.de/def/licenses/dl-by-de/2.0', 60],
  ['http://dcat-ap.de/def/licenses/dl-zero-de/2.0', 18],
  ['http://dcat-ap.de/def/licenses/cc-by/4.0', 12],
  ['http://dcat-ap.de/def/licenses/cc-zero', 7],
  // The older DCAT-AP.de spelling that GovData's licence list still carries (inactive).
  ['http://dcat-ap.de/def/licenses/dl-by-de/2_0', 3],
];

const QUIRK_RATE = 0.15;
const MARKDOWN_RATE = 0.3;
const CRLF_RATE = 0.12;

const FORMAT_INFO: Readonly<
  Record<DistributionFormat, { label: string; mediaType?: string; ext?: string }>
> = {
  CSV: { label: 'Tabelle (CSV)', mediaType: 'text/csv', ext: 'csv' },
  JSON: {
    label: 'Daten (JSON)',
    mediaType: 'application/json',
    ext: 'json',
  },
  XML: {
    label: 'Daten (XML)',
    mediaType: 'application/xml',
    ext: 'xml',
  },
  GeoJSON: {
    label: 'Geodaten (GeoJSON)',
    mediaType: 'application/geo+json',
    ext: 'geojson',
  },
  PDF: {
    label: 'Dokument (PDF)',
    mediaType: 'application/pdf',
    ext: 'pdf',
  },
  XLSX: {
    label: 'Tabelle (Excel)',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ext: 'xlsx',
  },
  ZIP: {
    label: 'Gesamtpaket (ZIP)',
    mediaType: 'application/zip',
    ext: 'zip',
  },
  SHP: {
    label: 'Shapefile (ZIP)',
    mediaType: 'application/zip',
    ext: 'shp.zip',
  },
  WMS: { label: 'Kartendienst (WMS)' },
  WFS: { label: 'Downloaddienst (WFS)' },
};

/** A CKAN-style slug: lower case a–z, 0–9 and hyphens, umlauts transliterated, at most 100 chars. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/&/g, ' und ')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
}

interface Draw {
  template: DatasetTemplate;
  publisherId: string;
  place: Place;
  year?: number;
}

function fill(text: string, draw: Draw): string {
  const year = draw.year ?? 0;
  return text
    .replaceAll('{place}', draw.place.name)
    .replaceAll('{in}', draw.place.in)
    .replaceAll('{year}', String(year))
    .replaceAll('{nextYY}', String((year + 1) % 100).padStart(2, '0'));
}

function drawInstance(template: DatasetTemplate, random: Random): Draw {
  const publisherId = random.pick(template.publishers);
  let place = PUBLISHER_PLACES[publisherId] ?? SAXONY;
  if (template.perKreis && place === SAXONY && random.chance(0.75)) place = random.pick(KREISE);
  const year = template.years ? random.int(template.years[0], template.years[1]) : undefined;
  return { template, publisherId, place, ...(year === undefined ? {} : { year }) };
}

function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round(
    (Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) /
      86_400_000,
  );
}

function laterOf(a: CalendarDate, b: CalendarDate): CalendarDate {
  return daysBetween(a, b) > 0 ? b : a;
}

function earlierOf(a: CalendarDate, b: CalendarDate): CalendarDate {
  return daysBetween(a, b) < 0 ? b : a;
}

/** An office-hours timestamp on a day between `from` and `to` (inclusive). */
function timestampBetween(
  from: CalendarDate,
  to: CalendarDate,
  random: Random,
): { day: CalendarDate; text: string } {
  const day = addDays(from, random.int(0, Math.max(0, daysBetween(from, to))));
  const instant =
    berlinWallTimeToInstant(day, random.int(6, 18), random.int(0, 59)) + random.int(0, 59) * 1000;
  return { day, text: formatBerlinDateTime(instant) };
}

function datesFor(draw: Draw, random: Random): { issued: string; modified: string } {
  let issuedFrom = EARLIEST_ISSUED;
  let issuedTo = LATEST_UNDATED_ISSUED;
  if (draw.year !== undefined) {
    // Statistics appear after the reference year; plans for a coming year just before it.
    issuedFrom =
      draw.year >= 2026
        ? { year: draw.year - 1, month: 11, day: 1 }
        : { year: draw.year + 1, month: 1, day: 15 };
    issuedFrom = laterOf(issuedFrom, EARLIEST_ISSUED);
    issuedTo = earlierOf(addDays(issuedFrom, 160), DATA_FREEZE);
  }
  const issued = timestampBetween(issuedFrom, issuedTo, random);
  const frequent = ['UPDATE_CONT', 'DAILY', 'WEEKLY'].includes(draw.template.periodicity);
  if (!frequent && random.chance(0.3)) return { issued: issued.text, modified: issued.text };
  const modifiedFrom = frequent
    ? laterOf(addDays(DATA_FREEZE, -30), issued.day)
    : addDays(issued.day, 1);
  const modified = timestampBetween(earlierOf(modifiedFrom, DATA_FREEZE), DATA_FREEZE, random);
  return { issued: issued.text, modified: modified.text };
}

function describe(draw: Draw, name: string, random: Random): string {
  const { template } = draw;
  if (template.description) return template.description;
  const summary = fill(template.summary, draw);
  const periodicity = PERIODICITY_TEXT[template.periodicity] ?? '';
  const note = random.pick(GENERIC_NOTES);
  const crlf = random.chance(CRLF_RATE);
  let lines: string[];
  if (random.chance(MARKDOWN_RATE)) {
    const details = template.details ?? ['Bezeichnung', 'Gebiet', 'Wert'];
    lines = [
      summary,
      '',
      '**Inhalt**',
      ...details.map((item) => `- ${item}`),
      '',
      `${periodicity} ${note}`,
      '',
      `Weitere Informationen: [Dokumentation](${demoLinks.documentationPage(name)})`,
    ];
  } else if (random.chance(0.4)) {
    lines = [summary, '', `${periodicity} ${note}`];
  } else {
    lines = [`${summary} ${periodicity}`];
  }
  return lines.join(crlf ? '\r\n' : '\n');
}

function accessUrlFor(format: DistributionFormat, draw: Draw, name: string): string {
  if (format === 'WMS' || format === 'WFS') return demoLinks.service(name, format);
  if (format === 'JSON' && draw.template.periodicity === 'UPDATE_CONT') {
    return demoLinks.dataApi(name);
  }
  return demoLinks.file(name, FORMAT_INFO[format].ext ?? 'bin');
}

function distributionsFor(
  draw: Draw,
  dataset: { name: string; title: string; license: string; issued: string; modified: string },
  random: Random,
): DemoDistribution[] {
  return draw.template.formats.map((format, index): DemoDistribution => {
    const info = FORMAT_INFO[format];
    const accessUrl = accessUrlFor(format, draw, dataset.name);
    const isFile = accessUrl.includes('/dateien/');
    const title = random.chance(0.4) ? `${dataset.title} (${format})` : info.label;
    let description: string | undefined;
    if (random.chance(0.3)) {
      description = random.chance(0.5)
        ? `### Hinweise\r\n${random.pick(GENERIC_NOTES)}\r\n### Raumbezug\r\n${draw.place.name}`
        : random.pick(GENERIC_NOTES);
    }
    const downloadUrl = isFile && random.chance(0.85) ? accessUrl : undefined;
    // Most files state their size: the served file's, filled in by buildRecord once the record is
    // complete. The draw that once picked an invented size stays, so that every later draw — and
    // with it the rest of datasets.json — is what it was.
    let byteSize: number | undefined;
    if (isFile && random.chance(0.85)) {
      random.next();
      byteSize = 0;
    }
    let modified: string | undefined;
    if (random.chance(0.7)) modified = random.chance(0.5) ? dataset.issued : dataset.modified;
    return {
      id: uuidFromString(`${dataset.name}#${index}`),
      title,
      ...(description === undefined ? {} : { description }),
      format,
      ...(info.mediaType === undefined ? {} : { mediaType: info.mediaType }),
      accessUrl,
      ...(downloadUrl === undefined ? {} : { downloadUrl }),
      ...(byteSize === undefined ? {} : { byteSize }),
      license: dataset.license,
      ...(modified === undefined ? {} : { modified }),
    };
  });
}

/** The political geocoding URIs of a draw (no random draws: see `nameBit`). */
function regionsFor(draw: Draw, name: string): string[] {
  if (draw.template.regions) return draw.template.regions.map(geocodingUri);
  if (draw.publisherId === 'verkehrsverbund-oberelbe') return VVO_KREISE.map(geocodingUri);
  return placeRegions(name, draw.place.ags);
}

/**
 * Temporal coverage: the reference year of yearly data; continuous series from their template's
 * start or, when updated continuously, from first publication on (still running).
 */
function temporalFor(draw: Draw, issued: string): DemoDataset['temporal'] {
  if (draw.year !== undefined) return { start: `${draw.year}-01-01`, end: `${draw.year}-12-31` };
  if (draw.template.temporalStart) return { start: draw.template.temporalStart };
  if (['UPDATE_CONT', 'DAILY'].includes(draw.template.periodicity))
    return { start: issued.slice(0, 10) };
  return undefined;
}

function quirksFor(random: Random): DatasetQuirks | undefined {
  const quirks: DatasetQuirks = {};
  if (random.chance(QUIRK_RATE)) quirks.licenseOnResourceOnly = true;
  if (random.chance(QUIRK_RATE)) quirks.naiveTimestamps = true;
  if (random.chance(QUIRK_RATE)) quirks.urlNotUrl = random.pick(NOT_URL_TEXTS);
  return Object.keys(quirks).length > 0 ? quirks : undefined;
}

function buildRecord(
  draw: Draw,
  name: string,
  title: string,
  random: Random,
  statesSizes: boolean,
): DemoDataset {
  const { template, publisherId, place } = draw;
  const license = random.weighted(LICENSES);
  const { issued, modified } = datesFor(draw, random);
  const description = describe(draw, name, random);
  const keywords = [...template.keywords];
  if (place !== SAXONY && random.chance(0.6)) keywords.push(place.name);
  if (draw.year !== undefined && random.chance(0.3)) keywords.push(String(draw.year));

  const landingPage = random.chance(0.85) ? demoLinks.datasetPage(name) : undefined;
  let regions: string[] | undefined;
  // Template regions are always stated; the draw is made anyway to keep the random sequence.
  if (random.chance(0.9) || draw.template.regions) regions = regionsFor(draw, name);
  const spatial = regions?.[0];
  const temporal = temporalFor(draw, issued);
  let contact: DemoDataset['contact'];
  if (random.chance(0.75)) {
    contact = { name: random.pick(CONTACT_UNITS) };
    if (random.chance(0.7)) contact.email = demoEmail(publisherId);
  }
  const accrualPeriodicity = random.chance(0.85) ? template.periodicity : undefined;
  const distributions = distributionsFor(draw, { name, title, license, issued, modified }, random);
  const quirks = quirksFor(random);

  const record: DemoDataset = {
    id: uuidFromString(name),
    name,
    title,
    description,
    keywords: [...new Set(keywords)],
    themes: [...template.themes],
    publisherId,
    license,
    issued,
    modified,
    ...(landingPage === undefined ? {} : { landingPage }),
    ...(spatial === undefined ? {} : { spatial, regions }),
    ...(temporal === undefined ? {} : { temporal }),
    ...(contact === undefined ? {} : { contact }),
    ...(accrualPeriodicity === undefined ? {} : { accrualPeriodicity }),
    distributions,
    ...(quirks === undefined ? {} : { quirks }),
  };
  record.distributions = record.distributions.map((distribution) => {
    if (distribution.byteSize === undefined) return distribution;
    if (!statesSizes) {
      const { byteSize: _unstated, ...rest } = distribution;
      return rest;
    }
    return { ...distribution, byteSize: demoFile(record, distribution).body.length };
  });
  return record;
}

export interface BuildOptions {
  /**
   * Synthetic sets for load tests: no pinned records, and names (hence ids) start with
   * `synthetic-<n>-`, so they never clash with datasets.json when both are served together.
   * Their files state no size (making thousands of files just to measure them is too slow).
   */
  synthetic?: boolean;
}

/**
 * Builds `count` demo datasets. Pinned templates come first, then random draws of template,
 * publisher, place and year. Titles are unique within one set; when the catalogue runs out of
 * distinct titles (large counts), titles get a " – Teil n" suffix.
 */
export function buildDatasets(
  count: number,
  seed: number,
  options: BuildOptions = {},
): DemoDataset[] {
  const random = createRandom(seed);
  const usedTitles = new Set<string>();
  const datasets: DemoDataset[] = [];
  const nameFor = (title: string): string =>
    options.synthetic ? slugify(`synthetic-${datasets.length + 1}-${title}`) : slugify(title);
  const weighted = DATASET_TEMPLATES.filter((t) => !t.pinned).map(
    (t) => [t, t.weight ?? 1] as const,
  );

  for (const template of DATASET_TEMPLATES) {
    if (!template.pinned || options.synthetic || datasets.length >= count) continue;
    const draw = drawInstance(template, random);
    const title = fill(template.title, draw);
    usedTitles.add(slugify(title));
    datasets.push(buildRecord(draw, nameFor(title), title, random, !options.synthetic));
  }

  let misses = 0;
  let exhausted = false;
  let part = 1;
  while (datasets.length < count) {
    const draw = drawInstance(random.weighted(weighted), random);
    let title = fill(draw.template.title, draw);
    if (usedTitles.has(slugify(title))) {
      if (!exhausted && ++misses < 200) continue;
      exhausted = true;
      part += 1;
      title = `${title} – Teil ${part}`;
      if (usedTitles.has(slugify(title))) continue;
    }
    misses = 0;
    usedTitles.add(slugify(title));
    datasets.push(buildRecord(draw, nameFor(title), title, random, !options.synthetic));
  }
  if (!options.synthetic) datasets.push(...researchDatasets(seed, usedTitles));
  return datasets;
}

/**
 * One dataset per research template, after the `count` drawn ones and from a random sequence of
 * their own, so that they leave the drawn datasets as they were.
 */
function researchDatasets(seed: number, usedTitles: Set<string>): DemoDataset[] {
  const random = createRandom(seed + 1_000);
  return RESEARCH_TEMPLATES.map((template) => {
    const draw = drawInstance(template, random);
    const title = fill(template.title, draw);
    usedTitles.add(slugify(title));
    return buildRecord(draw, slugify(title), title, random, true);
  });
}
