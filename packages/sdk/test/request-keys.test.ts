import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
// The demo API's Lucene parser (strict where Solr is strict) reads what the SDK sent.
import { parseQuery, type QueryNode } from '../../demo-api/src/search/lucene.js';
import { createDirectoryClient } from '../src/index.js';
import { createEntryStoreClient } from '../src/open-data/entrystore/index.js';
import { startTestServer } from './demo-server.js';

/**
 * What a request is keyed by, over real HTTP against the demo API: in-flight sharing must tell
 * different query strings apart, and a filter value must reach the portal's query parser as the
 * one literal term it was, whatever special characters it holds.
 */

let demo: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  demo = await startTestServer();
});
afterAll(() => demo.close());
afterEach(async () => {
  await demo.clearFaults();
});

describe('in-flight sharing', () => {
  it('never shares a request between calls whose query strings differ', async () => {
    // Slow answers keep all four calls in flight at once.
    await demo.setFaults([{ path: '/directory/v1/actors', latencyMs: 300, times: 4 }]);
    await demo.clearRequests();
    const dir = createDirectoryClient({ baseUrl: demo.directoryUrl });
    const [leipzig, dresden, first, second] = await Promise.all([
      dir.actors.list({ city: 'Leipzig', limit: 100 }),
      dir.actors.list({ city: 'Dresden', limit: 100 }),
      dir.actors.list({ limit: 5, offset: 0 }),
      dir.actors.list({ limit: 5, offset: 5 }),
    ]);
    expect(leipzig.items.length).toBeGreaterThan(0);
    expect(leipzig.items.every((actor) => actor.address.city === 'Leipzig')).toBe(true);
    expect(dresden.items.length).toBeGreaterThan(0);
    expect(dresden.items.every((actor) => actor.address.city === 'Dresden')).toBe(true);
    expect(first.items).toHaveLength(5);
    expect(second.items).toHaveLength(5);
    const firstIds = new Set(first.items.map((actor) => actor.id));
    expect(second.items.some((actor) => firstIds.has(actor.id))).toBe(false);
    expect((await demo.requests('/directory/v1/actors?')).map((r) => r.url).sort()).toEqual(
      [
        '/directory/v1/actors?city=Dresden&limit=100&lang=de',
        '/directory/v1/actors?city=Leipzig&limit=100&lang=de',
        '/directory/v1/actors?limit=5&offset=0&lang=de',
        '/directory/v1/actors?limit=5&offset=5&lang=de',
      ].sort(),
    );
  });
});

/** Every term of a parsed query, with its field. */
function terms(node: QueryNode): { field: string | undefined; value: string }[] {
  switch (node.kind) {
    case 'term':
      return [{ field: node.field, value: node.value }];
    case 'and':
    case 'or':
      return node.children.flatMap(terms);
    case 'not':
      return terms(node.child);
    default:
      return [];
  }
}

describe('Solr escaping, read by the demo API’s parser', () => {
  // Each character the Lucene standard parser gives a meaning, and whitespace.
  const SPECIAL = [
    '\\',
    '+',
    '-',
    '!',
    '(',
    ')',
    ':',
    '^',
    '[',
    ']',
    '"',
    '{',
    '}',
    '~',
    '*',
    '?',
    '|',
    '&',
    '/',
    ';',
    ' ',
    '\t',
  ];

  it.each(SPECIAL.map((char) => [JSON.stringify(char), char]))(
    'a publisher URI with %s arrives as one literal term',
    async (_name, char) => {
      // At the start of the value, where Lucene reads operators, and inside it (the SDK trims
      // whitespace at the ends, so whitespace only inside).
      const publisher = /\s/.test(char) ? `org${char}x` : `${char}org${char}x`;
      await demo.clearRequests();
      const client = createEntryStoreClient({
        type: 'entrystore',
        baseUrl: `${demo.url}/entrystore/store`,
        id: 'x',
      });
      // No such publisher: an empty page, not a syntax error (400) and not other datasets.
      const page = await client.search({ publisher: [publisher] });
      expect(page.total).toBe(0);
      const [request] = await demo.requests('/entrystore/store/search?');
      const query = new URL(request!.url, demo.url).searchParams.get('query')!;
      expect(terms(parseQuery(query))).toContainEqual({
        field: 'metadata.predicate.uri.9259d4c1',
        value: publisher,
      });
    },
  );
});
