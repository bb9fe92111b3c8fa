import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Viewport } from './viewport.js';

/** What moved the map: a pointer (mouse, pen, touch) or the keyboard. */
export type MoveSource = 'pointer' | 'keyboard';

/** How {@link MapInteraction} reaches the element. */
export interface MapInteractionOptions {
  viewport: Viewport;
  /** The map's surface element, when the map is rendered. */
  surface: () => HTMLElement | null | undefined;
  /** The view changed; the host re-renders (and may announce it). */
  onMove: (source: MoveSource) => void;
  /** The map got a size for the first time (fit it to its content now). */
  onFirstSize: () => void;
}

const PAN_STEP = 80;
const DRAG_THRESHOLD = 4;
const WHEEL_STEP = 60;
const WHEEL_PAUSE_MS = 200;

const isTextInput = (target: EventTarget | null) =>
  target instanceof HTMLElement && target.matches('input, select, textarea');

/**
 * Pan and zoom by pointer, wheel and keyboard, and the map's size. The handlers are bound in the
 * template (so they go with the DOM); the only thing this controller holds outside the element is a
 * `ResizeObserver`, disconnected when the element leaves the page.
 *
 * - drag with mouse, pen or one finger pans; two fingers pinch-zoom; a double click zooms in;
 * - the wheel zooms with Ctrl/⌘ (or a touchpad pinch), or plainly once the map has focus, so that
 *   scrolling the page past the map never gets caught in it;
 * - arrow keys pan (Shift: further), `+` and `-` zoom.
 */
export class MapInteraction implements ReactiveController {
  private observer?: ResizeObserver;
  private observed?: HTMLElement;
  private readonly pointers = new Map<number, { x: number; y: number }>();
  private moved = false;
  private suppressClick = false;
  private pinchDistance = 0;
  private wheelDelta = 0;
  private lastWheelZoom = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: MapInteractionOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    // Lit also renders while the element is off the page; observe only while it is on it.
    const surface = this.host.isConnected ? (this.options.surface() ?? undefined) : undefined;
    if (surface === this.observed) return;
    this.observer?.disconnect();
    this.observed = surface;
    if (!surface) return;
    this.observer ??= new ResizeObserver(([entry]) => entry && this.resize(entry.contentRect));
    this.observer.observe(surface);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
    this.pointers.clear();
  }

  /** Whether a `ResizeObserver` is active (for the clean-up test). */
  get observing(): boolean {
    return this.observer !== undefined;
  }

  readonly onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    if ((event.target as Element).closest('[data-map-control]')) return;
    this.pointers.set(event.pointerId, this.local(event));
    this.moved = false;
    this.suppressClick = false;
    if (this.pointers.size === 2) this.pinchDistance = this.spread();
  };

  readonly onPointerMove = (event: PointerEvent): void => {
    const previous = this.pointers.get(event.pointerId);
    if (!previous) return;
    const point = this.local(event);
    const { viewport } = this.options;
    if (this.pointers.size === 1) {
      const dx = point.x - previous.x;
      const dy = point.y - previous.y;
      if (!this.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      if (!this.moved) {
        this.moved = true;
        // Captured only once it is a drag, so that a plain click still reaches the marker.
        try {
          (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
        } catch {
          // the pointer is already gone (lifted between the events): nothing to capture
        }
      }
      this.pointers.set(event.pointerId, point);
      viewport.panBy(dx, dy);
      this.options.onMove('pointer');
      return;
    }
    this.pointers.set(event.pointerId, point);
    this.moved = true;
    const distance = this.spread();
    const ratio = distance / (this.pinchDistance || distance);
    if (ratio > 1.5 || ratio < 0.67) {
      viewport.zoomTo(viewport.zoom + (ratio > 1 ? 1 : -1), this.middle());
      this.pinchDistance = distance;
      this.options.onMove('pointer');
    }
  };

  readonly onPointerUp = (event: PointerEvent): void => {
    if (!this.pointers.delete(event.pointerId)) return;
    if (this.moved) this.suppressClick = true;
  };

  /** Listened to in the capture phase: a drag that ends over a marker does not open it. */
  readonly onClickCapture = (event: MouseEvent): void => {
    if (!this.suppressClick) return;
    this.suppressClick = false;
    event.stopPropagation();
    event.preventDefault();
  };

  readonly onDoubleClick = (event: MouseEvent): void => {
    if ((event.target as Element).closest('button, a, input, [data-map-control]')) return;
    event.preventDefault();
    if (this.options.viewport.zoomTo(this.options.viewport.zoom + 1, this.local(event))) {
      this.options.onMove('pointer');
    }
  };

  /** Bound with `passive: false`: a zoom replaces the page's scrolling. */
  readonly onWheel = {
    handleEvent: (event: WheelEvent): void => {
      const surface = event.currentTarget as HTMLElement;
      if (!event.ctrlKey && !event.metaKey && !surface.matches(':focus-within')) return;
      event.preventDefault();
      this.wheelDelta += event.deltaMode === 1 ? event.deltaY * 16 : event.deltaY;
      const now = event.timeStamp;
      if (Math.abs(this.wheelDelta) < WHEEL_STEP || now - this.lastWheelZoom < WHEEL_PAUSE_MS) {
        return;
      }
      const { viewport } = this.options;
      const step = this.wheelDelta < 0 ? 1 : -1;
      this.wheelDelta = 0;
      this.lastWheelZoom = now;
      if (viewport.zoomTo(viewport.zoom + step, this.local(event))) this.options.onMove('pointer');
    },
    passive: false,
  };

  readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || isTextInput(event.target)) return;
    const { viewport } = this.options;
    const step = PAN_STEP * (event.shiftKey ? 3 : 1);
    const pans: Record<string, [number, number]> = {
      ArrowLeft: [step, 0],
      ArrowRight: [-step, 0],
      ArrowUp: [0, step],
      ArrowDown: [0, -step],
    };
    // On a marker or cluster, zoom around it rather than around the middle of the map.
    const target = event.target as HTMLElement;
    const around = target.matches('.marker, .cluster') ? this.centreOf(target) : undefined;
    const pan = pans[event.key];
    if (pan) viewport.panBy(...pan);
    else if (event.key === '+' || event.key === '=') viewport.zoomTo(viewport.zoom + 1, around);
    else if (event.key === '-' || event.key === '_') viewport.zoomTo(viewport.zoom - 1, around);
    else return;
    event.preventDefault();
    this.options.onMove('keyboard');
  };

  private resize(rect: DOMRectReadOnly): void {
    const { viewport } = this.options;
    const first = !viewport.ready;
    viewport.size = { width: rect.width, height: rect.height };
    if (first && viewport.ready) this.options.onFirstSize();
    this.host.requestUpdate();
  }

  private local(event: Pick<MouseEvent, 'clientX' | 'clientY'>): { x: number; y: number } {
    const rect = (this.observed ?? this.options.surface())?.getBoundingClientRect();
    if (!rect) return { x: 0, y: 0 };
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  }

  private centreOf(element: HTMLElement): { x: number; y: number } {
    const box = element.getBoundingClientRect();
    return this.local({ clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 });
  }

  private spread(): number {
    const [a, b] = [...this.pointers.values()];
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  }

  private middle(): { x: number; y: number } {
    const [a, b] = [...this.pointers.values()];
    return a && b ? { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } : { x: 0, y: 0 };
  }
}
