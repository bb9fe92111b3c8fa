// The bundled list of Saxon Gemeinden (src/shared/geo/saxony-municipalities.ts, generated from
// data/saxony-municipalities/): complete, consistent with the actor map's Kreise, and small enough
// for the entry form's bundle. Spot checks are written by hand from public knowledge.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SAXONY_KREISE } from '../src/shared/geo/saxony-kreise.js';
import {
  allKreise,
  allMunicipalities,
  municipalitiesByPostalCode,
} from '../src/shared/geo/municipality-lookup.js';

const packageDir = new URL('../', import.meta.url).pathname;
const generatedModule = `${packageDir}src/shared/geo/saxony-municipalities.ts`;

const SAXON_KREIS_KEYS = [
  '14511', '14521', '14522', '14523', '14524', '14612', '14625', '14626', '14627', '14628', '14713',
  '14729', '14730',
]; // prettier-ignore

describe('the bundled Saxon municipalities', () => {
  it('are exactly the 419 Gemeinden of the Destatis extract, each with a unique 8-digit AGS', () => {
    const municipalities = allMunicipalities();
    expect(municipalities).toHaveLength(419);
    expect(new Set(municipalities.map((m) => m.ags)).size).toBe(419);
    for (const municipality of municipalities) {
      expect(municipality.ags).toMatch(/^14\d{6}$/);
      expect(municipality.ags.startsWith(municipality.kreisKey)).toBe(true);
      expect(municipality.postalCodes.length).toBeGreaterThan(0);
      for (const postalCode of municipality.postalCodes) expect(postalCode).toMatch(/^\d{5}$/);
    }
  });

  it('cover all 13 Kreise, named as on the actor map', () => {
    expect(allKreise().map((kreis) => kreis.key)).toEqual(SAXON_KREIS_KEYS);
    const keysWithGemeinden = new Set(allMunicipalities().map((m) => m.kreisKey));
    expect([...keysWithGemeinden].sort()).toEqual(SAXON_KREIS_KEYS);
    const onMap = SAXONY_KREISE.features
      .map(({ properties }) => ({
        key: properties.ags,
        name: properties.name,
        kind: properties.kind,
      }))
      .sort((a, b) => a.key.localeCompare(b.key));
    expect(allKreise()).toEqual(onMap);
  });

  it('place every point inside Saxony', () => {
    for (const { name, lat, lon } of allMunicipalities()) {
      expect({ name, inside: lat > 50.17 && lat < 51.69 && lon > 11.87 && lon < 15.04 }).toEqual({
        name,
        inside: true,
      });
    }
  });

  it('agree with hand-written spot checks', () => {
    const at = (postalCode: string) =>
      municipalitiesByPostalCode(postalCode).map(({ name, ags }) => `${name} ${ags}`);
    expect(at('01067')).toEqual(['Dresden 14612000']);
    expect(at('04109')).toEqual(['Leipzig 14713000']);
    expect(at('09111')).toEqual(['Chemnitz 14511000']);
    // A district's own postal code belongs to its town: Weixdorf is part of Dresden.
    expect(at('01108')).toEqual(['Dresden 14612000']);
    // The Sorbian Catholic villages between Kamenz and Bautzen share 01920.
    expect(at('01920')).toEqual(
      expect.arrayContaining([
        'Crostwitz / Chrósćicy 14625080',
        'Nebelschütz / Njebjelčicy 14625350',
        'Panschwitz-Kuckau / Pančicy-Kukow 14625440',
        'Räckelwitz / Worklecy 14625470',
        'Ralbitz-Rosenthal / Ralbicy-Róžant 14625500',
      ]),
    );
    const dresden = allMunicipalities().find((m) => m.ags === '14612000');
    expect(dresden?.lat).toBeCloseTo(51.05, 1);
    expect(dresden?.lon).toBeCloseTo(13.74, 1);
  });

  it('are generated from the committed sources, unchanged', () => {
    // Throws (exit status 1) when the committed module differs from what the script generates.
    execFileSync(process.execPath, [`${packageDir}scripts/build-municipalities.mjs`, '--check'], {
      stdio: 'pipe',
    });
  });

  it('stay within the entry form budget of 12 kB gzip', () => {
    const gzipBytes = gzipSync(readFileSync(generatedModule), { level: 9 }).length;
    expect(gzipBytes).toBeLessThanOrEqual(12 * 1024);
  });
});
