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
 * From this many actors on, a first view may be drawn from a quick clustering of its own zoom level
 * (see {@link ActorIndexOptions.quickFirstView}); below it the full index costs next to nothing.
 */
export const QUICK_FIRST_VIEW_FROM = 2000;

/** How an {@link ActorIndex} is built. */
export interface ActorIndexOptions {
  /**
   * Draw the first view before the full index exists. The full index clusters every zoom level
   * from `MAX_ZOOM` down (18 passes over the actors); the first view needs one level. With this
   * option (and at least {@link QUICK_FIRST_VIEW_FROM} actors) the first `items()` call clusters
   * the actors at its own zoom level alone — the same radius, so the same picture give or take a
   * cluster's exact cut; another level asked for before then is clustered alone too — and the
   * full index is built right after the next frame is painted, or at once when anything else (an
   * actor's zoom level, `zoomToSeparate`) needs it.
   */
  quickFirstView?: boolean;
  /** Called when the full index has replaced the quick first view: draw again. */
  onRefined?: () => void;
}

/** Runs `work` after the next frame is painted (a task queued from a frame callback). */
function afterNextPaint(work: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(work, 0));
  else setTimeout(work, 0);
}

type Index = Supercluster<ActorSummary, object>;

/** One zoom level clustered on its own, for the first view; its cluster ids are negative. */
interface QuickLevel {
  zoom: number;
  index: Index;
}

/** A quick level's cluster id, told apart from the full index's (which are never negative). */
const quickId = (id: number) => -1 - id;

/**
 * The actors of one answer, indexed for the map with supercluster: which markers and clusters lie in
 * a rectangle at a zoom level, what a cluster holds, and from which level an actor stands alone.
 * Clusters are made up to `MAX_ZOOM`, so actors that share one spot (many give only their city)
 * remain one cluster even when zoomed in fully; the map then lists them instead of zooming.
 * The index is built when first asked for (see {@link ActorIndexOptions.quickFirstView}).
 */
export class ActorIndex {
  private full?: Index;
  private quick?: QuickLevel;
  private byIdMap?: Map<string, ActorFeature>;

  constructor(
    readonly features: readonly ActorFeature[],
    private readonly options: ActorIndexOptions = {},
  ) {}

  /** How many actors there are. */
  get size(): number {
    return this.features.length;
  }

  /** Whether the full index is built (not only a quick first view). */
  get complete(): boolean {
    return this.full !== undefined;
  }

  /** An actor's map data by id. */
  get(id: string): ActorFeature | undefined {
    this.byIdMap ??= new Map(this.features.map((feature) => [feature.properties.id, feature]));
    return this.byIdMap.get(id);
  }

  /** The full index, built now if it is not yet. */
  private get index(): Index {
    if (!this.full) {
      this.full = new Supercluster<ActorSummary, object>({
        radius: CLUSTER_RADIUS,
        maxZoom: MAX_ZOOM,
      });
      this.full.load(this.features as unknown as PointFeature<ActorSummary>[]);
    }
    return this.full;
  }

  /** Builds the full index if only the quick first view exists, and says so. */
  refine(): void {
    if (this.full) return;
    void this.index;
    this.options.onRefined?.();
  }

  /** The quick clustering of `level`, when the first view may use one (see the options). */
  private quickLevel(level: number): QuickLevel | undefined {
    if (this.full || !this.options.quickFirstView) return undefined;
    if (this.features.length < QUICK_FIRST_VIEW_FROM || level > MAX_ZOOM) return undefined;
    // Another level before the first paint (the map's first fit can move it, e.g. when the page
    // gains a scroll bar): cluster that level alone too.
    if (this.quick?.zoom !== level) {
      const index = new Supercluster<ActorSummary, object>({
        radius: CLUSTER_RADIUS,
        minZoom: level,
        maxZoom: level,
      });
      index.load(this.features as unknown as PointFeature<ActorSummary>[]);
      if (!this.quick) afterNextPaint(() => this.refine());
      this.quick = { zoom: level, index };
    }
    return this.quick;
  }

  /** The markers and clusters inside `bounds` at `zoom`, top to bottom, then left to right. */
  items(bounds: WorldBounds, zoom: number): MapItem[] {
    const [west, south, east, north] = unprojectBounds(bounds);
    // supercluster's own rounding of a fractional zoom
    const quick = this.quickLevel(Math.floor(zoom));
    const index = quick?.index ?? this.index;
    const items = index.getClusters([west, south, east, north], zoom).map((feature) => {
      const [lon, lat] = feature.geometry.coordinates as [number, number];
      const point = project(lon, lat);
      const { properties } = feature;
      if ('cluster' in properties && properties.cluster) {
        const clusterId = quick ? quickId(properties.cluster_id) : properties.cluster_id;
        return {
          kind: 'cluster' as const,
          key: `cluster-${clusterId}`,
          point,
          clusterId,
          count: properties.point_count,
          // A quick level knows no deeper levels: zooming in one level shows more (and builds them).
          expansionZoom: quick
            ? quick.zoom + 1
            : this.index.getClusterExpansionZoom(properties.cluster_id),
        };
      }
      const actor = properties as ActorSummary;
      return { kind: 'actor' as const, key: `actor-${actor.id}`, point, actor };
    });
    return items.sort((a, b) => a.point.y - b.point.y || a.point.x - b.point.x);
  }

  /** The actors in a cluster. */
  members(clusterId: number): ActorSummary[] {
    const leaves =
      clusterId < 0
        ? (this.quick?.index.getLeaves(quickId(clusterId), Infinity) ?? [])
        : this.index.getLeaves(clusterId, Infinity);
    return leaves.map((leaf) => leaf.properties);
  }

  /**
   * The lowest zoom level from `from` on at which the actor is a marker of its own, or `MAX_ZOOM`
   * when it shares its spot with others.
   */
  zoomToSeparate(id: string, from = 0): number {
    const feature = this.get(id);
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
    const feature = this.get(id);
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
