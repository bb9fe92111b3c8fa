import type { ActorSummary, MapItem } from './actor-index.js';

/**
 * Up to this many actors at one place are spread out in a ring around it (the demo's eight at one
 * point in Leipzig); more than that open as a list in the detail card, which a ring of dozens of
 * symbols would not beat.
 */
export const SPREAD_LIMIT = 12;

/** Distance in CSS pixels between neighbouring markers on the ring (a marker is 28 px wide). */
const SPACING = 36;
const MIN_RADIUS = 44;

/** The cluster that is spread out: its key, its actors and the zoom level it was spread at. */
export interface Spread {
  key: string;
  members: readonly ActorSummary[];
  zoom: number;
}

/** Offsets in CSS pixels of `count` markers on a ring, clockwise from the top. */
export function ringOffsets(count: number): { x: number; y: number }[] {
  const radius = Math.max(MIN_RADIUS, (count * SPACING) / (2 * Math.PI));
  return Array.from({ length: count }, (_, index) => {
    const angle = -Math.PI / 2 + (index * 2 * Math.PI) / count;
    return { x: Math.round(radius * Math.cos(angle)), y: Math.round(radius * Math.sin(angle)) };
  });
}

/**
 * The map's items with a spread cluster's actors inserted right after the cluster (so Tab reaches
 * them next), each at its place on the ring. A spread made at another zoom level, or of a cluster
 * no longer on screen, is ignored.
 */
export function withSpread(
  items: readonly MapItem[],
  spread: Spread | undefined,
  zoom: number,
): MapItem[] {
  const at = spread && spread.zoom === zoom ? items.findIndex((i) => i.key === spread.key) : -1;
  if (!spread || at < 0) return [...items];
  const hub = items[at]!;
  const offsets = ringOffsets(spread.members.length);
  const members: MapItem[] = spread.members.map((actor, index) => ({
    kind: 'actor',
    key: `actor-${actor.id}`,
    point: hub.point,
    actor,
    offset: offsets[index]!,
  }));
  return [...items.slice(0, at + 1), ...members, ...items.slice(at + 1)];
}
