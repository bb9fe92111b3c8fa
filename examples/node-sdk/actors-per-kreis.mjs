#!/usr/bin/env node
// Counts the AI actors per Kreis (district) of Saxony, by category.
//   node actors-per-kreis.mjs [--api http://127.0.0.1:4000] [--lang en]
import { createDirectoryClient } from '@saxon-ai/sdk';
import { options } from './options.mjs';

/** Saxony's 13 Kreise by their key (AGS), as the directory's `address.ags` names them. */
const KREISE = {
  14511: 'Chemnitz',
  14521: 'Erzgebirgskreis',
  14522: 'Mittelsachsen',
  14523: 'Vogtlandkreis',
  14524: 'Zwickau',
  14612: 'Dresden',
  14625: 'Bautzen',
  14626: 'Görlitz',
  14627: 'Meißen',
  14628: 'Sächsische Schweiz-Osterzgebirge',
  14713: 'Leipzig',
  14729: 'Landkreis Leipzig',
  14730: 'Nordsachsen',
};

const args = options();
if (args.help) {
  console.log('node actors-per-kreis.mjs [--api URL] [--lang de|en]');
  process.exit(0);
}
const dir = createDirectoryClient({ baseUrl: `${args.api}/directory/v1`, language: args.language });

const counts = new Map(
  Object.keys(KREISE).map((ags) => [ags, { company: 0, research: 0, network: 0, education: 0 }]),
);
for await (const actor of dir.actors.all()) {
  const row = counts.get(actor.address.ags ?? '');
  if (row) row[actor.category]++;
}
const label = args.language === 'en' ? 'district' : 'Kreis';
console.table(
  [...counts]
    .map(([ags, row]) => ({
      [label]: KREISE[ags],
      AGS: ags,
      ...row,
      total: Object.values(row).reduce((a, b) => a + b, 0),
    }))
    .sort((a, b) => b.total - a.total),
);
