// DCAT-AP.de political geocoding of the demo datasets (http://dcat-ap.de/def/politicalGeocoding/).
// AGS of the Kreise from BKG VG250, as in dataset-templates.ts; the Gemeinde keys of the three
// Kreisfreie Städte are their Kreis key + 000.

import { uuidFromString } from './random.ts';

const BASE = 'http://dcat-ap.de/def/politicalGeocoding/';
export const GEOCODING_LEVEL = `${BASE}Level/`;

export const SAXON_KREISE_AGS: readonly string[] = [
  '14511',
  '14521',
  '14522',
  '14523',
  '14524',
  '14612',
  '14625',
  '14626',
  '14627',
  '14628',
  '14713',
  '14729',
  '14730',
];

/** Kreisfreie Städte: Kreis and Gemeinde at once, so portals use either key. */
const CITY_KREISE = new Set(['14511', '14612', '14713']);

/** The Verkehrsverbund Oberelbe's area: Dresden, Meißen, Sächsische Schweiz-Osterzgebirge, Bautzen. */
export const VVO_KREISE: readonly string[] = ['14612', '14627', '14628', '14625'];

/** The geocoding URI of an AGS: 2 digits Land, 5 Kreis, 8 Gemeinde. */
export function geocodingUri(ags: string): string {
  const key = ags.length === 2 ? 'stateKey' : ags.length === 5 ? 'districtKey' : 'municipalityKey';
  return `${BASE}${key}/${ags}`;
}

/** DCAT-AP.de's level of a geocoding URI (`…/Level/administrativeDistrict` for a Kreis). */
export function geocodingLevel(uri: string): string | undefined {
  const key = /\/politicalGeocoding\/([A-Za-z]+)\//.exec(uri)?.[1];
  const level =
    key === 'stateKey'
      ? 'state'
      : key === 'districtKey'
        ? 'administrativeDistrict'
        : key === 'municipalityKey' || key === 'regionalKey'
          ? 'municipality'
          : undefined;
  return level && GEOCODING_LEVEL + level;
}

/**
 * A stable yes/no per dataset name, independent of the builder's random sequence, so that adding
 * geocoding variants leaves every other drawn value of datasets.json as it was.
 */
export function nameBit(name: string, salt: string): boolean {
  return parseInt(uuidFromString(`${salt}:${name}`).slice(0, 2), 16) % 2 === 0;
}

/**
 * The geocoding of a dataset about `ags` (undefined = all of Saxony): a Kreisfreie Stadt is coded
 * by its Gemeinde key for about half of the datasets, as city portals do.
 */
export function placeRegions(name: string, ags: string | undefined): string[] {
  if (ags === undefined) return [geocodingUri('14')];
  if (CITY_KREISE.has(ags) && nameBit(name, 'municipality')) return [geocodingUri(`${ags}000`)];
  return [geocodingUri(ags)];
}
