import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../src/node.js';

describe('demo API server', () => {
  let server: DemoServer;
  beforeAll(async () => {
    server = await startDemoServer({ port: 0 });
  });
  afterAll(() => server.close());

  it('listens on 127.0.0.1 only and names its mounts', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { mounts: Record<string, string> };
    expect(body.mounts).toEqual({
      ckan: '/ckan/api/3/action/',
      entrystore: '/entrystore/store/',
      directory: '/directory/v1/',
      site: '/demo/',
    });
  });
});

describe('saxon-demo-api bin', () => {
  it('starts, prints its URL and answers the documented example requests', async () => {
    const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
    const child = spawn(process.execPath, [cli], { env: { ...process.env, PORT: '0' } });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /http:\/\/127\.0\.0\.1:\d+/.exec(output);
          if (match) resolve(match[0]);
        });
        child.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
      });
      const facets = encodeURIComponent(JSON.stringify(['organization', 'res_format']));
      const ckan = (await (
        await fetch(`${url}/ckan/api/3/action/package_search?q=Schule&facet.field=${facets}`)
      ).json()) as any;
      expect(ckan.result.count).toBeGreaterThan(0);
      expect(ckan.result.search_facets.organization.items.length).toBeGreaterThan(0);
      expect(ckan.result.search_facets.res_format.items.length).toBeGreaterThan(0);

      const query = encodeURIComponent(
        'public:true AND rdfType:http\\://www.w3.org/ns/dcat#Dataset',
      );
      const es = (await (
        await fetch(
          `${url}/entrystore/store/search?type=solr&query=${query}&limit=10&facetFields=metadata.predicate.uri.9259d4c1,metadata.predicate.literal_s.b5d28d0a`,
        )
      ).json()) as any;
      expect(es.results).toBeGreaterThan(0);
      expect(es.resource.children).toHaveLength(10);
      expect(es.facetFields.map((f: any) => f.values.length)).toEqual([
        expect.any(Number),
        expect.any(Number),
      ]);
      expect(Math.min(...es.facetFields.map((f: any) => f.values.length))).toBeGreaterThan(0);

      const actors = (await (
        await fetch(`${url}/directory/v1/actors?category=research&city=Dresden`)
      ).json()) as any;
      expect(actors.total).toBeGreaterThan(0);
      const ics = await (await fetch(`${url}/directory/v1/events.ics`)).text();
      expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
