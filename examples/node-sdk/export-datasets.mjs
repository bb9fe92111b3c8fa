#!/usr/bin/env node
// Exports the datasets matching a query to CSV (stdout, or --out FILE).
//   node export-datasets.mjs Verkehr                          the demo API's CKAN emulation
//   node export-datasets.mjs Verkehr --portal sachsen          opendata.sachsen.de (EntryStore)
//   node export-datasets.mjs Schule --portal govdata --out schulen.csv
import { writeFileSync } from 'node:fs';
import { createOpenDataClient, portals } from '@saxon-ai/sdk';
import { options } from './options.mjs';

const args = options({
  portal: { type: 'string' },
  out: { type: 'string' },
  max: { type: 'string', default: '1000' },
});
if (args.help || args.positionals.length === 0) {
  console.log(
    'node export-datasets.mjs QUERY [--portal sachsen|govdata|leipzig] [--api URL] [--out FILE]',
  );
  process.exit(args.help ? 0 : 1);
}
if (args.portal && !(args.portal in portals)) {
  console.error(`Unknown portal "${args.portal}". Known: ${Object.keys(portals).join(', ')}`);
  process.exit(1);
}

const portal = args.portal
  ? portals[args.portal]
  : { type: 'ckan', baseUrl: `${args.api}/ckan`, id: 'demo' };
const od = createOpenDataClient({ ...portal, language: args.language });

/** RFC 4180: quote every field, double the quotes inside. */
const csv = (values) =>
  values.map((value) => `"${String(value ?? '').replaceAll('"', '""')}"`).join(',');
const lines = [
  csv(['id', 'title', 'publisher', 'modified', 'licence', 'formats', 'themes', 'landing page']),
];
let count = 0;
for await (const dataset of od.searchAll({ text: args.positionals.join(' ') })) {
  lines.push(
    csv([
      dataset.id,
      dataset.title,
      dataset.publisher?.name,
      dataset.modified,
      dataset.license?.title ?? dataset.license?.uri,
      [...new Set(dataset.distributions.map((d) => d.format).filter(Boolean))].join(' '),
      dataset.themes.join(' '),
      dataset.landingPage,
    ]),
  );
  if (++count >= Number(args.max)) break;
}
const text = `${lines.join('\r\n')}\r\n`;
if (args.out) {
  writeFileSync(args.out, text);
  console.error(`${count} datasets written to ${args.out}`);
} else {
  process.stdout.write(text);
}
