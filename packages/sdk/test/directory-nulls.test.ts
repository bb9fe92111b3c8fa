// Many servers write `null` for a value they do not have, where the directory contract leaves the
// field out. The SDK reads both as absent; required fields stay required.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDirectoryClient, ResponseValidationError } from '../src/index.js';
import { startTestServer } from './demo-server.js';

let demo: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  demo = await startTestServer();
});
afterAll(() => demo.close());

/** The demo API's real answers over HTTP, with `rewrite` applied to each JSON body. */
function clientRewriting(rewrite: (json: unknown) => unknown) {
  return createDirectoryClient({
    baseUrl: demo.directoryUrl,
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      const json: unknown = await response.json();
      return Response.json(rewrite(json), { status: response.status });
    },
  });
}

/** Sets every one of `names` to null wherever it occurs (present or not) in objects that have `has`. */
function nullify(json: unknown, has: string, names: readonly string[]): unknown {
  if (Array.isArray(json)) return json.map((item) => nullify(item, has, names));
  if (json === null || typeof json !== 'object') return json;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) out[key] = nullify(value, has, names);
  if (has in out) for (const name of names) out[name] = null;
  return out;
}

describe('null in optional fields of directory answers', () => {
  it('reads as absent in actors, their addresses and the map data', async () => {
    const dir = clientRewriting((json) =>
      nullify(nullify(json, 'category', ['subtype', 'description', 'website', 'email']), 'city', [
        'street',
        'postalCode',
        'ags',
      ]),
    );
    const page = await dir.actors.list({ limit: 50 });
    expect(page.items.length).toBeGreaterThan(10);
    for (const actor of page.items) {
      expect(actor.subtype).toBeUndefined();
      expect(actor.description).toBeUndefined();
      expect(actor.website).toBeUndefined();
      expect(actor.address.ags).toBeUndefined();
      expect(typeof actor.address.city).toBe('string');
    }
    const map = await dir.actors.geojson();
    expect(map.features.length).toBe(page.total);
    expect(map.features.every((feature) => feature.properties.ags === undefined)).toBe(true);
  });

  it('reads as absent in events: description, location, links, language, end', async () => {
    const dir = clientRewriting((json) =>
      nullify(json, 'attendanceMode', [
        'description',
        'location',
        'onlineUrl',
        'url',
        'registrationUrl',
        'language',
        'end',
      ]),
    );
    const page = await dir.events.list({ from: '2000-01-01', limit: 50 });
    expect(page.items.length).toBeGreaterThan(10);
    for (const event of page.items) {
      expect(event.description).toBeUndefined();
      expect(event.location).toBeUndefined();
      expect(event.url).toBeUndefined();
      expect(event.end).toBeUndefined();
      expect(typeof event.title).toBe('string');
    }
  });

  it('still refuses null in a required field', async () => {
    const dir = clientRewriting((json) => nullify(json, 'category', ['name']));
    await expect(dir.actors.list()).rejects.toBeInstanceOf(ResponseValidationError);
  });
});
