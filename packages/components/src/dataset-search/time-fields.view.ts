// The time group's choices and date inputs, loaded with `import()` when the group is first opened
// (or when a link sets a time filter): a page whose visitors never filter by time does not load them.
import { css, html, nothing } from 'lit';
import type { Localizer } from '../shared/i18n/localizer.js';
import { focusKey } from './facets.view.js';
import { TIME_PRESETS, type TimeField, type TimeFilters } from './time-filter.js';
import { timeFieldsMessages } from './time-fields.messages.js';

/** What the time group shows and whom it tells. */
export interface TimeView {
  i18n: Localizer;
  /** The dates this portal can filter by, in order. */
  fields: readonly TimeField[];
  time: TimeFilters;
  /** Dates whose "Eigener Zeitraum" is chosen but not yet applied. */
  custom: ReadonlySet<TimeField>;
  /** A date whose range the visitor entered backwards (start after end). */
  invalid: TimeField | undefined;
  onPreset: (field: TimeField, choice: string) => void;
  onRange: (field: TimeField, from: string, to: string) => void;
}

function renderField(view: TimeView, field: TimeField) {
  const { i18n } = view;
  const filter = view.time[field];
  const range = filter && !('preset' in filter) ? filter : undefined;
  const custom = view.custom.has(field) || !!range;
  const choice = filter && 'preset' in filter ? filter.preset : custom ? 'custom' : '';
  const id = `time-${field}`;
  const errorId = `${id}-error`;
  const invalid = view.invalid === field;
  const apply = (event: Event) => {
    event.preventDefault();
    const group = (event.currentTarget as HTMLElement).closest('.time-field')!;
    const read = (name: string) =>
      group.querySelector<HTMLInputElement>(`input[name="${name}"]`)!.value;
    view.onRange(field, read('from'), read('to'));
  };
  return html`<div class="time-field" part="time-field">
    <label class="time-label" for=${id}>${i18n.t(`datasetSearchTime_${field}`)}</label>
    <select
      id=${id}
      part="time-select"
      data-focus-key=${focusKey('time', field)}
      @change=${(event: Event) => view.onPreset(field, (event.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${choice === ''}>${i18n.t('datasetSearchTimeAny')}</option>
      ${TIME_PRESETS.map(
        (preset) =>
          html`<option value=${preset} ?selected=${choice === preset}>
            ${i18n.t(`datasetSearchTime_${preset}`)}
          </option>`,
      )}
      <option value="custom" ?selected=${choice === 'custom'}>
        ${i18n.t('datasetSearchTimeCustom')}
      </option>
    </select>
    ${
      custom
        ? html`<div
            class="time-range"
            role="group"
            aria-label=${i18n.t(`datasetSearchTime_${field}`)}
          >
            <label
              >${i18n.t('datasetSearchTimeFrom')}
              <input
                type="date"
                name="from"
                part="time-input"
                .value=${range?.from ?? ''}
                aria-invalid=${invalid ? 'true' : 'false'}
                aria-describedby=${invalid ? errorId : nothing}
            /></label>
            <label
              >${i18n.t('datasetSearchTimeTo')}
              <input
                type="date"
                name="to"
                part="time-input"
                .value=${range?.to ?? ''}
                aria-invalid=${invalid ? 'true' : 'false'}
                aria-describedby=${invalid ? errorId : nothing}
            /></label>
            <button
              type="button"
              class="text-button"
              part="time-apply"
              data-focus-key=${focusKey('time-apply', field)}
              @click=${apply}
            >
              ${i18n.t('datasetSearchTimeApply')}
            </button>
            ${
              invalid
                ? html`<p class="time-error" id=${errorId} role="alert">
                    ${i18n.t('datasetSearchTimeInvalid')}
                  </p>`
                : nothing
            }
          </div>`
        : nothing
    }
  </div>`;
}

/** The time group's content (loaded when the group is first opened): per date a choice of presets or a custom range. */
export function renderTimeFields(view: TimeView) {
  return html`<div class="facet-options time-fields">
    ${view.fields.map((field) => renderField(view, field))}
  </div>`;
}

/** Its texts, registered when it loads. */
export const messages = timeFieldsMessages;

/** Its styles, adopted when it loads. */
export const styles = css`
  /* Time filters */
  .time-fields {
    display: grid;
    gap: 0.75em;
    padding-bottom: 0.5em;
  }
  .time-field {
    display: grid;
    gap: 0.25em;
  }
  .time-field select,
  .time-field input {
    max-width: 100%;
    min-height: 2.25em;
    font: inherit;
  }
  .time-range {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em;
  }
  .time-range label {
    display: grid;
    gap: 0.125em;
  }
  .time-error {
    flex-basis: 100%;
    margin: 0;
    color: var(--_color-danger);
  }
`;
