import type { ReactiveControllerHost } from 'lit';
import type { DraftValue } from './draft.js';
import type { FieldContext } from './field-context.js';
import {
  chooseMunicipality,
  draftForMunicipality,
  municipalityOfDraft,
} from './municipality-choice.js';
import {
  allowedByDecimals,
  POINT_ALLOWED,
  POINT_SOURCE,
  PointPickerController,
  precisionFor,
  type PickedPoint,
} from './point-picker-controller.js';
import type { Precision } from './point-picker-model.js';

const text = (value: DraftValue) => (typeof value === 'string' ? value : '');

/** Where the draft's point came from: the Gemeinde list, the map, typed degrees, or the live entry. */
export type PointSource = 'municipality' | 'map' | 'typed' | 'entry';

/**
 * The actor's location: postal code → Gemeinde (city, AGS and its approximate point, `city`
 * precision), or a point picked on the map or typed in degrees (precision no finer than the pick
 * allows). It writes the draft through the field context only.
 */
export class LocationController {
  readonly picker: PointPickerController;

  constructor(host: ReactiveControllerHost) {
    this.picker = new PointPickerController(host);
  }

  /** Where the draft's point came from. */
  static sourceOf(ctx: FieldContext): PointSource | undefined {
    const source = text(ctx.value(POINT_SOURCE));
    if (source === 'municipality' || source === 'map' || source === 'typed') return source;
    return text(ctx.value('location.lat')) !== '' ? 'entry' : undefined;
  }

  /** The precisions the draft's point may claim. */
  static allowedOf(ctx: FieldContext): Precision[] {
    const stored = text(ctx.value(POINT_ALLOWED));
    const source = LocationController.sourceOf(ctx);
    if (source === 'municipality' || source === undefined) return ['city'];
    if (source === 'entry') return ['address', 'campus', 'city'];
    const allowed = stored
      .split(' ')
      .filter((p): p is Precision => p === 'address' || p === 'campus' || p === 'city');
    return allowed.length > 0 ? allowed : ['city'];
  }

  /** A typed postal code: the Gemeinde it names (if one) sets city, AGS and, if no point was picked, the point. */
  postalCode(ctx: FieldContext, postalCode: string): void {
    this.applyChoice(ctx, postalCode, text(ctx.value('address.ags')), {
      'address.postalCode': postalCode,
    });
  }

  /** The Gemeinde chosen among several that share the postal code. */
  chooseAgs(ctx: FieldContext, ags: string): void {
    this.applyChoice(ctx, text(ctx.value('address.postalCode')), ags, {});
  }

  private applyChoice(
    ctx: FieldContext,
    postalCode: string,
    ags: string,
    base: Record<string, DraftValue>,
  ): void {
    const choice = chooseMunicipality(postalCode, ags);
    const source = LocationController.sourceOf(ctx);
    const keepPickedPoint = source === 'map' || source === 'typed';
    if (choice.state === 'chosen') {
      const values: Record<string, DraftValue> = {
        ...base,
        ...draftForMunicipality(choice.chosen, { keepPickedPoint }),
      };
      if (!keepPickedPoint) {
        values[POINT_SOURCE] = 'municipality';
        values[POINT_ALLOWED] = 'city';
      }
      ctx.setMany(values);
      return;
    }
    // No Gemeinde (any more): forget what an earlier one set, keep what the visitor typed or picked.
    const previous = municipalityOfDraft(text(ctx.value('address.ags')));
    const values: Record<string, DraftValue> = { ...base, 'address.ags': '' };
    if (previous && text(ctx.value('address.city')) === previous.name) values['address.city'] = '';
    if (source === 'municipality') {
      Object.assign(values, {
        'location.lat': '',
        'location.lon': '',
        'location.precision': '',
        [POINT_SOURCE]: '',
      });
    }
    ctx.setMany(values);
  }

  /** Takes the picker's point, with the visitor's earlier statement if the pick allows it. */
  take(ctx: FieldContext, point: PickedPoint): void {
    ctx.setMany({
      'location.lat': point.lat,
      'location.lon': point.lon,
      'location.precision': precisionFor(text(ctx.value('location.precision')), point.allowed),
      [POINT_SOURCE]: 'map',
      [POINT_ALLOWED]: point.allowed.join(' '),
    });
    this.picker.taken = ctx.msg('entryFieldPickerTaken', { lat: point.lat, lon: point.lon });
  }

  /** Degrees typed by hand. */
  typed(ctx: FieldContext, path: 'location.lat' | 'location.lon', value: string): void {
    const lat = path === 'location.lat' ? value : text(ctx.value('location.lat'));
    const lon = path === 'location.lon' ? value : text(ctx.value('location.lon'));
    const allowed = allowedByDecimals(lat, lon);
    ctx.setMany({
      [path]: value,
      'location.precision': precisionFor(text(ctx.value('location.precision')), allowed),
      [POINT_SOURCE]: 'typed',
      [POINT_ALLOWED]: allowed.join(' '),
    });
  }
}
