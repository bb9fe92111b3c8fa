// Deterministic synthetic data for load tests and benchmarks. Nothing here is real: actors are
// named "Demo-…" and carry ids `synthetic-<n>`, datasets come from the demo template catalogue.

import { berlinWallTimeToInstant, formatBerlinDateTime } from './berlin-time.ts';
import { buildDatasets } from './dataset-builder.ts';
import { demoLinks } from './demo-links.ts';
import { createRandom } from './random.ts';
import topics from './topics.json' with { type: 'json' };
import type { Actor, ActorCategory, ActorOffer, DemoDataset, LocationPrecision } from './types.ts';

/** Saxony's bounding box (WGS84); every generated point lies inside it. */
export const SAXONY_BBOX = { minLon: 11.87, minLat: 50.17, maxLon: 15.04, maxLat: 51.69 } as const;

interface Town {
  city: string;
  ags: string;
  lat: number;
  lon: number;
  weight: number;
  /** Standard deviation of the scatter around the centre, in degrees of latitude. */
  spread: number;
}

// Town centres (approximate, WGS84) with their Kreis. Weights follow the DiAS finding that about
// 43 % of AI companies sit in Dresden, with Leipzig and Chemnitz next and a rural remainder.
// Border towns get a small spread so that points stay on the Saxon side.
const TOWNS: readonly Town[] = [
  { city: 'Dresden', ags: '14612', lat: 51.062, lon: 13.742, weight: 40, spread: 0.02 },
  { city: 'Leipzig', ags: '14713', lat: 51.3397, lon: 12.3731, weight: 22, spread: 0.02 },
  { city: 'Chemnitz', ags: '14511', lat: 50.8278, lon: 12.9214, weight: 9, spread: 0.015 },
  { city: 'Zwickau', ags: '14524', lat: 50.7189, lon: 12.4961, weight: 3, spread: 0.012 },
  { city: 'Freiberg', ags: '14522', lat: 50.9119, lon: 13.3428, weight: 2.5, spread: 0.01 },
  { city: 'Mittweida', ags: '14522', lat: 50.9856, lon: 12.9811, weight: 1.5, spread: 0.008 },
  { city: 'Görlitz', ags: '14626', lat: 51.1528, lon: 14.965, weight: 1.5, spread: 0.006 },
  { city: 'Zittau', ags: '14626', lat: 50.899, lon: 14.8, weight: 1, spread: 0.005 },
  { city: 'Plauen', ags: '14523', lat: 50.495, lon: 12.1383, weight: 1.5, spread: 0.01 },
  { city: 'Bautzen', ags: '14625', lat: 51.1814, lon: 14.4242, weight: 1.5, spread: 0.01 },
  { city: 'Pirna', ags: '14628', lat: 50.9622, lon: 13.9403, weight: 1, spread: 0.008 },
  { city: 'Meißen', ags: '14627', lat: 51.1636, lon: 13.4775, weight: 1, spread: 0.008 },
  { city: 'Radebeul', ags: '14627', lat: 51.1064, lon: 13.66, weight: 1, spread: 0.005 },
  { city: 'Riesa', ags: '14627', lat: 51.3078, lon: 13.2939, weight: 0.8, spread: 0.008 },
  { city: 'Torgau', ags: '14730', lat: 51.5603, lon: 13.0056, weight: 0.6, spread: 0.008 },
  { city: 'Delitzsch', ags: '14730', lat: 51.5256, lon: 12.3425, weight: 0.6, spread: 0.008 },
  { city: 'Grimma', ags: '14729', lat: 51.2386, lon: 12.7253, weight: 0.6, spread: 0.008 },
  { city: 'Borna', ags: '14729', lat: 51.1242, lon: 12.4967, weight: 0.5, spread: 0.008 },
  { city: 'Annaberg-Buchholz', ags: '14521', lat: 50.58, lon: 13.0022, weight: 0.6, spread: 0.008 },
  { city: 'Aue-Bad Schlema', ags: '14521', lat: 50.5853, lon: 12.7008, weight: 0.5, spread: 0.006 },
  { city: 'Hoyerswerda', ags: '14625', lat: 51.4378, lon: 14.2456, weight: 0.6, spread: 0.008 },
  { city: 'Döbeln', ags: '14522', lat: 51.1222, lon: 13.1194, weight: 0.5, spread: 0.008 },
  { city: 'Kamenz', ags: '14625', lat: 51.2678, lon: 14.0936, weight: 0.4, spread: 0.006 },
  { city: 'Glauchau', ags: '14524', lat: 50.8194, lon: 12.5447, weight: 0.4, spread: 0.006 },
];

