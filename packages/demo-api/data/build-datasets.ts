// Writes datasets.json next to this file. Deterministic: re-running gives a byte-identical file.
//   node packages/demo-api/data/build-datasets.ts      (Node ≥ 22.18 strips the types itself)

import { writeFileSync } from 'node:fs';
import { buildDatasets, DATASETS_JSON } from './dataset-builder.ts';

const datasets = buildDatasets(DATASETS_JSON.count, DATASETS_JSON.seed);
const target = new URL('./datasets.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(datasets, null, 2)}\n`);
console.log(`datasets.json: ${datasets.length} datasets`);
