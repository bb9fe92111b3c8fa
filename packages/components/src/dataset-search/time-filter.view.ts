import { html, nothing } from 'lit';
import type { Localizer } from '../shared/i18n/localizer.js';
import { focusKey } from './facets.view.js';
import {
  isActive,
  isDay,
  TIME_PRESETS,
  type TimeField,
  type TimeFilter,
  type TimeFilters,
} from './time-filter.js';

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

/** `01.01.2024` (German) or `1/1/2024` (English) for a `YYYY-MM-DD` day. */
const day = (i18n: Localizer, value: string) => i18n.date(value, { dateStyle: 'medium' });

/** "Letzte Woche", "01.01.2024 – 30.06.2024", "ab 01.01.2024", "bis 30.06.2024". */
export function timeValueLabel(i18n: Localizer, filter: TimeFilter): string {
  if ('preset' in filter) return i18n.t(`datasetSearchTime_${filter.preset}`);
  if (filter.from && filter.to) {
    return i18n.t('datasetSearchTimeRange', {
      from: day(i18n, filter.from),
      to: day(i18n, filter.to),
    });
  }
  return filter.from
    ? i18n.t('datasetSearchTimeSince', { from: day(i18n, filter.from) })
    : i18n.t('datasetSearchTimeUntil', { to: day(i18n, filter.to ?? '') });
}

/** "Zuletzt geändert: Letzte Woche": a time filter's chip and its part of the announcement. */
export const timeFilterText = (i18n: Localizer, field: TimeField, filter: TimeFilter) =>
  `${i18n.t(`datasetSearchTime_${field}`)}: ${timeValueLabel(i18n, filter)}`;

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
      @change=${(event: Event) =>
        view.onPreset(field, (event.target as HTMLSelectElement).value)}
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
        ? html`<div class="time-range" role="group" aria-label=${i18n.t(`datasetSearchTime_${field}`)}>
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

/** The time group: per date a choice of presets or a custom range with date inputs. */
export function renderTimeFilters(view: TimeView) {
  if (view.fields.length === 0) return nothing;
  const { i18n } = view;
  const active = view.fields.filter((field) => isActive(view.time[field])).length;
  return html`<details class="facet" part="facet time-filters" open>
    <summary class="facet-summary" part="facet-summary">
      ${i18n.t('datasetSearchTime')}${active > 0 ? html` <span class="badge">${i18n.number(active)}</span>` : ''}
    </summary>
    <div class="facet-options time-fields">
      ${view.fields.map((field) => renderField(view, field))}
    </div>
  </details>`;
}

/** Whether a range typed into the date inputs can be applied: valid days, start not after end. */
export function rangeProblem(from: string, to: string): 'empty' | 'invalid' | undefined {
  if (!from && !to) return 'empty';
  if ((from && !isDay(from)) || (to && !isDay(to))) return 'invalid';
  return from && to && from > to ? 'invalid' : undefined;
}