// Shares of the DiAS study: ~196 companies, 161 research units, 48 study programmes, 18 networks.
const CATEGORIES: readonly (readonly [ActorCategory, number])[] = [
  ['company', 196],
  ['research', 161],
  ['education', 48],
  ['network', 18],
];

const NAME_PATTERNS: Readonly<Record<ActorCategory, readonly string[]>> = {
  company: ['Demo-Akteur {n} GmbH', 'Demo-Akteur {n} AG', 'Demo-Startup {n} UG'],
  research: ['Demo-Institut {n}', 'Demo-Forschungsgruppe {n}'],
  education: ['Demo-Hochschule {n}', 'Demo-Akademie {n}'],
  network: ['Demo-Netzwerk {n} e.V.', 'Demo-Hub {n}'],
};

const SUBTYPES: Readonly<Record<ActorCategory, readonly string[]>> = {
  company: ['Startup', 'KMU', 'Großunternehmen', 'IT-Dienstleister'],
  research: ['Universitätsinstitut', 'Außeruniversitäres Institut', 'Nachwuchsgruppe'],
  education: ['Studiengang', 'Weiterbildungsangebot', 'Graduiertenschule'],
  network: ['Cluster', 'Transferstelle', 'Digital Hub'],
};

const OFFERS: readonly ActorOffer[] = ['hardware', 'software', 'services'];
const TOPIC_IDS: readonly string[] = topics.map((topic) => topic.id);
const round5 = (value: number): number => Math.round(value * 100_000) / 100_000;
const clamp = (value: number, min: number, max: number): number =>
  Math.min(max, Math.max(min, value));

/**
 * `count` synthetic actors (ids `synthetic-1` …), spread over Saxony and weighted towards the big
 * cities. Same (count, seed), same actors.
 */
export function generateActors(count: number, seed = 1): Actor[] {
  const random = createRandom(seed);
  const towns = TOWNS.map((town) => [town, town.weight] as const);
  const actors: Actor[] = [];
  for (let n = 1; n <= count; n++) {
    const category = random.weighted(CATEGORIES);
    const town = random.weighted(towns);
    const precision = random.weighted<LocationPrecision>([
      ['address', 70],
      ['campus', 10],
      ['city', 20],
    ]);
    // Longitude degrees are shorter here (cos 51° ≈ 0.63), so widen the spread to keep it round.
    const scatter =
      precision === 'city' ? 0 : precision === 'campus' ? town.spread / 3 : town.spread;
    const lat = clamp(town.lat + random.normal() * scatter, SAXONY_BBOX.minLat, SAXONY_BBOX.maxLat);
    const lon = clamp(
      town.lon + random.normal() * scatter * 1.6,
      SAXONY_BBOX.minLon,
      SAXONY_BBOX.maxLon,
    );
    const offers = category === 'company' ? random.sample(OFFERS, random.int(1, 3)) : [];
    const updated = berlinWallTimeToInstant(
      { year: random.int(2025, 2026), month: random.int(1, 10), day: random.int(1, 28) },
      random.int(7, 18),
      random.int(0, 59),
    );
    actors.push({
      id: `synthetic-${n}`,
      name: random.pick(NAME_PATTERNS[category]).replace('{n}', String(n)),
      category,
      subtype: random.pick(SUBTYPES[category]),
      description: 'Synthetischer Demo-Eintrag für Last- und Kartentests.',
      topics: random.sample(TOPIC_IDS, random.int(1, 4)),
      offers,
      address: {
        ...(precision === 'address' ? { street: `Demoweg ${random.int(1, 120)}` } : {}),
        city: town.city,
        ags: town.ags,
      },
      location: { lat: round5(lat), lon: round5(lon), precision },
      ...(random.chance(0.6) ? { website: demoLinks.actorPage(`synthetic-${n}`) } : {}),
      updatedAt: formatBerlinDateTime(updated),
    });
  }
  return actors;
}

/**
 * `count` synthetic datasets from the same templates as datasets.json. Names and ids start with
 * `synthetic-<n>-`, so the set can be served next to datasets.json; titles are unique within the
 * set (beyond the catalogue's distinct titles they get a " – Teil n" suffix).
 */
export function generateDatasets(count: number, seed = 1): DemoDataset[] {
  return buildDatasets(count, seed, { synthetic: true });
}
