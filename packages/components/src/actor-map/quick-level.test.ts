import { generateActors } from '@saxon-ai/demo-api';
import Supercluster from 'supercluster';
import { describe, expect, it } from 'vitest';
import { project, TILE_SIZE } from '../shared/geo/projection.js';
import { clusterLevel } from './quick-level.js';

const RADIUS = 44; // the map's cluster radius (actor-index.ts)
const RADIUS_WORLD = (RADIUS / 512) * TILE_SIZE;

const points = (count: number) =>
  generateActors(count).map((actor) => ({
    type: 'Feature' as const,
    geometry: {
      type: 'Point' as const,
      coordinates: [actor.location.lon, actor.location.lat] as [number, number],
    },
    properties: { id: actor.id },
  }));

describe('clusterLevel', () => {
  it('clusters one level as supercluster does: the same groups, at their mean positions', () => {
    const features = points(6000);
    for (const zoom of [6, 7, 8, 10]) {
      const groups = clusterLevel(features, zoom, RADIUS_WORLD)!;
      expect(groups).toBeDefined();
      const index = new Supercluster({ radius: RADIUS, minZoom: zoom, maxZoom: zoom });
      index.load(features);
      const theirs = index.getClusters([-180, -85, 180, 85], zoom).map((item) => {
        const ids =
          'cluster' in item.properties && item.properties.cluster
            ? index
                .getLeaves(item.properties.cluster_id as number, Infinity)
                .map((leaf) => leaf.properties.id)
            : [item.properties.id];
        const [lon, lat] = item.geometry.coordinates as [number, number];
        return { ids: ids.sort().join(' '), ...project(lon, lat) };
      });
      const ours = groups.map(({ members, x, y }) => ({
        ids: members
          .map((i) => features[i]!.properties.id)
          .sort()
          .join(' '),
        x,
        y,
      }));
      const byIds = (a: { ids: string }, b: { ids: string }) => (a.ids < b.ids ? -1 : 1);
      ours.sort(byIds);
      theirs.sort(byIds);
      expect(ours.map((group) => group.ids)).toEqual(theirs.map((group) => group.ids));
      // supercluster keeps a cluster's position in 32-bit integers: equal to a few millionths
      ours.forEach((group, i) => {
        expect(group.x).toBeCloseTo(theirs[i]!.x, 5);
        expect(group.y).toBeCloseTo(theirs[i]!.y, 5);
      });
    }
  });

  it('knows every actor once, a lone one where it is; actors far apart, at any level', () => {
    const features = points(3000);
    const groups = clusterLevel(features, 7, RADIUS_WORLD);
    const seen = groups.flatMap((group) => group.members);
    expect(seen.sort((a, b) => a - b)).toEqual(features.map((_, i) => i));
    // at a close level some actors stand alone
    const alone = clusterLevel(features, 13, RADIUS_WORLD).find(
      (group) => group.members.length === 1,
    )!;
    expect(alone).toBeDefined();
    const [lon, lat] = features[alone.members[0]!]!.geometry.coordinates;
    expect({ x: alone.x, y: alone.y }).toEqual(project(lon, lat));

    // actors at both ends of the world, at the closest level and at a far one
    const spread = [
      ...features.slice(0, 10),
      { geometry: { coordinates: [-170, -60] as [number, number] } },
      { geometry: { coordinates: [179.9, 85] as [number, number] } },
    ];
    const close = clusterLevel(spread, 17, RADIUS_WORLD);
    expect(close.flatMap((group) => group.members).sort((a, b) => a - b)).toEqual(
      spread.map((_, i) => i),
    );
    expect(clusterLevel(spread, 2, RADIUS_WORLD)).toHaveLength(3);
  });
});
