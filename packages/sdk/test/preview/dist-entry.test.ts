import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The built `@saxon-ai/sdk/preview` (run `pnpm build` first, as for the README examples).
const dist = new URL('../../dist/', import.meta.url);

describe('the built preview entry', () => {
  it('shares the HTTP error classes with the other entries (instanceof works across them)', async () => {
    const preview = await import(new URL('preview.js', dist).href);
    const openData = await import(new URL('open-data.js', dist).href);
    const root = await import(new URL('index.js', dist).href);
    for (const name of [
      'SaxonError',
      'NotFoundError',
      'ServerError',
      'TimeoutError',
      'NetworkError',
    ]) {
      expect(preview[name], name).toBe(openData[name]);
      expect(preview[name], name).toBe(root[name]);
    }
    expect(new preview.PreviewBlockedError({ url: 'https://x.test/a.csv' })).toBeInstanceOf(
      root.SaxonError,
    );
  });

  it('imports nothing but the open-data entry (no ky, no zod, no shared chunk)', () => {
    const code = readFileSync(new URL('preview.js', dist), 'utf8');
    const imports = [...code.matchAll(/^import .* from ['"]([^'"]+)['"];?$/gm)].map((m) => m[1]);
    expect(imports).toEqual(['./open-data.js']);
  });
});
