// The table of Kreise without outlines (what the actor map bundles) must say exactly what the
// bundled outlines say: the same keys, names and kinds in the same order, and each bounding box
// the one computed from the outline's vertices — so the map fits a Kreis the same before, with and
// without the outlines.
import { describe, expect, it } from 'vitest';
import { KREISE, SAXONY_BOUNDS as FROM_OUTLINES } from '../src/shared/geo/kreise.js';
import { KREIS_TABLE, SAXONY_BOUNDS, kreisInfoByAgs } from '../src/shared/geo/kreis-table.js';

describe('the Kreis table', () => {
  it('matches the bundled outlines: keys, names, kinds and bounds', () => {
    expect(KREIS_TABLE.map(({ ags, name, kind, bounds }) => ({ ags, name, kind, bounds }))).toEqual(
      KREISE.map(({ ags, name, kind, bounds }) => ({ ags, name, kind, bounds })),
    );
  });

  it("gives Saxony's rectangle as the outlines do, and finds a Kreis by its key only", () => {
    const fromOutlines = KREISE.reduce(
      (all, { bounds }) => [
        Math.min(all[0]!, bounds[0]),
        Math.min(all[1]!, bounds[1]),
        Math.max(all[2]!, bounds[2]),
        Math.max(all[3]!, bounds[3]),
      ],
      [Infinity, Infinity, -Infinity, -Infinity],
    );
    expect(SAXONY_BOUNDS).toEqual(fromOutlines);
    expect(FROM_OUTLINES).toEqual(fromOutlines);
    expect(kreisInfoByAgs('14612')?.name).toBe('Dresden');
    expect(kreisInfoByAgs('14713')?.kind).toBe('Kreisfreie Stadt');
    expect(kreisInfoByAgs('14000')).toBeUndefined();
    expect(kreisInfoByAgs('')).toBeUndefined();
  });
});
