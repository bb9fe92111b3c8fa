import { html, svg } from 'lit';
import { KREISE, PATH_UNITS } from '../shared/geo/kreise.js';
import { project } from '../shared/geo/projection.js';
import type { FieldContext } from './field-context.js';
import type { PickedPoint, PointPickerController } from './point-picker-controller.js';
import { kreisAt, viewBoxOf } from './point-picker-model.js';

/** Height over width of the map. */
const ASPECT = 0.75;

/** `51.0504` → `51,0504` in German, as typed in the readout. */
const degrees = (locale: string, value: string) =>
  new Intl.NumberFormat(locale, { minimumFractionDigits: value.split('.')[1]?.length ?? 0 }).format(
    Number(value),
  );

function distance(locale: string, metres: number): string {
  const km = metres >= 1000;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: km ? 'kilometer' : 'meter',
    maximumFractionDigits: km && metres < 10_000 ? 1 : 0,
  }).format(km ? metres / 1000 : metres);
}

export interface PointPickerOptions {
  picker: PointPickerController;
  /** The draft's current point, drawn as a dot. */
  current: { lat: number; lon: number } | undefined;
  /** Takes the crosshair's point into the draft. */
  onTake: (point: PickedPoint) => void;
}

/**
 * The shared Kreis map with a crosshair in its middle. The map itself is one focusable element
 * (arrow keys move, + and − zoom, Enter takes the point); a status line reads the position out in
 * text, so the pick never depends on seeing the map. A click moves the crosshair to the spot.
 */
export function pointPickerView(ctx: FieldContext, options: PointPickerOptions) {
  const { picker, current, onTake } = options;
  const [x, y, width, height] = viewBoxOf(picker.state, ASPECT).map((v) => v * PATH_UNITS) as [
    number,
    number,
    number,
    number,
  ];
  const point = picker.current();
  const kreis = kreisAt(Number(point.lat), Number(point.lon));
  const base = ctx.fieldId('location-picker');
  const readout = ctx.msg('entryFieldPickerReadout', {
    lat: degrees(ctx.locale, point.lat),
    lon: degrees(ctx.locale, point.lon),
    place: kreis?.name ?? ctx.msg('entryFieldPickerOutside'),
    zoom: picker.state.zoom,
    step: distance(ctx.locale, picker.stepMetres()),
  });
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      onTake(point);
      return;
    }
    if (picker.key(event.key, event.shiftKey)) event.preventDefault();
  };
  const onClick = (event: MouseEvent) => {
    const map = event.currentTarget as SVGSVGElement;
    const matrix = map.getScreenCTM();
    if (!matrix) return;
    const at = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    picker.moveTo({ x: at.x / PATH_UNITS, y: at.y / PATH_UNITS });
  };
  const dot = current ? project(current.lon, current.lat) : undefined;
  const cross = Math.min(width, height) / 12;
  const centre = { x: x + width / 2, y: y + height / 2 };
  return html`<div class="picker" part="point-picker">
    <p class="hint" id=${`${base}-help`}>${ctx.msg('entryFieldPickerHelp')}</p>
    <div
      class="picker-surface"
      tabindex="0"
      role="application"
      aria-label=${ctx.msg('entryFieldPickerLabel')}
      aria-describedby=${`${base}-help ${base}-readout`}
      @keydown=${onKey}
    >
      <svg
        class="picker-map"
        viewBox=${`${x} ${y} ${width} ${height}`}
        aria-hidden="true"
        focusable="false"
        @click=${onClick}
      >
        ${KREISE.map(
          (shape) =>
            svg`<path class=${shape.ags === kreis?.ags ? 'kreis here' : 'kreis'} d=${shape.path} />`,
        )}
        ${
          dot
            ? svg`<circle class="current" cx=${dot.x * PATH_UNITS} cy=${dot.y * PATH_UNITS} r=${cross / 4} />`
            : ''
        }
        <path
          class="crosshair"
          d=${`M${centre.x - cross} ${centre.y}H${centre.x + cross}M${centre.x} ${centre.y - cross}V${centre.y + cross}`}
        />
      </svg>
    </div>
    <p class="picker-readout" id=${`${base}-readout`} role="status">${readout}</p>
    <div class="picker-actions">
      <button type="button" class="button-secondary" @click=${() => picker.zoom(1)}>
        ${ctx.msg('entryFieldPickerZoomIn')}
      </button>
      <button type="button" class="button-secondary" @click=${() => picker.zoom(-1)}>
        ${ctx.msg('entryFieldPickerZoomOut')}
      </button>
      <button type="button" class="button-secondary take" @click=${() => onTake(point)}>
        ${ctx.msg('entryFieldPickerTake')}
      </button>
    </div>
    <p class="hint source">${ctx.msg('entryFieldMapSource')}</p>
  </div>`;
}
