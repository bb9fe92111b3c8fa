import type { ActorFeatureCollection } from '@saxon-ai/sdk';
import Supercluster, { type PointFeature } from 'supercluster';
import {
  project,
  TILE_SIZE,
  unprojectBounds,
  type WorldBounds,
  type WorldPoint,
} from '../shared/geo/projection.js';
import { MAX_ZOOM } from './viewport.js';
import { clusterLevel, type QuickGroup } from './quick-level.js';
import { afterNextPaint } from '../shared/after-next-paint.js';

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
 * The same radius in world units at zoom 0, as supercluster reckons it: relative to its tiles of 512
 * (`extent`), while a world unit is 1/256 of the world.
 */
const CLUSTER_RADIUS_WORLD = (CLUSTER_RADIUS / 512) * TILE_SIZE;

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
   * the actors at its own zoom level alone — as supercluster would, with the same radius, but
   * without its tree (`quick-level.ts`); another level asked for before then is clustered alone
   * too — and the full index is built right after the next frame is painted, or at once when
   * anything else (an actor's zoom level, `zoomToSeparate`) needs it.
   */
  quickFirstView?: boolean;
  /** Called when the full index has replaced the quick first view: draw again. */
  onRefined?: () => void;
}

type Index = Supercluster<ActorSummary, object>;

/** One zoom level clustered on its own, for the first view (see `quick-level.ts`). */
interface QuickView {
  zoom: number;
  /** Its clusters and lone actors; a cluster's id is `quickId` of its place here. */
  groups: QuickGroup[];
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
  private quick?: QuickView;
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
  private quickLevel(level: number): QuickView | undefined {
    if (this.full || !this.options.quickFirstView) return undefined;
    if (this.features.length < QUICK_FIRST_VIEW_FROM || level > MAX_ZOOM) return undefined;
    // Another level before the first paint (the map's first fit can move it, e.g. when the page
    // gains a scroll bar): cluster that level alone too.
    if (this.quick?.zoom !== level) {
      if (!this.quick) afterNextPaint(() => this.refine());
      this.quick = {
        zoom: level,
        groups: clusterLevel(this.features, level, CLUSTER_RADIUS_WORLD),
      };
    }
    return this.quick;
  }

  /** The markers and clusters inside `bounds` at `zoom`, top to bottom, then left to right. */
  items(bounds: WorldBounds, zoom: number): MapItem[] {
    // supercluster's own rounding of a fractional zoom
    const quick = this.quickLevel(Math.floor(zoom));
    const [minX, minY, maxX, maxY] = bounds;
    // [point, the actor or else the cluster's id, count, expansion zoom]
    const found: [WorldPoint, ActorSummary | number, number, number][] = [];
    if (quick) {
      quick.groups.forEach(({ x, y, members }, group) => {
        if (x < minX || x > maxX || y < minY || y > maxY) return;
        const alone = members.length === 1;
        const actor = alone ? this.features[members[0]!]!.properties : quickId(group);
        // A quick level knows no deeper levels: zooming in one level shows more (and builds them).
        found.push([{ x, y }, actor, members.length, quick.zoom + 1]);
      });
    } else {
      const [west, south, east, north] = unprojectBounds(bounds);
      for (const feature of this.index.getClusters([west, south, east, north], zoom)) {
        const point = project(...(feature.geometry.coordinates as [number, number]));
        const { properties } = feature;
        if ('cluster' in properties && properties.cluster) {
          const id = properties.cluster_id;
          found.push([point, id, properties.point_count, this.index.getClusterExpansionZoom(id)]);
        } else found.push([point, properties as ActorSummary, 1, 0]);
      }
    }
    return found
      .map(([point, actor, count, expansionZoom]): MapItem =>
        typeof actor === 'number'
          ? {
              kind: 'cluster',
              key: `cluster-${actor}`,
              point,
              clusterId: actor,
              count,
              expansionZoom,
            }
          : { kind: 'actor', key: `actor-${actor.id}`, point, actor },
      )
      .sort((a, b) => a.point.y - b.point.y || a.point.x - b.point.x);
  }

  /** The actors in a cluster. */
  members(clusterId: number): ActorSummary[] {
    if (clusterId < 0) {
      const members = this.quick?.groups[quickId(clusterId)]?.members ?? [];
      return members.map((member) => this.features[member]!.properties);
    }
    return this.index.getLeaves(clusterId, Infinity).map((leaf) => leaf.properties);
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
