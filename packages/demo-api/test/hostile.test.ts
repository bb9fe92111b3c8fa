import { describe, expect, it } from 'vitest';
import { HOSTILE_TEXT, HOSTILE_URLS } from '../src/hostile.js';
import { demoApi } from './helpers.js';

describe('hostile-data mode', () => {
  const hostile = demoApi({ hostile: true });
  const normal = demoApi();

  it('puts hostile strings into text and URL fields but keeps identifiers and enumerations', async () => {
    const actors = (await hostile.get<any>('/directory/v1/actors?limit=500')).body.items;
    const plain = (await normal.get<any>('/directory/v1/actors?limit=500')).body.items;
    expect(actors.map((a: any) => a.id).sort()).toEqual(plain.map((a: any) => a.id).sort());
    expect(actors.every((a: any) => HOSTILE_TEXT.includes(a.name))).toBe(true);
    expect(actors.some((a: any) => a.name.includes('<script>'))).toBe(true);
    expect(
      actors.filter((a: any) => a.website).every((a: any) => HOSTILE_URLS.includes(a.website)),
    ).toBe(true);
    expect(new Set(actors.map((a: any) => a.category))).toEqual(
      new Set(['company', 'research', 'network', 'education']),
    );
  });

  it('reaches the portal emulations too, with slugs intact', async () => {
    const pkg = (await hostile.get<any>('/ckan/api/3/action/package_search?rows=1&sort=name%20asc'))
      .body.result.results[0];
    const plain = (
      await normal.get<any>('/ckan/api/3/action/package_search?rows=1&sort=name%20asc')
    ).body.result.results[0];
    expect(pkg.name).toBe(plain.name);
    expect(HOSTILE_TEXT).toContain(pkg.title);
  });

  it('carries dangerous URLs, bidi overrides, zero-width characters and very long strings', () => {
    expect(HOSTILE_URLS.some((u) => /^\s*javascript:/i.test(u))).toBe(true);
    expect(HOSTILE_TEXT.some((t) => t.includes('\u202E'))).toBe(true);
    expect(HOSTILE_TEXT.some((t) => t.includes('\u200B'))).toBe(true);
    expect(Math.max(...HOSTILE_TEXT.map((t) => t.length))).toBeGreaterThan(1000);
    expect(HOSTILE_TEXT).toContain('');
  });
});
