import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../src/node.js';
import { TEST_NOW } from './helpers.js';

// No dead link anywhere in the demo: every answer of the three APIs and of the demo site is
// scanned for URLs. Each must be on the origin the request came through or on a host of a real
// organisation or vocabulary; nothing on `.invalid`, no unexpanded `{origin}` template, and every
// link into the demo site answers.

let server: DemoServer;
beforeAll(async () => {
  server = await startDemoServer({ port: 0, now: () => TEST_NOW });
});
afterAll(() => server.close());

const readData = (name: string) =>
  JSON.parse(readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8'));
const URL_PATTERN = /https?:\/\/[^\s"'<>\\)\]]+/g;
const hostsIn = (values: unknown): string[] =>
  [...JSON.stringify(values).matchAll(URL_PATTERN)].map((m) => new URL(m[0]).hostname);

/** Hosts of real organisations and vocabularies that may appear in the data. */
const REAL_HOSTS = new Set([
  // RDF and DCAT-AP(.de) vocabularies, EU authority tables, IANA media types
  'dcat-ap.de',
  'publications.europa.eu',
  'www.w3.org',
  'purl.org',
  'xmlns.com',
  'entrystore.org',
  'www.iana.org',
  // schema.org: the start and end dates of temporal coverage (schema:startDate/endDate)
  'schema.org',
  // EntryStore identifiers: entries keep the URIs they have on opendata.sachsen.de
  'register.opendata.sachsen.de',
  'katalog.opendata.sachsen.de',
  // problem types of the directory contract (saxon-directory.yaml)
  'saxon-ai.dev',
  // real organisations: actors' websites, publishers' homepages (data/README.md)
  ...hostsIn(readData('actors.json').map((a: { website?: string }) => a.website)),
  ...hostsIn(readData('publishers.json')),
  // licence pages named in GovData's recorded licence list
  ...hostsIn(readData('ckan-licenses.json')),
]);

const ENTRYSTORE_ALL = `/entrystore/store/search?type=solr&query=${encodeURIComponent('public:true')}&limit=100`;

async function answers(): Promise<string[]> {
  const paths = [
    '/',
    '/ckan/api/3/action/package_search?rows=1000',
    '/ckan/api/3/action/package_show?id=verkehrszaehlung-blaues-wunder-2024',
    '/ckan/api/3/action/organization_list?all_fields=true',
    '/ckan/api/3/action/organization_show?id=stadt-leipzig&include_datasets=true',
    '/ckan/api/3/action/group_list?all_fields=true',
    '/ckan/api/3/action/license_list',
    '/ckan/api/3/action/status_show',
    '/directory/v1/actors?limit=500',
    '/directory/v1/actors.geojson',
    '/directory/v1/actors/tu-dresden',
    '/directory/v1/topics',
    '/directory/v1/events?from=2000-01-01&limit=200',
    '/directory/v1/events.ics?from=2000-01-01',
    '/directory/v1/events/demo-open-data-hackathon-sachsen',
    '/directory/v1/events/demo-open-data-hackathon-sachsen.ics',
  ];
  const first = await (await fetch(`${server.url}${ENTRYSTORE_ALL}`)).json();
  for (let offset = 0; offset < first.results; offset += 100) {
    paths.push(`${ENTRYSTORE_ALL}&offset=${offset}`);
  }
  const entry = first.resource.children[0];
  paths.push(
    `/entrystore/store/${entry.contextId}/metadata/${entry.entryId}?recursive=dcat:distribution`,
    `/entrystore/store/${entry.contextId}/metadata/${entry.entryId}?format=application/json`,
    `/entrystore/store/${entry.contextId}/entry/${entry.entryId}?format=application/json&includeAll`,
  );
  return Promise.all(
    paths.map(async (path) => {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(200);
      // iCalendar folds long lines (RFC 5545 §3.1): unfold them so that URLs are whole again.
      return (await response.text()).replace(/\r\n[ \t]/g, '');
    }),
  );
}

describe('demo answers', () => {
  it(
    'hold no made-up host: every URL is on the demo origin or of a real organisation',
    { timeout: 120_000 },
    async () => {
      const texts = await answers();
      const origin = new URL(server.url);
      const demoLinks = new Set<string>();
      const foreign = new Set<string>();
      for (const text of texts) {
        expect(text).not.toMatch(/\.invalid\b/);
        expect(text).not.toContain('{origin}');
        for (const [url] of text.matchAll(URL_PATTERN)) {
          const parsed = new URL(url.replace(/&amp;/g, '&'));
          if (parsed.host === origin.host) {
            if (parsed.pathname.startsWith('/demo/')) demoLinks.add(parsed.href);
          } else if (!REAL_HOSTS.has(parsed.hostname)) foreign.add(url);
        }
      }
      expect([...foreign]).toEqual([]);
      expect(demoLinks.size).toBeGreaterThan(700);
      // The pages link onwards: scan them too.
      const pages = [...demoLinks].filter(
        (url) => url.includes('/demo/portal/') || url.includes('/demo/veranstaltungen/'),
      );
      for (const url of demoLinks) {
        const response = await fetch(url);
        expect(response.status, url).toBe(200);
        const body = await response.arrayBuffer();
        if (pages.includes(url)) {
          const html = new TextDecoder().decode(body);
          expect(html).not.toMatch(/\.invalid\b/);
          for (const [link] of html.matchAll(URL_PATTERN)) {
            const parsed = new URL(link.replace(/&amp;/g, '&'));
            expect(parsed.host === origin.host || REAL_HOSTS.has(parsed.hostname), link).toBe(true);
          }
        }
      }
    },
  );
});
