#!/usr/bin/env node
// Generates src/shared/geo/saxony-municipalities.ts from the two source files in
// data/saxony-municipalities/ (see the README there for where they come from and their licences):
//   - the Destatis Gemeindeverzeichnis extract: every Saxon Gemeinde with its AGS, official name,
//     the postal code of its seat and a point (Längengrad/Breitengrad); and the 13 Kreise with their names;
//   - the GeoNames postal codes of Saxony: postal code, place name, Kreis key.
// A GeoNames row is assigned to a Gemeinde only when its place names that Gemeinde unambiguously
// within the same Kreis (see `matchGemeinde`); rows that match no Gemeinde are reported and left out,
// never guessed. The script fails when a consistency check fails, so a bad source cannot ship.
//
// Run: pnpm exec node packages/components/scripts/build-municipalities.mjs [--report] [--check]
// (--report lists the GeoNames rows that matched by a longer name or not at all; --check writes
// nothing and fails when the committed module differs from what the sources give.)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { format, resolveConfig } from 'prettier';
import { gemeindeKeysSource } from './gemeinde-keys-module.mjs';

const root = new URL('..', import.meta.url).pathname;
const dataDir = join(root, 'data/saxony-municipalities');
const outFile = join(root, 'src/shared/geo/saxony-municipalities.ts');
// The servers' copy of the Gemeinde keys (see gemeinde-keys-module.mjs).
const serverFiles = [
  join(root, '../demo-api/src/directory/gemeinde-keys.ts'),
  join(root, '../directory-server/src/gemeinde-keys.ts'),
];
const verbose = process.argv.includes('--report');

/** What the Destatis extract holds for Saxony: 419 Gemeinden in 13 Kreise. */
const EXPECTED_GEMEINDEN = 419;
const EXPECTED_KREISE = [
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
/** Saxony's extent with a small margin (the state spans about 50.17–51.69 N, 11.87–15.04 E). */
const BOUNDS = { south: 50.1, north: 51.75, west: 11.8, east: 15.1 };
/** Coordinates are stored as ten-thousandths of a degree from this corner (all offsets positive). */
const ORIGIN = { lat: 50, lon: 11 };

/** Parses RFC 4180-style CSV (quoted fields may hold commas and doubled quotes). */
function parseCsv(text) {
  const rows = [];
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    if (line === '') continue;
    const fields = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const char = line[i];
      if (quoted) {
        if (char === '"' && line[i + 1] === '"') {
          field += '"';
          i++;
        } else if (char === '"') quoted = false;
        else field += char;
      } else if (char === '"') quoted = true;
      else if (char === ',') {
        fields.push(field);
        field = '';
      } else field += char;
    }
    fields.push(field);
    rows.push(fields);
  }
  return rows;
}

const germanNumber = (text) => Number(text.trim().replace(',', '.'));
/** "Annaberg-Buchholz, Stadt" → "Annaberg-Buchholz"; "Oberwiesenthal, Kurort, Stadt" → "Oberwiesenthal". */
const shortName = (official) => official.split(', ')[0];

function fail(message) {
  console.error(`build-municipalities: ${message}`);
  process.exit(1);
}

function readDestatis() {
  const [header, ...rows] = parseCsv(
    readFileSync(join(dataDir, 'destatis-auszug-gv-sachsen.csv'), 'utf8'),
  );
  if (header[0] !== 'satzart' || header[13] !== 'postleitzahl' || header[14] !== 'laengengrad') {
    fail(`unexpected Destatis header: ${header.join(',')}`);
  }
  const kreise = [];
  const gemeinden = [];
  for (const row of rows) {
    const [satzart, textkennzeichen, land, rb, kreis, , gemeinde, name] = row;
    if (land !== '14') fail(`row outside Saxony: ${row.join(',')}`);
    if (satzart === '40') {
      // Textkennzeichen 41 = kreisfreie Stadt, 44 = Landkreis.
      const kind = textkennzeichen === '41' ? 'Kreisfreie Stadt' : 'Landkreis';
      kreise.push({ key: `${land}${rb}${kreis}`, name: shortName(name), kind });
    } else if (satzart === '60') {
      gemeinden.push({
        ags: `${land}${rb}${kreis}${gemeinde}`,
        officialName: name,
        name: shortName(name),
        seatPostalCode: row[13],
        lon: germanNumber(row[14]),
        lat: germanNumber(row[15]),
        postalCodes: new Set([row[13]]),
      });
    }
  }
  return { kreise, gemeinden };
}

