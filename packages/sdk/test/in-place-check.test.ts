// Issue 27: the map's actors (`actors.geojson`, the one directory answer without paging: 100,000
// features in the benchmark) are checked in place. Where zod's output equals the parsed answer,
// the check gives the answer itself back — no feature, geometry, coordinate pair or property object
// copied — and where zod would change an object (an unknown key left out, a null Kreis made
// absent), that object and those holding it are copied, as zod copies them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkActorFeatureCollection } from '../src/generated/checks/directory-actors.js';
import { MISMATCH } from '../src/http/answer-check.js';
import { startTestServer } from './demo-server.js';

type Feature = {
  geometry: Record<string, unknown> & { coordinates: number[] };
  properties: Record<string, unknown>;
} & Record<string, unknown>;
type Collection = { type: string; features: Feature[] };

const check = (data: unknown) => checkActorFeatureCollection.check(data) as Collection;
const byZod = async (data: unknown) => (await checkActorFeatureCollection.schema()).parse(data);

describe('the check of the map’s actors', () => {
  let demo: Awaited<ReturnType<typeof startTestServer>>;
  let text: string;
  /** A fresh parse of the demo API's answer, as the SDK's transport makes one per call. */
  const answer = () => JSON.parse(text) as Collection;

  beforeAll(async () => {
    demo = await startTestServer();
    text = await (await fetch(`${demo.directoryUrl}/actors.geojson`)).text();
  });
  afterAll(() => demo?.close());

  it('gives a well-formed answer back as it is, equal to zod’s output', async () => {
    const data = answer();
    expect(data.features.length).toBeGreaterThan(10);
    const checked = check(data);
    expect(checked).toBe(data);
    expect(checked).toStrictEqual(await byZod(answer()));
  });

  it('copies only what zod changes: unknown keys left out, a null Kreis made absent', async () => {
    const data = answer();
    data.features[0]!.extra = 1;
    data.features[1]!.geometry.extra = 'x';
    data.features[2]!.properties.extra = null;
    data.features[3]!.properties.ags = null;
    const checked = check(data);
    expect(checked).toStrictEqual(await byZod(structuredClone(data)));
    expect(checked).not.toBe(data);
    expect(checked.features).not.toBe(data.features);
    expect(checked.features[0]).not.toHaveProperty('extra');
    expect(checked.features[0]!.properties).toBe(data.features[0]!.properties);
    expect(checked.features[1]!.geometry).not.toHaveProperty('extra');
    expect(checked.features[1]!.geometry.coordinates).toBe(data.features[1]!.geometry.coordinates);
    expect(checked.features[1]!.properties).toBe(data.features[1]!.properties);
    expect(checked.features[2]!.properties).not.toHaveProperty('extra');
    expect(checked.features[3]!.properties.ags).toBeUndefined();
    for (const [i, feature] of checked.features.entries())
      if (i > 3) expect(feature, `feature ${i}`).toBe(data.features[i]);
  });

  it('still refuses what zod refuses, in place or not', async () => {
    const data = answer();
    data.features[5]!.geometry.coordinates.push(0);
    expect(check(data)).toBe(MISMATCH);
    expect((await checkActorFeatureCollection.schema()).safeParse(data).success).toBe(false);
  });
});
