import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { WorldPoint } from '../shared/geo/projection.js';
import {
  allowedPrecisions,
  honestPrecision,
  initialPickerState,
  lonLatOf,
  pickAt,
  pickerKey,
  stepMetres,
  zoomBy,
  type PickerState,
  type Precision,
} from './point-picker-model.js';

/** Form-only draft keys: where the point came from, and how exact its pick was. */
export const POINT_SOURCE = '_pointSource';
export const POINT_ALLOWED = '_pointAllowed';

/** What taking the crosshair's point writes into the draft. */
export interface PickedPoint {
  lat: string;
  lon: string;
  /** The precisions this pick can claim (finest first). */
  allowed: Precision[];
}

/**
 * The point picker's live state for one form: open or closed, the crosshair and zoom, and what the
 * last action said (for the picker's own status line). The draft changes only when the visitor
 * takes a point (Enter or the button), not on every arrow key.
 */
export class PointPickerController implements ReactiveController {
  open = false;
  state: PickerState = initialPickerState();
  /** Said in the status line after the visitor took a point. */
  taken = '';

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Opens (starting at the draft's point, if any) or closes the picker. */
  toggle(lat?: number, lon?: number): void {
    this.open = !this.open;
    if (this.open) {
      this.state = initialPickerState(lat, lon);
      this.taken = '';
    }
    this.host.requestUpdate();
  }

  /** Handles a key on the map; true when it was one of the picker's keys. */
  key(key: string, fine: boolean): boolean {
    const next = pickerKey(this.state, key, fine);
    if (!next) return false;
    this.set(next);
    return true;
  }

  zoom(delta: 1 | -1): void {
    this.set(zoomBy(this.state, delta));
  }

  moveTo(point: WorldPoint): void {
    this.set(pickAt(this.state, point));
  }

  /** The crosshair's point and what precision it allows. */
  current(): PickedPoint {
    return { ...lonLatOf(this.state), allowed: allowedPrecisions(this.state) };
  }

  stepMetres(): number {
    return stepMetres(this.state);
  }

  private set(state: PickerState): void {
    this.state = state;
    this.taken = '';
    this.host.requestUpdate();
  }
}

/** The precisions typed coordinates can claim, from their decimals (0.0001° is about 10 m). */
export function allowedByDecimals(lat: string, lon: string): Precision[] {
  const decimals = (text: string) => /[.,](\d+)$/.exec(text.trim())?.[1]?.length ?? 0;
  const fewest = Math.min(decimals(lat), decimals(lon));
  if (fewest >= 4) return ['address', 'campus', 'city'];
  if (fewest >= 3) return ['campus', 'city'];
  return ['city'];
}

/** The precision to store for a new point: the visitor's earlier statement, if the point allows it. */
export const precisionFor = (stated: string, allowed: readonly Precision[]): Precision =>
  honestPrecision(stated === 'address' || stated === 'campus' ? stated : 'city', allowed);
