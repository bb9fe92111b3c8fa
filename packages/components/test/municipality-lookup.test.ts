// The lookup API over the bundled Saxon municipalities: postal code, AGS, name search, Kreis.
import { describe, expect, it } from 'vitest';
import {
  decodeMunicipalityIndex,
  foldForSearch,
  kreisByKey,
  kreisName,
  municipalitiesByPostalCode,
  municipalityByAgs,
  searchMunicipalities,
} from '../src/shared/geo/municipality-lookup.js';

const names = (list: readonly { name: string }[]) => list.map((m) => m.name);

describe('municipalitiesByPostalCode', () => {
  it('returns the Gemeinde of a town postal code with its AGS, Kreis and point', () => {
    const [leipzig, ...rest] = municipalitiesByPostalCode('04109');
    expect(rest).toEqual([]);
    expect(leipzig).toMatchObject({ ags: '14713000', name: 'Leipzig', kreisKey: '14713' });
    expect(leipzig?.officialName).toBe('Leipzig, Stadt');
    expect(leipzig?.lat).toBeCloseTo(51.34, 1);
    expect(leipzig?.lon).toBeCloseTo(12.37, 1);
  });

  it('returns every Gemeinde a shared postal code serves, sorted by name in German order', () => {
    const shared = municipalitiesByPostalCode('01920');
    expect(shared.length).toBeGreaterThan(3);
    const sorted = [...names(shared)].sort(new Intl.Collator('de').compare);
    expect(names(shared)).toEqual(sorted);
    expect(new Set(shared.map((m) => m.kreisKey))).toEqual(new Set(['14625']));
  });

  it('accepts surrounding spaces', () => {
    expect(names(municipalitiesByPostalCode(' 09111 '))).toEqual(['Chemnitz']);
  });

  it('returns an empty list for an unknown postal code', () => {
    expect(municipalitiesByPostalCode('00000')).toEqual([]);
    expect(municipalitiesByPostalCode('01999')).toEqual([]);
  });

  it('returns an empty list for a postal code outside Saxony', () => {
    expect(municipalitiesByPostalCode('10115')).toEqual([]); // Berlin-Mitte
    expect(municipalitiesByPostalCode('07743')).toEqual([]); // Jena, Thuringia
    expect(municipalitiesByPostalCode('06108')).toEqual([]); // Halle (Saale), Saxony-Anhalt
  });

  it('returns an empty list for input that is not a postal code', () => {
    for (const input of ['', '0106', '010670', 'abcde', '01 067', '1067']) {
      expect(municipalitiesByPostalCode(input)).toEqual([]);
    }
  });
});

describe('decodeMunicipalityIndex', () => {
  // A synthetic two-Gemeinde fixture in the generated format (not real data): in the real list AGS
  // order and name order happen to agree for every shared postal code, so only a fixture can show
  // that a shared postal code's Gemeinden are sorted by name and not left in AGS order.
  const kreise = '14999;Testkreis;L';
  const municipalities =
    '#14999\n010;Zeta, Stadt;5000;20000;01001 01002\n020;Älpha;5100;20100;01002';

  it('decodes AGS, names, point and postal codes', () => {
    const index = decodeMunicipalityIndex(kreise, municipalities);
    expect(index.kreise.get('14999')).toEqual({
      key: '14999',
      name: 'Testkreis',
      kind: 'Landkreis',
    });
    expect(index.byAgs.get('14999010')).toEqual({
      ags: '14999010',
      name: 'Zeta',
      officialName: 'Zeta, Stadt',
      kreisKey: '14999',
      lat: 50.5,
      lon: 13,
      postalCodes: ['01001', '01002'],
    });
  });

  it('sorts the Gemeinden of a shared postal code by name, umlauts in German order', () => {
    const index = decodeMunicipalityIndex(kreise, municipalities);
    expect(names(index.byPostalCode.get('01002') ?? [])).toEqual(['Älpha', 'Zeta']);
  });
});

describe('municipalityByAgs', () => {
  it('finds a Gemeinde by its 8-digit AGS', () => {
    expect(municipalityByAgs('14612000')?.name).toBe('Dresden');
    expect(municipalityByAgs('14625200')?.name).toBe('Großröhrsdorf');
  });

  it('finds nothing for a Kreis key, an unknown or a non-Saxon AGS', () => {
    expect(municipalityByAgs('14612')).toBeUndefined();
    expect(municipalityByAgs('14612999')).toBeUndefined();
    expect(municipalityByAgs('11000000')).toBeUndefined(); // Berlin
  });
});

describe('searchMunicipalities', () => {
  it('folds ß and umlauts: "grossr" finds Großröhrsdorf', () => {
    expect(names(searchMunicipalities('grossr'))).toContain('Großröhrsdorf');
    expect(names(searchMunicipalities('GROSSROEHRS'))).toEqual(['Großröhrsdorf']);
    expect(names(searchMunicipalities('großröhrs'))).toEqual(['Großröhrsdorf']);
    expect(names(searchMunicipalities('grossrohrs'))).toEqual(['Großröhrsdorf']);
  });

  it('lists names that start with the prefix first, in German order, then later words', () => {
    const bad = names(searchMunicipalities('bad ', 50));
    expect(bad.at(-1)).toBe('Aue-Bad Schlema');
    const leading = bad.slice(0, -1);
    expect(leading).toEqual(
      expect.arrayContaining(['Bad Elster', 'Bad Muskau / Mužakow', 'Bad Schandau']),
    );
    expect(leading.every((name) => name.startsWith('Bad '))).toBe(true);
    expect(leading).toEqual([...leading].sort(new Intl.Collator('de').compare));
  });

  it('finds a Gemeinde by a later word, including its Sorbian name', () => {
    expect(names(searchMunicipalities('schlema'))).toEqual(['Aue-Bad Schlema']);
    expect(names(searchMunicipalities('budysin'))).toEqual(['Bautzen / Budyšin']);
  });

  it('respects the limit and finds nothing for an empty or unknown prefix', () => {
    expect(searchMunicipalities('b', 5)).toHaveLength(5);
    expect(searchMunicipalities('   ')).toEqual([]);
    expect(searchMunicipalities('xyzzy')).toEqual([]);
  });
});

describe('Kreise', () => {
  it('names a Kreis by its 5-digit key or by an AGS in it', () => {
    expect(kreisName('14625')).toBe('Bautzen');
    expect(kreisName('14521035')).toBe('Erzgebirgskreis');
    expect(kreisByKey('14713')).toEqual({
      key: '14713',
      name: 'Leipzig',
      kind: 'Kreisfreie Stadt',
    });
    expect(kreisByKey('14729')).toEqual({ key: '14729', name: 'Leipzig', kind: 'Landkreis' });
  });

  it('knows no Kreis outside Saxony or for malformed keys', () => {
    expect(kreisName('11000')).toBeUndefined();
    expect(kreisName('146')).toBeUndefined();
    expect(kreisName('146250')).toBeUndefined();
  });
});

describe('foldForSearch', () => {
  it('lower-cases, spells ß as ss and drops diacritics', () => {
    expect(foldForSearch('Großröhrsdorf')).toBe('grossrohrsdorf');
    expect(foldForSearch('Bautzen / Budyšin')).toBe('bautzen / budysin');
  });
});
