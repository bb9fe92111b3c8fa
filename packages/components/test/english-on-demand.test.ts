// English texts load on demand (shared/i18n/locales.ts): no script-tag entry carries them; each
// lies in a lazy file of dist/cdn/chunks/ that the entry fetches when a page asks for English.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const cdn = new URL('../dist/cdn/', import.meta.url).pathname;

/** One English text of each catalog an entry uses, and which entries carry that widget. */
const SAMPLES: [text: string, entries: string[]][] = [
  [
    'Skip {widget}',
    [
      'saxon-dataset-search',
      'saxon-event-list',
      'saxon-actor-map',
      'saxon-topic-list',
      'saxon-entry-form',
    ],
  ],
  ['For experts: API, metadata, feed', ['saxon-dataset-search']],
  ['eventListLabel:"Events"', ['saxon-event-list']],
  ['Suggest a change', ['saxon-actor-map']],
  ['Show all topics', ['saxon-topic-list']],
  ['Propose an entry', ['saxon-entry-form']],
];

describe('English texts in the script-tag build', () => {
  it('are in no entry file, but in a lazy file of that entry', () => {
    if (!existsSync(cdn)) throw new Error('dist/cdn is missing: run `pnpm build` first.');
    const chunks = readdirSync(join(cdn, 'chunks')).filter((file) => file.endsWith('.js'));
    for (const [text, entries] of SAMPLES) {
      for (const entry of [...entries, 'saxon-widgets']) {
        const code = readFileSync(join(cdn, `${entry}.js`), 'utf8');
        expect(code.includes(text), `${entry}.js carries "${text}"`).toBe(false);
        const lazy = chunks.filter(
          (file) =>
            file.startsWith(`${entry}-`) &&
            readFileSync(join(cdn, 'chunks', file), 'utf8').includes(text),
        );
        expect(lazy, `a lazy file of ${entry} has "${text}"`).toHaveLength(1);
      }
    }
  });
});
