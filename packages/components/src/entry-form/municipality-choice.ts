// Postal code → Gemeinde for the entry form's address, from the bundled municipality list (no
// request to anyone). One code can serve several Gemeinden (01920 serves six): the visitor then
// chooses, and nothing is guessed for them.
import {
  kreisByKey,
  municipalitiesByPostalCode,
  municipalityByAgs,
  type Municipality,
} from '../shared/geo/municipality-lookup.js';

/** What a postal code tells the form. */
export type MunicipalityChoice =
  /** Not five digits yet: nothing to look up. */
  | { state: 'incomplete' }
  /** Five digits, but no Saxon Gemeinde has that code (a typo, or outside Saxony). */
  | { state: 'unknown' }
  /** The Gemeinde is known: the only one with that code, or the one the visitor chose. */
  | { state: 'chosen'; chosen: Municipality; options: readonly Municipality[] }
  /** Several Gemeinden share the code and none is chosen yet. */
  | { state: 'ambiguous'; options: readonly Municipality[] };

/**
 * The Gemeinde for `postalCode`: the only one, or the one with `chosenAgs` among several (a choice
 * that does not fit the code any more is dropped).
 */
export function chooseMunicipality(postalCode: string, chosenAgs = ''): MunicipalityChoice {
  if (!/^\d{5}$/.test(postalCode.trim())) return { state: 'incomplete' };
  const options = municipalitiesByPostalCode(postalCode);
  if (options.length === 0) return { state: 'unknown' };
  const chosen =
    options.length === 1 ? options[0] : options.find(({ ags }) => ags === chosenAgs.trim());
  return chosen ? { state: 'chosen', chosen, options } : { state: 'ambiguous', options };
}

/** The Gemeinde's name with its Kreis, to tell apart places of the same name ("Rosenthal-Bielatal"). */
export function municipalityLabel(municipality: Municipality): string {
  const kreis = kreisByKey(municipality.kreisKey);
  if (!kreis || kreis.kind === 'Kreisfreie Stadt') return municipality.name;
  return `${municipality.name} (${kreis.name})`;
}

/**
 * The draft values a chosen Gemeinde sets: the address's city and its 8-digit AGS (the server
 * keeps the Kreis, its first five digits), and — unless the visitor picked a point themselves —
 * the Gemeinde's point from the municipality list, honestly marked `city`: it is a point somewhere
 * in the Gemeinde, not the address.
 */
export function draftForMunicipality(
  municipality: Municipality,
  { keepPickedPoint }: { keepPickedPoint: boolean },
): Record<string, string> {
  const values: Record<string, string> = {
    'address.city': municipality.name,
    'address.ags': municipality.ags,
  };
  if (keepPickedPoint) return values;
  return {
    ...values,
    'location.lat': municipality.lat.toFixed(4),
    'location.lon': municipality.lon.toFixed(4),
    'location.precision': 'city',
  };
}

/** The Gemeinde a draft names by its AGS, if that is one of the bundled ones. */
export const municipalityOfDraft = (ags: string): Municipality | undefined =>
  /^\d{8}$/.test(ags.trim()) ? municipalityByAgs(ags) : undefined;
