import type { WorldBounds, WorldPoint } from '../shared/geo/projection.js';

/** The closest zoom level; tile servers commonly stop at 18 or 19. */
export const MAX_ZOOM = 17;

/** Width and height in CSS pixels. */
export interface Size {
  width: number;
  height: number;
}

/** Room in CSS pixels between a fitted rectangle and the map's edge. */
const FIT_PADDING = 12;

/**
 * What part of the world the map shows: a centre, a zoom level and the size of the map on screen.
 * The level may be fractional, so that Saxony or a Kreis fills the map; the zoom buttons and keys
 * step by whole levels. Pure arithmetic, no DOM: the element renders from it and the interaction controller
 * changes it. The centre stays within `limits` (Saxony), so the map can never be lost off-screen.
 */
export class Viewport {
  center: WorldPoint;
  zoom = 0;
  size: Size = { width: 0, height: 0 };

  constructor(private readonly limits: WorldBounds) {
    this.center = { x: (limits[0] + limits[2]) / 2, y: (limits[1] + limits[3]) / 2 };
  }

  /** CSS pixels per world unit. */
  get scale(): number {
    return 2 ** this.zoom;
  }

  /** Whether the map has a size yet (it has none before layout or while hidden). */
  get ready(): boolean {
    return this.size.width > 0 && this.size.height > 0;
  }

  /** The lowest zoom level: one step further out than the whole of `limits`. */
  get minZoom(): number {
    return Math.max(0, this.fitZoom(this.limits) - 1);
  }

  /** The highest zoom level (fractional) at which `bounds` fits entirely. */
  fitZoom(bounds: WorldBounds): number {
    const width = Math.max(bounds[2] - bounds[0], 1e-9);
    const height = Math.max(bounds[3] - bounds[1], 1e-9);
    const room = Math.min(
      Math.max(this.size.width - 2 * FIT_PADDING, 1) / width,
      Math.max(this.size.height - 2 * FIT_PADDING, 1) / height,
    );
    return Math.min(MAX_ZOOM, Math.max(0, Math.log2(room)));
  }

  /** Shows all of `bounds`, as close as possible but not closer than `maxZoom`. */
  fit(bounds: WorldBounds, maxZoom = MAX_ZOOM): void {
    this.center = { x: (bounds[0] + bounds[2]) / 2, y: (bounds[1] + bounds[3]) / 2 };
    this.zoom = this.clampZoom(Math.min(this.fitZoom(bounds), maxZoom));
    this.clampCenter();
  }

  /** Centres the map on `point`, at `zoom` if given. */
  show(point: WorldPoint, zoom = this.zoom): void {
    this.center = { ...point };
    this.zoom = this.clampZoom(zoom);
    this.clampCenter();
  }

  /** Moves the map content by `dx`, `dy` CSS pixels (a drag to the right shows what lies west). */
  panBy(dx: number, dy: number): void {
    this.center = { x: this.center.x - dx / this.scale, y: this.center.y - dy / this.scale };
    this.clampCenter();
  }

  /**
   * Changes the zoom level; the point at `around` (screen pixels, default the centre) stays where it
   * is. Returns whether the level changed.
   */
  zoomTo(zoom: number, around?: { x: number; y: number }): boolean {
    const next = this.clampZoom(zoom);
    if (Math.abs(next - this.zoom) < 1e-9) return false;
    const anchor = around ? this.toWorld(around) : this.center;
    const ratio = 2 ** (this.zoom - next);
    this.center = {
      x: anchor.x - (anchor.x - this.center.x) * ratio,
      y: anchor.y - (anchor.y - this.center.y) * ratio,
    };
    this.zoom = next;
    this.clampCenter();
    return true;
  }

  /** Where a world point appears, in CSS pixels from the map's top left corner. */
  toScreen(point: WorldPoint): { x: number; y: number } {
    return {
      x: (point.x - this.center.x) * this.scale + this.size.width / 2,
      y: (point.y - this.center.y) * this.scale + this.size.height / 2,
    };
  }

  /** The world point at a screen position. */
  toWorld(screen: { x: number; y: number }): WorldPoint {
    return {
      x: this.center.x + (screen.x - this.size.width / 2) / this.scale,
      y: this.center.y + (screen.y - this.size.height / 2) / this.scale,
    };
  }

  /** The world rectangle on screen, grown by `margin` CSS pixels on every side. */
  visibleBounds(margin = 0): WorldBounds {
    const halfWidth = (this.size.width / 2 + margin) / this.scale;
    const halfHeight = (this.size.height / 2 + margin) / this.scale;
    return [
      this.center.x - halfWidth,
      this.center.y - halfHeight,
      this.center.x + halfWidth,
      this.center.y + halfHeight,
    ];
  }

  private clampZoom(zoom: number): number {
    return Math.min(MAX_ZOOM, Math.max(this.minZoom, zoom));
  }

  private clampCenter(): void {
    const [minX, minY, maxX, maxY] = this.limits;
    this.center = {
      x: Math.min(maxX, Math.max(minX, this.center.x)),
      y: Math.min(maxY, Math.max(minY, this.center.y)),
    };
  }
}
