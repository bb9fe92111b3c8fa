import type { Region, RegionLevel } from './model.js';

/**
 * DCAT-AP.de political geocoding (`http://dcat-ap.de/def/politicalGeocoding/…`): the URIs name a
 * region by its official key, so the AGS (Amtlicher Gemeindeschlüssel) can be read from them.
 * Sources: the DCAT-AP.de vocabularies (https://www.dcat-ap.de/def/politicalGeocoding/) and the
 * Statistisches Bundesamt's Gemeindeverzeichnis (GV-ISys) for the keys and names below.
 */

export const GEOCODING_BASE = 'http://dcat-ap.de/def/politicalGeocoding/';

/** The key vocabularies and what their numbers are. */
const KEY_KINDS: Record<string, { digits: number; level?: RegionLevel }> = {
  stateKey: { digits: 2, level: 'state' },
  governmentDistrictKey: { digits: 3 },
  districtKey: { digits: 5, level: 'district' },
  municipalAssociationKey: { digits: 9 },
  municipalityKey: { digits: 8, level: 'municipality' },
  regionalKey: { digits: 12, level: 'municipality' },
};

const GEOCODING_URI =
  /^https?:\/\/(?:www\.)?dcat-ap\.de\/def\/politicalGeocoding\/([A-Za-z]+)\/(\d+)\/?$/;

/**
 * `politicalGeocodingLevelURI` values (`…/Level/administrativeDistrict` is the Kreis level of the
 * DCAT-AP.de vocabulary; `district` is what some harvesters write).
 */
const LEVELS: Record<string, RegionLevel> = {
  state: 'state',
  administrativeDistrict: 'district',
  district: 'district',
  municipality: 'municipality',
};

/** Names of the 16 Länder and of Saxony's 13 Kreise (10 Landkreise, 3 Kreisfreie Städte). */
export const REGION_LABELS: Readonly<Record<string, string>> = {
  '01': 'Schleswig-Holstein',
  '02': 'Hamburg',
  '03': 'Niedersachsen',
  '04': 'Bremen',
  '05': 'Nordrhein-Westfalen',
  '06': 'Hessen',
  '07': 'Rheinland-Pfalz',
  '08': 'Baden-Württemberg',
  '09': 'Bayern',
  '10': 'Saarland',
  '11': 'Berlin',
  '12': 'Brandenburg',
  '13': 'Mecklenburg-Vorpommern',
  '14': 'Sachsen',
  '15': 'Sachsen-Anhalt',
  '16': 'Thüringen',
  '14511': 'Chemnitz',
  '14521': 'Erzgebirgskreis',
  '14522': 'Mittelsachsen',
  '14523': 'Vogtlandkreis',
  '14524': 'Landkreis Zwickau',
  '14612': 'Dresden',
  '14625': 'Bautzen',
  '14626': 'Görlitz',
  '14627': 'Meißen',
  '14628': 'Sächsische Schweiz-Osterzgebirge',
  '14713': 'Leipzig',
  '14729': 'Landkreis Leipzig',
  '14730': 'Nordsachsen',
  // The three Kreisfreie Städte are Gemeinden too.
  '14511000': 'Chemnitz',
  '14612000': 'Dresden',
  '14713000': 'Leipzig',
};

/** The Saxon Kreise by AGS, in AGS order. */
export const SAXON_DISTRICTS: readonly string[] = Object.keys(REGION_LABELS).filter(
  (ags) => ags.length === 5,
);

/** The level an AGS of this length stands for. */
export function agsLevel(ags: string): RegionLevel | undefined {
  return ags.length === 2
    ? 'state'
    : ags.length === 5
      ? 'district'
      : ags.length === 8
        ? 'municipality'
        : undefined;
}

/** The level of a `politicalGeocodingLevelURI` (`…/Level/district`), when it is one of ours. */
export function geocodingLevel(uri: string | undefined): RegionLevel | undefined {
  const level = /\/politicalGeocoding\/Level\/([A-Za-z]+)\/?$/.exec(uri?.trim() ?? '')?.[1];
  return level && Object.hasOwn(LEVELS, level) ? LEVELS[level] : undefined;
}

/**
 * A region from a URI or a portal's literal. Geocoding URIs give AGS, level and (for Saxony and
 * the Länder) a German name; a 12-digit Regionalschlüssel gives the AGS of its Gemeinde (digits
 * 1–5 and 10–12). Other URIs (GeoNames, EU places) stay a `uri`; non-URI text becomes a `label`.
 */
export function regionOf(value: string, level?: RegionLevel, label?: string): Region | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  if (!/^https?:\/\//i.test(text)) return { label: label ?? text };
  const match = GEOCODING_URI.exec(text);
  const kind = match && Object.hasOwn(KEY_KINDS, match[1]!) ? KEY_KINDS[match[1]!] : undefined;
  if (!match || !kind || match[2]!.length !== kind.digits)
    return { uri: text, ...(level ? { level } : {}), ...(label ? { label } : {}) };
  const key = match[2]!;
  const ags = kind.digits === 12 ? key.slice(0, 5) + key.slice(9) : key;
  const regionLevel = kind.level ?? level;
  const name = label ?? REGION_LABELS[ags];
  return {
    uri: text,
    ags,
    ...(regionLevel ? { level: regionLevel } : {}),
    ...(name ? { label: name } : {}),
  };
}

/** Regions of several values, each place once (by AGS, else URI, else label), in order. */
export function regionsOf(
  values: readonly string[],
  level?: RegionLevel,
  labels: readonly string[] = [],
): Region[] {
  const seen = new Set<string>();
  const regions: Region[] = [];
  values.forEach((value, index) => {
    // A portal's own label belongs to a value only when there is one of each.
    const label = values.length === labels.length ? labels[index]?.trim() || undefined : undefined;
    const region = regionOf(value, level, label);
    const key = region && (region.ags ?? region.uri ?? region.label);
    if (!region || !key || seen.has(key)) return;
    seen.add(key);
    regions.push(region);
  });
  return regions;
}

/**
 * The facet value a region counts under: its AGS, a Gemeinde rolled up into its Kreis (the Kreis
 * filter matches its Gemeinden, so the counts agree). Undefined for a region without an AGS.
 */
export function facetAgs(region: Region): string | undefined {
  if (!region.ags) return undefined;
  return region.ags.length > 5 ? region.ags.slice(0, 5) : region.ags;
}

/** The model's facet label of an AGS. */
export function regionLabel(ags: string): string {
  return REGION_LABELS[ags] ?? ags;
}

/** An AGS a filter accepts: 2, 5 or 8 digits. */
export function isAgs(value: string): boolean {
  return /^(?:\d{2}|\d{5}|\d{8})$/.test(value);
}

/**
 * `regions` without repeats — one per AGS, else per URI, else per label — in their order; undefined
 * when none is left, so that a dataset without a place has no `regions` key.
 */
export function uniqueRegions(regions: readonly Region[]): Region[] | undefined {
  const seen = new Set<string>();
  const unique = regions.filter((region) => {
    const key = region.ags ?? region.uri ?? region.label ?? '';
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.length ? unique : undefined;
}
