import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { SAXONY_MUNICIPALITIES_ATTRIBUTION } from '../shared/geo/saxony-municipalities.js';
import type { MessageKey } from '../shared/i18n/messages.js';
import { hintAndError, requiredMarker } from './controls.view.js';
import type { FieldContext } from './field-context.js';
import { LocationController } from './location-controller.js';
import { chooseMunicipality, municipalityLabel } from './municipality-choice.js';
import { pointPickerView } from './point-picker.view.js';
import type { Precision } from './point-picker-model.js';

const text = (ctx: FieldContext, path: string) => {
  const value = ctx.value(path);
  return typeof value === 'string' ? value : '';
};

const invalid = (ctx: FieldContext, path: string) => (ctx.errorFor(path) ? 'true' : nothing);

interface InputOptions {
  path: string;
  label: MessageKey;
  hint?: MessageKey;
  required?: boolean;
  inputmode?: 'numeric' | 'decimal' | 'text';
  autocomplete?: string;
  maxLength?: number;
  onInput: (value: string) => void;
}

/** A labelled input whose changes go through the location controller, not straight to the draft. */
function input(ctx: FieldContext, options: InputOptions) {
  const { path, label, hint, required, inputmode, autocomplete, maxLength, onInput } = options;
  return html`<div class="field" part="field">
    <label for=${ctx.fieldId(path)}>${ctx.msg(label)} ${requiredMarker(ctx, required)}</label>
    ${hintAndError(ctx, path, hint)}
    <input
      id=${ctx.fieldId(path)}
      name=${path}
      type="text"
      inputmode=${inputmode ?? nothing}
      autocomplete=${autocomplete ?? nothing}
      maxlength=${maxLength ?? nothing}
      spellcheck="false"
      aria-required=${required ? 'true' : nothing}
      aria-invalid=${invalid(ctx, path)}
      aria-describedby=${ctx.describedBy(path, Boolean(hint)) || nothing}
      .value=${live(text(ctx, path))}
      @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)}
    />
  </div>`;
}

/** Postal code, the Gemeinde it names (a choice when several share it) and the town. */
function municipalityView(ctx: FieldContext, location: LocationController) {
  const postalCode = text(ctx, 'address.postalCode');
  const choice = chooseMunicipality(postalCode, text(ctx, 'address.ags'));
  const found =
    choice.state === 'chosen'
      ? ctx.msg('entryFieldMunicipalityFound', { name: municipalityLabel(choice.chosen) })
      : choice.state === 'unknown'
        ? ctx.msg('entryFieldMunicipalityUnknown')
        : '';
  const agsPath = 'address.ags';
  return html`${input(ctx, {
      path: 'address.postalCode',
      label: 'entryFieldPostalCode',
      hint: 'entryFieldPostalCodeHint',
      inputmode: 'numeric',
      autocomplete: 'postal-code',
      maxLength: 10,
      onInput: (value) => location.postalCode(ctx, value),
    })}
    <p class="municipality-found" role="status">${found}</p>
    ${
      choice.state === 'ambiguous' || (choice.state === 'chosen' && choice.options.length > 1)
        ? html`<div class="field" part="field">
            <label for=${ctx.fieldId(agsPath)}>
              ${ctx.msg('entryFieldMunicipalityChoose')} ${requiredMarker(ctx, true)}
            </label>
            ${hintAndError(ctx, agsPath, 'entryFieldMunicipalityChooseHint')}
            <select
              id=${ctx.fieldId(agsPath)}
              aria-required="true"
              aria-invalid=${invalid(ctx, agsPath)}
              aria-describedby=${ctx.describedBy(agsPath, true)}
              @change=${(event: Event) =>
                location.chooseAgs(ctx, (event.target as HTMLSelectElement).value)}
            >
              <option value="" ?selected=${choice.state === 'ambiguous'}>
                ${ctx.msg('entryFieldMunicipalityPlaceholder')}
              </option>
              ${choice.options.map(
                (option) =>
                  html`<option
                    value=${option.ags}
                    ?selected=${choice.state === 'chosen' && choice.chosen.ags === option.ags}
                  >
                    ${municipalityLabel(option)}
                  </option>`,
              )}
            </select>
          </div>`
        : html`${hintAndError(ctx, agsPath)}`
    }
    ${input(ctx, {
      path: 'address.city',
      label: 'entryFieldCity',
      hint: 'entryFieldCityHint',
      required: true,
      autocomplete: 'address-level2',
      maxLength: 100,
      onInput: (value) => ctx.set('address.city', value),
    })}
    <p class="hint source">
      ${ctx.msg('entryFieldMunicipalitySource', { attribution: SAXONY_MUNICIPALITIES_ATTRIBUTION })}
    </p>`;
}

