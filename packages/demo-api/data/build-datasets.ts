// Writes datasets.json and kreis-points.json next to this file. Deterministic: re-running gives
// byte-identical files.
//   node packages/demo-api/data/build-datasets.ts      (Node ≥ 22.18 strips the types itself)

import { readFileSync, writeFileSync } from 'node:fs';
import { samplePoints } from './files/kreis-points.ts';

const here = (name: string) => new URL(`./${name}`, import.meta.url);

// The points first: the dataset builder sizes the GeoJSON downloads with them.
const kreise = JSON.parse(readFileSync(here('kreise.geojson'), 'utf8'));
writeFileSync(here('kreis-points.json'), `${JSON.stringify(samplePoints(kreise.features))}\n`);

const { buildDatasets, DATASETS_JSON } = await import('./dataset-builder.ts');
const datasets = buildDatasets(DATASETS_JSON.count, DATASETS_JSON.seed);
writeFileSync(here('datasets.json'), `${JSON.stringify(datasets, null, 2)}\n`);
console.log(`datasets.json: ${datasets.length} datasets; kreis-points.json`);