/** Lower case, umlauts and ß spelled out, so "Großröhrsdorf" and "Grossroehrsdorf" compare equal. */
const fold = (text) =>
  text
    .toLowerCase()
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss');

/**
 * The Gemeinde a GeoNames place belongs to, or undefined. GeoNames names a part of a town
 * "Dresden Innere Altstadt" (Gemeinde, a space, the district), so a place matches a Gemeinde of the
 * same Kreis whose name equals the place or is followed by a space in it. Names such as
 * "Breitenbrunn/Erzgeb." or "Bautzen / Budyšin" also match by the part before the slash, and so
 * does a place such as "Auerbach/Vogtland". The longest
 * matching name wins; a tie between two Gemeinden is ambiguous and matches nothing. A kreisfreie
 * Stadt is a Kreis of one Gemeinde, so every place in it (e.g. "Weixdorf" in 14612) is that Gemeinde.
 */
function matchGemeinde(place, candidates) {
  if (candidates.length === 1) return candidates[0];
  const places = new Set([fold(place), fold(place.split(/\s*\/\s*/)[0])]);
  let best;
  let bestLength = 0;
  let tie = false;
  for (const gemeinde of candidates) {
    for (const variant of new Set([gemeinde.name, gemeinde.name.split(/\s*\/\s*/)[0]])) {
      const name = fold(variant);
      const matches = [...places].some(
        (folded) => folded === name || folded.startsWith(`${name} `),
      );
      if (!matches) continue;
      if (name.length > bestLength) {
        best = gemeinde;
        bestLength = name.length;
        tie = false;
      } else if (name.length === bestLength && best !== gemeinde) tie = true;
    }
  }
  return tie ? undefined : best;
}

function assignPostalCodes(gemeinden) {
  const [header, ...rows] = parseCsv(
    readFileSync(join(dataDir, 'geonames-postal-codes-sachsen.csv'), 'utf8'),
  );
  if (header[1] !== 'zipcode' || header[8] !== 'community_code') {
    fail(`unexpected GeoNames header: ${header.join(',')}`);
  }
  const byKreis = Map.groupBy(gemeinden, (gemeinde) => gemeinde.ags.slice(0, 5));
  const unmatched = [];
  let matched = 0;
  for (const row of rows) {
    const [, postalCode, place, , stateCode, , , , kreisKey] = row;
    if (stateCode !== 'SN' || !/^\d{5}$/.test(postalCode)) fail(`bad GeoNames row: ${row}`);
    const gemeinde = matchGemeinde(place, byKreis.get(kreisKey) ?? []);
    if (gemeinde) {
      gemeinde.postalCodes.add(postalCode);
      matched++;
      if (verbose && place !== gemeinde.name)
        console.log(`matched ${postalCode} ${place} → ${gemeinde.name}`);
    } else unmatched.push(`${postalCode} ${place} (${kreisKey})`);
  }
  return { rows: rows.length, matched, unmatched };
}

function check({ kreise, gemeinden }) {
  if (gemeinden.length !== EXPECTED_GEMEINDEN) {
    fail(`expected ${EXPECTED_GEMEINDEN} Gemeinden, found ${gemeinden.length}`);
  }
  const kreisKeys = kreise.map((kreis) => kreis.key).sort();
  if (kreisKeys.join() !== EXPECTED_KREISE.join()) fail(`Kreise differ: ${kreisKeys.join()}`);
  const agsSeen = new Set();
  for (const gemeinde of gemeinden) {
    if (!/^14\d{6}$/.test(gemeinde.ags) || agsSeen.has(gemeinde.ags)) {
      fail(`bad or duplicate AGS ${gemeinde.ags}`);
    }
    agsSeen.add(gemeinde.ags);
    if (!EXPECTED_KREISE.includes(gemeinde.ags.slice(0, 5))) fail(`unknown Kreis: ${gemeinde.ags}`);
    const { lat, lon } = gemeinde;
    if (!(lat > BOUNDS.south && lat < BOUNDS.north && lon > BOUNDS.west && lon < BOUNDS.east)) {
      fail(`${gemeinde.officialName} (${gemeinde.ags}) lies outside Saxony: ${lat}, ${lon}`);
    }
    if (!/^\d{5}$/.test(gemeinde.seatPostalCode)) fail(`bad postal code for ${gemeinde.ags}`);
  }
  for (const kreis of EXPECTED_KREISE) {
    if (!gemeinden.some((gemeinde) => gemeinde.ags.startsWith(kreis))) fail(`Kreis ${kreis} empty`);
  }
}

