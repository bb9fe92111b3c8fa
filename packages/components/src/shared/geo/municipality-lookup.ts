// Postal code → Gemeinde → Kreis for Saxon addresses, from the bundled municipality list (no request
// to anyone). The list is decoded once, on first use, from the compact text in
// saxony-municipalities.ts (generated; see packages/components/data/saxony-municipalities/README.md).
import { COORDINATE_ORIGIN, KREISE_DATA, MUNICIPALITIES_DATA } from './saxony-municipalities.js';

/** A Saxon Kreis: 5-digit key (the first five digits of every AGS in it), name and kind. */
export interface Kreis {
  readonly key: string;
  readonly name: string;
  readonly kind: 'Landkreis' | 'Kreisfreie Stadt';
}

/** A Saxon Gemeinde with the point Destatis gives for it (approximate: a point in the Gemeinde, not the address). */
export interface Municipality {
  /** 8-digit Amtlicher Gemeindeschlüssel, e.g. "14612000" for Dresden. */
  readonly ags: string;
  /** Name without the status suffix, e.g. "Bautzen / Budyšin" (official: "Bautzen / Budyšin, Stadt"). */
  readonly name: string;
  readonly officialName: string;
  /** The Kreis key: the first five digits of the AGS. */
  readonly kreisKey: string;
  readonly lat: number;
  readonly lon: number;
  /** Postal codes known to serve (part of) the Gemeinde, ascending. */
  readonly postalCodes: readonly string[];
}

export interface MunicipalityIndex {
  readonly kreise: ReadonlyMap<string, Kreis>;
  readonly byAgs: ReadonlyMap<string, Municipality>;
  readonly byPostalCode: ReadonlyMap<string, readonly Municipality[]>;
  /** Every Gemeinde with its search keys, in German alphabetical order. */
  readonly searchable: readonly {
    municipality: Municipality;
    keys: { leading: readonly string[]; inner: readonly string[] };
  }[];
}

const collator = new Intl.Collator('de', { sensitivity: 'base' });
const byName = (a: Municipality, b: Municipality) => collator.compare(a.name, b.name);

/**
 * Folds text for matching: lower case, ß → ss, accents and umlauts dropped (ö → o). A name is also
 * indexed with umlauts spelled out (ö → oe), so "grossr", "großr", "grossroe" and "grossro" all find
 * Großröhrsdorf.
 */
export function foldForSearch(text: string): string {
  return text.toLocaleLowerCase('de').replaceAll('ß', 'ss').normalize('NFD').replace(/\p{M}/gu, '');
}

const spellOutUmlauts = (text: string) =>
  text.toLocaleLowerCase('de').replace(/[äöü]/g, (umlaut) => `${umlaut.normalize('NFD')[0]}e`);

/** Folded forms of a name (`leading`) and of each later word start in it (`inner`). */
function searchKeys(name: string): { leading: string[]; inner: string[] } {
  const forms = (text: string) => [foldForSearch(text), foldForSearch(spellOutUmlauts(text))];
  const inner = [...name.matchAll(/[\s\-/]+/g)].flatMap((match) =>
    forms(name.slice(match.index + match[0].length)),
  );
  return { leading: forms(name), inner };
}

/** Decodes the compact text form (exported for tests of the decoding itself). */
export function decodeMunicipalityIndex(
  kreiseData: string,
  municipalitiesData: string,
): MunicipalityIndex {
  const kreise = new Map<string, Kreis>();
  for (const line of kreiseData.split('\n')) {
    const [key, name, kind] = line.split(';') as [string, string, string];
    kreise.set(key, { key, name, kind: kind === 'L' ? 'Landkreis' : 'Kreisfreie Stadt' });
  }
  const byAgs = new Map<string, Municipality>();
  const byPostalCode = new Map<string, Municipality[]>();
  let kreisKey = '';
  for (const line of municipalitiesData.split('\n')) {
    if (line.startsWith('#')) {
      kreisKey = line.slice(1);
      continue;
    }
    const [local, officialName, lat, lon, postalCodes] = line.split(';') as [
      string,
      string,
      string,
      string,
      string,
    ];
    const municipality: Municipality = {
      ags: kreisKey + local,
      name: officialName.split(', ')[0]!,
      officialName,
      kreisKey,
      lat: COORDINATE_ORIGIN.lat + Number(lat) / 1e4,
      lon: COORDINATE_ORIGIN.lon + Number(lon) / 1e4,
      postalCodes: postalCodes.split(' '),
    };
    byAgs.set(municipality.ags, municipality);
    for (const postalCode of municipality.postalCodes) {
      const list = byPostalCode.get(postalCode) ?? [];
      list.push(municipality);
      byPostalCode.set(postalCode, list);
    }
  }
  for (const list of byPostalCode.values()) list.sort(byName);
  const searchable = [...byAgs.values()]
    .sort(byName)
    .map((municipality) => ({ municipality, keys: searchKeys(municipality.name) }));
  return { kreise, byAgs, byPostalCode, searchable };
}

let index: MunicipalityIndex | undefined;
const getIndex = (): MunicipalityIndex =>
  (index ??= decodeMunicipalityIndex(KREISE_DATA, MUNICIPALITIES_DATA));

/**
 * The Gemeinden a postal code serves, by name in German order; empty for anything that is not a
 * known Saxon postal code (a postal code outside Saxony, a typo, not five digits).
 */
export function municipalitiesByPostalCode(postalCode: string): readonly Municipality[] {
  const trimmed = postalCode.trim();
  if (!/^\d{5}$/.test(trimmed)) return [];
  return getIndex().byPostalCode.get(trimmed) ?? [];
}

/** The Gemeinde with this 8-digit AGS, or undefined. */
export function municipalityByAgs(ags: string): Municipality | undefined {
  return getIndex().byAgs.get(ags.trim());
}

/**
 * Gemeinden whose name, or a word in it, starts with `prefix` (case, umlauts and ß folded), for a
 * combobox: names that start with it first, then names with a later word that does, each group in
 * German alphabetical order. An empty prefix finds nothing.
 */
export function searchMunicipalities(prefix: string, limit = 20): readonly Municipality[] {
  const query = foldForSearch(prefix.trim());
  if (query === '') return [];
  const leading: Municipality[] = [];
  const inner: Municipality[] = [];
  const matches = (key: string) => key.startsWith(query);
  for (const { municipality, keys } of getIndex().searchable) {
    if (keys.leading.some(matches)) leading.push(municipality);
    else if (keys.inner.some(matches)) inner.push(municipality);
  }
  return [...leading, ...inner].slice(0, limit);
}

/** The Kreis with this 5-digit key (or the Kreis of an 8-digit AGS), or undefined. */
export function kreisByKey(key: string): Kreis | undefined {
  const trimmed = key.trim();
  if (!/^\d{5}(\d{3})?$/.test(trimmed)) return undefined;
  return getIndex().kreise.get(trimmed.slice(0, 5));
}

/** The Kreis's name ("Leipzig" for both 14713 and 14729: use `kreisByKey(…).kind` to tell them apart). */
export function kreisName(key: string): string | undefined {
  return kreisByKey(key)?.name;
}

/** Every Gemeinde, by AGS. */
export function allMunicipalities(): readonly Municipality[] {
  return [...getIndex().byAgs.values()];
}

/** All 13 Kreise, by key. */
export function allKreise(): readonly Kreis[] {
  return [...getIndex().kreise.values()];
}
