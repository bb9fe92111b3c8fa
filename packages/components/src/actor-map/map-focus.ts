import type { ActorIndex, MapItem } from './actor-index.js';
import type { WorldPoint } from '../shared/geo/projection.js';

type FocusRequest =
  | { kind: 'selector'; selector: string }
  | { kind: 'nearest'; point: WorldPoint }
  | { kind: 'actor'; id: string }
  | { kind: 'detail' }
  | { kind: 'return' };

/** A cluster of the quick first view (see `ActorIndexOptions.quickFirstView`): negative ids. */
const isQuickCluster = (key: string) => key.startsWith('cluster--');

/**
 * Keeps keyboard focus where a keyboard user expects it while the map re-renders: on the detail
 * card's title when it opens and back on the marker, cluster or row that opened it when it closes;
 * on the nearest piece of a cluster after zooming into it; on an actor's marker after "Auf der
 * Karte zeigen"; and on the map itself (or the cluster that swallowed it) when the focused marker
 * leaves the screen, so that focus never falls back to the page.
 */
export class MapFocus {
  /** The markers and clusters of the current render. */
  items: readonly MapItem[] = [];
  /** The key of the marker, cluster or row that opened the detail card. */
  returnKey?: string;
  private pending?: FocusRequest;
  private active?: HTMLElement;
  /** Where the focused marker or cluster was drawn. */
  private activePoint?: WorldPoint;

  constructor(private readonly host: HTMLElement) {}

  /** Focus the element matching `selector` after the next render. */
  request(selector: string): void {
    this.pending = { kind: 'selector', selector };
  }

  /** Focus the marker or cluster closest to `point` after the next render. */
  requestNearest(point: WorldPoint): void {
    this.pending = { kind: 'nearest', point };
  }

  /** Focus the marker (or the cluster) that shows actor `id` after the next render. */
  requestActor(id: string): void {
    this.pending = { kind: 'actor', id };
  }

  /** The detail card opened from `key`: focus its title now and `key` when it closes. */
  openedFrom(key: string | undefined): void {
    this.returnKey = key;
    this.pending = { kind: 'detail' };
  }

  /** The detail card closed: focus what opened it. */
  returnFromDetail(): void {
    this.pending = { kind: 'return' };
  }

  /** Call before each render: notes which keyed element has focus. */
  beforeUpdate(): void {
    const active = this.host.shadowRoot?.activeElement;
    this.active = active instanceof HTMLElement && active.dataset['key'] ? active : undefined;
    this.activePoint = this.items.find((item) => item.key === this.active?.dataset['key'])?.point;
  }

  /** Call after each render: moves focus as requested, or rescues it from a removed element. */
  afterUpdate(index: ActorIndex | undefined, zoom: number): void {
    const root = this.host.shadowRoot;
    if (!root) return;
    const find = (selector: string) => root.querySelector<HTMLElement>(selector);
    const byKey = (key: string | undefined) =>
      key ? find(`[data-key="${CSS.escape(key)}"]`) : null;
    const fallback = () => find('.surface') ?? find('[part~="content"]');
    const request = this.pending;
    const lost = this.active && !this.active.isConnected ? this.active : undefined;
    const lostPoint = this.activePoint;
    this.pending = undefined;
    this.active = undefined;
    this.activePoint = undefined;

    let target: HTMLElement | null = null;
    if (request?.kind === 'selector') target = find(request.selector);
    else if (request?.kind === 'detail') {
      target = find('#detail-title');
      // The first card's code may still be loading (card-part.ts): focus its title once it is drawn.
      if (!target && find('.detail[aria-busy="true"]')) this.pending = request;
    } else if (request?.kind === 'return') target = byKey(this.returnKey) ?? fallback();
    else if (request?.kind === 'nearest') target = byKey(this.nearest(request.point));
    else if (request?.kind === 'actor')
      target = byKey(index?.keyShowing(request.id, this.items, zoom));
    else if (lost && isQuickCluster(lost.dataset['key']!) && lostPoint) {
      // The first view's quick cluster gave way to the full index's: focus what is drawn there now.
      target = byKey(this.nearest(lostPoint)) ?? fallback();
    } else if (lost) {
      const actorId = lost.dataset['key']!.replace(/^actor-/, '');
      const key = lost.dataset['key']!.startsWith('actor-')
        ? index?.keyShowing(actorId, this.items, zoom)
        : undefined;
      target = byKey(key) ?? fallback();
    }
    target?.focus();
  }

  private nearest(point: WorldPoint): string | undefined {
    let best: MapItem | undefined;
    for (const item of this.items) {
      const distance = Math.hypot(item.point.x - point.x, item.point.y - point.y);
      if (!best || distance < Math.hypot(best.point.x - point.x, best.point.y - point.y)) {
        best = item;
      }
    }
    return best?.key;
  }
}