const PRECISIONS: readonly { value: Precision; label: MessageKey }[] = [
  { value: 'address', label: 'entryFieldPrecisionAddress' },
  { value: 'campus', label: 'entryFieldPrecisionCampus' },
  { value: 'city', label: 'entryFieldPrecisionCity' },
];

/** "What does the point show?": only the levels the point allows can be chosen. */
function precisionView(ctx: FieldContext) {
  const path = 'location.precision';
  const allowed = LocationController.allowedOf(ctx);
  const chosen = text(ctx, path);
  return html`<fieldset
    class="field group"
    part="field"
    aria-invalid=${invalid(ctx, path)}
    aria-describedby=${ctx.describedBy(path, true)}
  >
    <legend>${ctx.msg('entryFieldPrecision')} ${requiredMarker(ctx, true)}</legend>
    ${hintAndError(ctx, path, 'entryFieldPrecisionHint')}
    ${PRECISIONS.map(
      (choice, index) =>
        html`<label class="check">
          <input
            type="radio"
            name=${path}
            id=${index === 0 ? ctx.fieldId(path) : `${ctx.fieldId(path)}-${index}`}
            value=${choice.value}
            ?disabled=${!allowed.includes(choice.value)}
            .checked=${live(chosen === choice.value)}
            @change=${() => ctx.set(path, choice.value)}
          />
          ${ctx.msg(choice.label)}
        </label>`,
    )}
    ${allowed.length < 3 ? html`<p class="hint">${ctx.msg('entryFieldPrecisionNeedsZoom')}</p>` : nothing}
  </fieldset>`;
}

/** The point: what it is now, the map to pick one, and the degrees to type one. */
function pointView(ctx: FieldContext, location: LocationController) {
  const { picker } = location;
  const lat = text(ctx, 'location.lat');
  const lon = text(ctx, 'location.lon');
  const source = LocationController.sourceOf(ctx);
  const hasPoint = lat !== '' && lon !== '';
  const numeric = hasPoint ? { lat: Number(lat), lon: Number(lon) } : undefined;
  const chosenName = chooseMunicipality(text(ctx, 'address.postalCode'), text(ctx, 'address.ags'));
  const summary = !hasPoint
    ? ctx.msg('entryFieldPointNone')
    : source === 'municipality' && chosenName.state === 'chosen'
      ? ctx.msg('entryFieldPointFromMunicipality', { name: chosenName.chosen.name, lat, lon })
      : ctx.msg('entryFieldPointPicked', { lat, lon });
  const pickerId = ctx.fieldId('location-picker');
  return html`<div class="field point" part="field">
    <p class="point-summary">
      <strong id=${ctx.fieldId('location')} tabindex="-1"
        >${ctx.msg('entryFieldPointSummary')}:</strong
      >
      ${summary}
    </p>
    ${hintAndError(ctx, 'location')}
    <p class="picker-status" role="status">${picker.taken}</p>
    <button
      type="button"
      class="button-secondary"
      aria-expanded=${picker.open ? 'true' : 'false'}
      aria-controls=${pickerId}
      @click=${() =>
        picker.toggle(
          numeric && Number.isFinite(numeric.lat) ? numeric.lat : undefined,
          numeric && Number.isFinite(numeric.lon) ? numeric.lon : undefined,
        )}
    >
      ${ctx.msg('entryFieldPickOnMap')}
    </button>
    <div id=${pickerId} ?hidden=${!picker.open}>
      ${
        picker.open
          ? pointPickerView(ctx, {
              picker,
              current: numeric && Number.isFinite(numeric.lat + numeric.lon) ? numeric : undefined,
              onTake: (point) => location.take(ctx, point),
            })
          : nothing
      }
    </div>
    <div class="date-row">
      ${input(ctx, {
        path: 'location.lat',
        label: 'entryFieldLatitude',
        hint: 'entryFieldCoordinatesHint',
        inputmode: 'decimal',
        maxLength: 20,
        onInput: (value) => location.typed(ctx, 'location.lat', value),
      })}
      ${input(ctx, {
        path: 'location.lon',
        label: 'entryFieldLongitude',
        inputmode: 'decimal',
        maxLength: 20,
        onInput: (value) => location.typed(ctx, 'location.lon', value),
      })}
    </div>
  </div>`;
}

/**
 * The actor's location (23c): postal code → Gemeinde from the bundled list, or a point on the shared
 * Kreis map, and an honest precision. No request leaves the page for any of it.
 */
export function locationView(ctx: FieldContext, location: LocationController) {
  return html`${municipalityView(ctx, location)} ${pointView(ctx, location)} ${precisionView(ctx)}`;
}
