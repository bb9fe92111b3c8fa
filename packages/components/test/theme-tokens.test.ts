// The theme tokens: `THEME_TOKENS` (public) gives every token with what it is for, while the
// elements' styles are built from the values alone, so that a script-tag file that only renders
// the elements carries no descriptions (issue 27). saxon-widgets.js exports the package's API,
// `THEME_TOKENS` with it, and so keeps them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { THEME_TOKEN_VALUES, THEME_TOKENS } from '../src/shared/theme-tokens.js';
import { cdnDir } from './support/strict-csp-site.js';

describe('THEME_TOKENS', () => {
  it('gives each token its values and what it is for', () => {
    expect(THEME_TOKENS.map((token) => token.name)).toEqual(
      THEME_TOKEN_VALUES.map((token) => token.name),
    );
    THEME_TOKENS.forEach((token, i) =>
      expect(token).toEqual({ ...THEME_TOKEN_VALUES[i], description: token.description }),
    );
    expect(THEME_TOKENS[0]).toEqual({
      name: '--saxon-color-text',
      light: '#1b1f24',
      dark: '#e6e8eb',
      forced: 'CanvasText',
      description: 'Body text',
    });
    expect(THEME_TOKENS.find((token) => token.name === '--saxon-space')?.description).toBe(
      'Base spacing unit; gaps and paddings are fractions or multiples of it',
    );
    expect(THEME_TOKENS.filter((token) => !token.description.trim())).toEqual([]);
  });
});

describe('theme token descriptions in dist/cdn', () => {
  beforeAll(() => {
    if (!existsSync(`${cdnDir}saxon-widgets.js`))
      throw new Error('dist/cdn/ is missing: run `pnpm build` first (`pnpm test` does).');
  });

  it('are only in saxon-widgets.js, which exports THEME_TOKENS', () => {
    const description = 'Base spacing unit; gaps and paddings are fractions or multiples of it';
    const entries = readdirSync(cdnDir).filter((file) => /^saxon-[\w-]+\.js$/.test(file));
    expect(entries).toContain('saxon-event-list.js');
    expect(
      entries.filter((file) => readFileSync(`${cdnDir}${file}`, 'utf8').includes(description)),
    ).toEqual(['saxon-widgets.js']);
    // … while every entry has the values its styles are built from.
    for (const file of entries)
      expect(readFileSync(`${cdnDir}${file}`, 'utf8'), file).toContain('#1b1f24');
  });
});
