// The time group's choices and date inputs, loaded with `import()` when the group is first opened
// (or when a link sets a time filter): a page whose visitors never filter by time does not load them.
import { css, html, nothing } from 'lit';
import type { Localizer } from '../shared/i18n/localizer.js';
import { focusKey } from './focus-key.js';
import {
  isDay,
  TIME_PRESETS,
  type TimeField,
  type TimeFilter,
  type TimeFilters,
} from './time-filter.js';
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
  /**
   * A visitor's choice: the group's new `choices` and, when the choice searches, the date's new
   * `filter` (`null` clears it).
   */
  onChoice: (field: TimeField, choices: TimeChoices, filter?: TimeFilter | null) => void;
}

/** Where the visitor's choices leave the group, before they search. */
export interface TimeChoices {
  /** Dates whose "Eigener Zeitraum" is chosen, before a range is applied. */
  custom: ReadonlySet<TimeField>;
  /** A date whose typed range could not be applied (start after end). */
  invalid: TimeField | undefined;
}

/** Whether a range typed into the date inputs can be applied: valid days, start not after end. */
function rangeProblem(from: string, to: string): 'empty' | 'invalid' | undefined {
  if (!from && !to) return 'empty';
  if ((from && !isDay(from)) || (to && !isDay(to))) return 'invalid';
  return from && to && from > to ? 'invalid' : undefined;
}

/** The select: a preset searches at once; "Eigener Zeitraum" shows the date inputs. */
function presetChosen(view: TimeView, field: TimeField, choice: string): void {
  const custom = new Set(view.custom);
  if (choice === 'custom') custom.add(field);
  else custom.delete(field);
  if (choice === 'custom') return view.onChoice(field, { custom, invalid: undefined });
  const preset = TIME_PRESETS.find((p) => p === choice);
  view.onChoice(field, { custom, invalid: undefined }, preset ? { preset } : null);
}

/** "Zeitraum anwenden": a valid range searches; a backwards one shows why it cannot. */
function rangeChosen(view: TimeView, field: TimeField, from: string, to: string): void {
  const problem = rangeProblem(from, to);
  const choices = { custom: view.custom, invalid: problem === 'invalid' ? field : undefined };
  if (problem) return view.onChoice(field, choices);
  view.onChoice(field, choices, { ...(from ? { from } : {}), ...(to ? { to } : {}) });
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
    rangeChosen(view, field, read('from'), read('to'));
  };
  return html`<div class="time-field" part="time-field">
    <label class="time-label" for=${id}>${i18n.t(`datasetSearchTime_${field}`)}</label>
    <select
      id=${id}
      part="time-select"
      data-focus-key=${focusKey('time', field)}
      @change=${(event: Event) =>
        presetChosen(view, field, (event.target as HTMLSelectElement).value)}
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
