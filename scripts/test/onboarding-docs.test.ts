import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const readme = read('README.md');
const guides = {
  'webmaster.de.md': read('packages/components/docs/webmaster.de.md'),
  'webmaster.en.md': read('packages/components/docs/webmaster.en.md'),
};

/** Every element the package ships, from its one-file CDN bundles (`saxon-<widget>.ts`). */
const elements = readdirSync(new URL('../../packages/components/src/cdn/', import.meta.url))
  .filter((file) => /^saxon-.+\.ts$/.test(file) && file !== 'saxon-widgets.ts')
  .map((file) => file.replace(/\.ts$/, ''));

describe('onboarding docs', () => {
  it('knows all four elements', () => {
    expect(elements).toEqual(
      expect.arrayContaining([
        'saxon-dataset-search',
        'saxon-actor-map',
        'saxon-event-list',
        'saxon-topic-list',
      ]),
    );
  });

  it.each(['README.md', ...Object.keys(guides)])('%s names every element', (name) => {
    const text = name === 'README.md' ? readme : guides[name as keyof typeof guides];
    for (const element of elements) expect(text).toContain(`<${element}>`);
  });

  it.each(Object.keys(guides))('%s shows how to place every element and its file', (name) => {
    const text = guides[name as keyof typeof guides];
    for (const element of elements) {
      expect(text).toMatch(new RegExp(`<${element}[\\s>][^]*?</${element}>`));
      expect(text).toContain(`\`${element}.js\``);
    }
  });

  it('says in the first quick-start step what to do when global npm installs are not allowed', () => {
    const quickStart = readme.split('## Quick start')[1]!;
    const firstStep = quickStart.split('**Run all tests**')[0]!;
    expect(firstStep).toMatch(/npm install -g/);
    expect(firstStep).toContain('corepack enable pnpm');
    expect(firstStep).toContain('npm config set prefix');
  });

  it('documents PORT and HOST of pnpm start', () => {
    const quickStart = readme.split('## Quick start')[1]!.split('\n## ')[0]!;
    expect(quickStart).toMatch(/`PORT=\d+ pnpm start`/);
    expect(quickStart).toMatch(/`HOST=[^`]+ pnpm start`/);
    expect(quickStart).toContain('4000');
  });
});