/** The compact text form that src/shared/geo/municipality-lookup.ts decodes. */
function encode({ kreise, gemeinden }) {
  const kreisLines = kreise.map(
    (kreis) => `${kreis.key};${kreis.name};${kreis.kind === 'Landkreis' ? 'L' : 'S'}`,
  );
  const lines = [];
  let currentKreis = '';
  for (const gemeinde of [...gemeinden].sort((a, b) => a.ags.localeCompare(b.ags))) {
    const kreis = gemeinde.ags.slice(0, 5);
    if (kreis !== currentKreis) {
      lines.push(`#${kreis}`);
      currentKreis = kreis;
    }
    const lat = Math.round((gemeinde.lat - ORIGIN.lat) * 1e4);
    const lon = Math.round((gemeinde.lon - ORIGIN.lon) * 1e4);
    const postalCodes = [...gemeinde.postalCodes].sort().join(' ');
    lines.push(`${gemeinde.ags.slice(5)};${gemeinde.officialName};${lat};${lon};${postalCodes}`);
  }
  return { kreise: kreisLines.join('\n'), municipalities: lines.join('\n') };
}

const destatis = readDestatis();
check(destatis);
const assignment = assignPostalCodes(destatis.gemeinden);
const encoded = encode(destatis);
const pairs = destatis.gemeinden.reduce((sum, gemeinde) => sum + gemeinde.postalCodes.size, 0);
const postalCodes = new Set(destatis.gemeinden.flatMap((gemeinde) => [...gemeinde.postalCodes]));

const source = `// GENERATED by packages/components/scripts/build-municipalities.mjs — do not edit; run the script.
// From packages/components/data/saxony-municipalities/ (see its README):
//   Gemeinden, AGS, seat postal codes and points: Gemeindeverzeichnis (GV-ISys),
//   © Statistisches Bundesamt (Destatis), Datenlizenz Deutschland – Namensnennung – Version 2.0;
//   further postal codes: GeoNames postal code data (www.geonames.org), CC BY 4.0.
// ${destatis.gemeinden.length} Gemeinden in ${destatis.kreise.length} Kreise, ${postalCodes.size} postal codes, ${pairs} postal-code–Gemeinde pairs.

/** Attribution to show wherever this data is shown or shipped. */
export const SAXONY_MUNICIPALITIES_ATTRIBUTION =
  'Gemeinden: © Statistisches Bundesamt (Destatis), dl-de/by-2-0; Postleitzahlen: GeoNames, CC BY 4.0';

/** Coordinates below are ten-thousandths of a degree north/east of this corner. */
export const COORDINATE_ORIGIN = { lat: ${ORIGIN.lat}, lon: ${ORIGIN.lon} } as const;

/** One line per Kreis: \`key;name;L|S\` (Landkreis or kreisfreie Stadt). */
export const KREISE_DATA = ${JSON.stringify(encoded.kreise)};

/**
 * \`#kreis\` starts a Kreis; then one line per Gemeinde:
 * \`last 3 AGS digits;official name;lat offset;lon offset;postal codes separated by spaces\`.
 */
export const MUNICIPALITIES_DATA = ${JSON.stringify(encoded.municipalities)};
`;

// Formatted as the repository formats TypeScript, so `prettier --check` passes on the output.
const formatted = await format(source, { ...(await resolveConfig(outFile)), filepath: outFile });
const outputs = [[outFile, formatted]];
for (const file of serverFiles) {
  const config = { ...(await resolveConfig(file)), filepath: file };
  outputs.push([file, await format(gemeindeKeysSource(destatis.gemeinden), config)]);
}
for (const [file, text] of outputs) {
  if (process.argv.includes('--check')) {
    // Used by the tests: the committed modules must be exactly what the sources give.
    if (readFileSync(file, 'utf8') !== text) fail(`${file} is stale: run the script`);
  } else writeFileSync(file, text);
}
const gzipBytes = gzipSync(formatted, { level: 9 }).length;
console.log(
  `build-municipalities: ${destatis.gemeinden.length} Gemeinden, ${destatis.kreise.length} Kreise; ` +
    `GeoNames rows ${assignment.rows}, assigned ${assignment.matched}, unmatched ${assignment.unmatched.length}; ` +
    `${postalCodes.size} postal codes, ${pairs} pairs; ${formatted.length} characters, ${gzipBytes} bytes gzip`,
);
if (verbose) console.log(assignment.unmatched.join('\n'));
