import { describe, expect, it } from 'vitest';
import {
  HOSTILE_EMAILS,
  HOSTILE_TEXT,
  HOSTILE_URLS,
  VALID_HOSTILE_EMAILS,
} from '../src/hostile.js';
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

  it('has more than 100 distinct text payloads and no URL payload twice', () => {
    expect(new Set(HOSTILE_TEXT).size).toBe(HOSTILE_TEXT.length);
    expect(HOSTILE_TEXT.length).toBeGreaterThan(100);
    expect(new Set(HOSTILE_URLS).size).toBe(HOSTILE_URLS.length);
    expect(HOSTILE_TEXT.some((t) => t.length >= 100_000)).toBe(true);
    for (const scheme of ['javascript:', 'data:', 'vbscript:'])
      expect(HOSTILE_URLS.some((u) => u.toLowerCase().startsWith(scheme))).toBe(true);
  });

  it(
    'hands the payloads out in sequence with an offset, so rotating it reaches every payload',
    { timeout: 30_000 },
    async () => {
      const names = async (offset: number) =>
        (
          (await demoApi({ hostile: { offset } }).get<any>('/directory/v1/actors?limit=500')).body
            .items as any[]
        ).map((a) => a.name as string);
      const first = await names(0);
      expect(first).toHaveLength(50);
      expect(first.every((name) => HOSTILE_TEXT.includes(name))).toBe(true);
      // the same actors, each one payload further on
      const byId = async (offset: number) => {
        const items = (
          await demoApi({ hostile: { offset } }).get<any>('/directory/v1/actors?limit=500')
        ).body.items as any[];
        return new Map(items.map((a) => [a.id as string, a.name as string]));
      };
      const zero = await byId(0);
      const one = await byId(1);
      const next = (name: string) =>
        HOSTILE_TEXT.flatMap((t, i) =>
          t === name ? [HOSTILE_TEXT[(i + 1) % HOSTILE_TEXT.length]] : [],
        );
      expect(one.size).toBe(50);
      for (const [id, name] of zero) expect(next(name)).toContain(one.get(id));
      // offsets 0, 50, 100, … put every payload into the actors' names
      const seen = new Set<number>();
      for (let offset = 0; offset < HOSTILE_TEXT.length; offset += first.length) {
        for (const name of await names(offset)) seen.add(HOSTILE_TEXT.indexOf(name));
      }
      expect(seen.size).toBe(new Set(HOSTILE_TEXT).size); // one payload is in the list twice
      // URL fields count separately, through HOSTILE_URLS; identifiers stay
      const sites = (
        await demoApi({ hostile: { offset: 3 } }).get<any>('/directory/v1/actors?limit=500')
      ).body.items
        .map((a: any) => a.website)
        .filter((site: unknown) => typeof site === 'string');
      expect(sites.every((site: string) => HOSTILE_URLS.includes(site))).toBe(true);
      expect(new Set(sites).size).toBe(Math.min(sites.length, HOSTILE_URLS.length));
    },
  );

  it('gives every actor an e-mail of the e-mail corpus, in sequence, valid ones among them', async () => {
    const emails = async (offset: number) =>
      new Map(
        (
          (await demoApi({ hostile: { offset } }).get<any>('/directory/v1/actors?limit=500')).body
            .items as any[]
        ).map((a) => [a.id as string, a.email as string]),
      );
    const zero = await emails(0);
    expect([...zero.values()].every((email) => HOSTILE_EMAILS.includes(email))).toBe(true);
    expect(new Set(zero.values()).size).toBe(Math.min(zero.size, HOSTILE_EMAILS.length));
    const one = await emails(1);
    for (const [id, email] of zero) {
      const next = HOSTILE_EMAILS[(HOSTILE_EMAILS.indexOf(email) + 1) % HOSTILE_EMAILS.length];
      expect(one.get(id)).toBe(next);
    }
    expect(VALID_HOSTILE_EMAILS.every((email) => HOSTILE_EMAILS.includes(email))).toBe(true);
    expect(new Set(HOSTILE_EMAILS).size).toBe(HOSTILE_EMAILS.length);
    // without hostile mode no demo actor has one
    const plain = (await demoApi().get<any>('/directory/v1/actors?limit=500')).body.items;
    expect(plain.some((a: any) => 'email' in a)).toBe(false);
  });

  it('in sequence mode names the k-th publisher as the k-th actor, so a card finds its datasets', async () => {
    const api = demoApi({ hostile: { offset: 11 } });
    const actors = (await api.get<any>('/directory/v1/actors?limit=500')).body.items as any[];
    const organizations = (
      await api.get<any>('/ckan/api/3/action/organization_list?all_fields=true&limit=100')
    ).body.result as { title: string }[];
    expect(organizations.length).toBeGreaterThan(10);
    const titles = new Set(organizations.map((o) => o.title));
    const paired = actors.filter((a) => titles.has(a.name));
    expect(paired.length).toBeGreaterThanOrEqual(organizations.length);
  });

  it('keeps `hostile: true` as before: one fixed payload per field path', async () => {
    const again = demoApi({ hostile: true });
    const a = (await hostile.get<any>('/directory/v1/actors?limit=500')).body.items;
    const b = (await again.get<any>('/directory/v1/actors?limit=500')).body.items;
    expect(b).toEqual(a);
  });
});
