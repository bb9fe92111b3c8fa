import type { ActorFeatureCollection } from '@saxon-ai/sdk';
import Supercluster, { type PointFeature } from 'supercluster';
import {
  project,
  unprojectBounds,
  type WorldBounds,
  type WorldPoint,
} from '../shared/geo/projection.js';
import { MAX_ZOOM } from './viewport.js';

/** One actor as `actors.geojson()` sends it: a point with id, name, category, city, Kreis, topics. */
export type ActorFeature = ActorFeatureCollection['features'][number];
/** The slim properties of an actor on the map. */
export type ActorSummary = ActorFeature['properties'];

/** Something drawn on the map: one actor, or a cluster of actors close together. */
export type MapItem =
  | {
      kind: 'actor';
      key: string;
      point: WorldPoint;
      actor: ActorSummary;
      /** Where it is drawn relative to its point, in CSS pixels, while spread out of its cluster. */
      offset?: { x: number; y: number };
    }
  | {
      kind: 'cluster';
      key: string;
      point: WorldPoint;
      clusterId: number;
      count: number;
      /** The zoom level at which it falls apart; above `MAX_ZOOM` when its actors share one spot. */
      expansionZoom: number;
    };

/** Cluster radius in CSS pixels: markers closer than this are drawn as one cluster. */
const CLUSTER_RADIUS = 44;

/**
 * The actors of one answer, indexed for the map with supercluster: which markers and clusters lie in
 * a rectangle at a zoom level, what a cluster holds, and from which level an actor stands alone.
 * Clusters are made up to `MAX_ZOOM`, so actors that share one spot (many give only their city)
 * remain one cluster even when zoomed in fully; the map then lists them instead of zooming.
 */
export class ActorIndex {
  private readonly index = new Supercluster<ActorSummary, object>({
    radius: CLUSTER_RADIUS,
    maxZoom: MAX_ZOOM,
  });
  private readonly byId: Map<string, ActorFeature>;

  constructor(readonly features: readonly ActorFeature[]) {
    this.index.load(features as unknown as PointFeature<ActorSummary>[]);
    this.byId = new Map(features.map((feature) => [feature.properties.id, feature]));
  }

  /** How many actors there are. */
  get size(): number {
    return this.features.length;
  }

  /** An actor's map data by id. */
  get(id: string): ActorFeature | undefined {
    return this.byId.get(id);
  }

  /** The markers and clusters inside `bounds` at `zoom`, top to bottom, then left to right. */
  items(bounds: WorldBounds, zoom: number): MapItem[] {
    const [west, south, east, north] = unprojectBounds(bounds);
    const items = this.index.getClusters([west, south, east, north], zoom).map((feature) => {
      const [lon, lat] = feature.geometry.coordinates as [number, number];
      const point = project(lon, lat);
      const { properties } = feature;
      if ('cluster' in properties && properties.cluster) {
        return {
          kind: 'cluster' as const,
          key: `cluster-${properties.cluster_id}`,
          point,
          clusterId: properties.cluster_id,
          count: properties.point_count,
          expansionZoom: this.index.getClusterExpansionZoom(properties.cluster_id),
        };
      }
      const actor = properties as ActorSummary;
      return { kind: 'actor' as const, key: `actor-${actor.id}`, point, actor };
    });
    return items.sort((a, b) => a.point.y - b.point.y || a.point.x - b.point.x);
  }

  /** The actors in a cluster. */
  members(clusterId: number): ActorSummary[] {
    return this.index.getLeaves(clusterId, Infinity).map((leaf) => leaf.properties);
  }

  /**
   * The lowest zoom level from `from` on at which the actor is a marker of its own, or `MAX_ZOOM`
   * when it shares its spot with others.
   */
  zoomToSeparate(id: string, from = 0): number {
    const feature = this.byId.get(id);
    if (!feature) return from;
    const [lon, lat] = feature.geometry.coordinates;
    const near: [number, number, number, number] = [lon - 1e-6, lat - 1e-6, lon + 1e-6, lat + 1e-6];
    for (let zoom = Math.max(0, from); zoom <= MAX_ZOOM; zoom++) {
      const alone = this.index
        .getClusters(near, zoom)
        .some((item) => !('cluster' in item.properties) && item.properties.id === id);
      if (alone) return zoom;
    }
    return MAX_ZOOM;
  }

  /** The key of the marker or cluster among `items` (drawn at `zoom`) that shows the actor. */
  keyShowing(id: string, items: readonly MapItem[], zoom: number): string | undefined {
    const feature = this.byId.get(id);
    if (!feature) return undefined;
    const own = items.find((item) => item.kind === 'actor' && item.actor.id === id);
    if (own) return own.key;
    const point = project(...feature.geometry.coordinates);
    const reach = (2 * CLUSTER_RADIUS) / 2 ** zoom;
    const cluster = items.find(
      (item) =>
        item.kind === 'cluster' &&
        Math.hypot(item.point.x - point.x, item.point.y - point.y) <= reach &&
        this.members(item.clusterId).some((member) => member.id === id),
    );
    return cluster?.key;
  }
}
