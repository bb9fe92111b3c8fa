import { html } from 'lit';
import type { AttendanceMode, EventPage } from '@saxon-ai/sdk';
import type { Localizer } from '../shared/i18n/localizer.js';
import type { MessageKey } from '../shared/i18n/messages.js';

/** The filters a visitor can set with the controls. */
export type FilterName = 'topic' | 'city' | 'attendanceMode';

/** The facets of the last answer, which the controls offer. */
export type EventFacets = EventPage['facets'];

/** What the filter controls show and where a choice goes. */
export interface FiltersContext {
  i18n: Localizer;
  facets: EventFacets | undefined;
  /** The values in force now, per filter (several when the page's attribute named several). */
  selected: Record<FilterName, readonly string[]>;
  /** Labels of values the page chose that the facets do not list (modes, topics). */
  labelOf: (name: FilterName, value: string) => string;
  onChange: (name: FilterName, values: string[]) => void;
}

const CONTROLS: { name: FilterName; label: MessageKey; all: MessageKey }[] = [
  { name: 'topic', label: 'eventListFilterTopic', all: 'eventListFilterAllTopics' },
  { name: 'city', label: 'eventListFilterCity', all: 'eventListFilterAllCities' },
  { name: 'attendanceMode', label: 'eventListFilterMode', all: 'eventListFilterAllModes' },
];

/** An option's value: the chosen values joined by commas (none of them contains one). */
const joined = (values: readonly string[]) => values.join(',');

function renderSelect(
  control: (typeof CONTROLS)[number],
  context: FiltersContext,
): ReturnType<typeof html> {
  const { i18n, facets, selected, labelOf, onChange } = context;
  const current = selected[control.name];
  const options = (facets?.[control.name] ?? []).map((facet) => ({
    value: facet.value,
    text: i18n.t('eventListFilterOption', { label: facet.label, count: facet.count }),
  }));
  // The page's own choice stays selectable even when the answer has no count for it.
  if (current.length > 0 && !options.some((option) => option.value === joined(current))) {
    options.unshift({
      value: joined(current),
      text: current.map((value) => labelOf(control.name, value)).join(' / '),
    });
  }
  const id = `filter-${control.name}`;
  return html`<div class="filter" part="filter">
    <label for=${id} part="filter-label">${i18n.t(control.label)}</label>
    <select
      id=${id}
      part="filter-select"
      .value=${joined(current)}
      @change=${(change: Event) =>
        onChange(
          control.name,
          (change.target as HTMLSelectElement).value.split(',').filter(Boolean),
        )}
    >
      <option value="" ?selected=${current.length === 0}>${i18n.t(control.all)}</option>
      ${options.map(
        (option) =>
          html`<option value=${option.value} ?selected=${option.value === joined(current)}>
            ${option.text}
          </option>`,
      )}
    </select>
  </div>`;
}

/**
 * The filter controls: topic, place and attendance, each a labelled `<select>` in the element's own
 * shadow root, offering the values of the last answer with their counts. A choice applies at once.
 */
export function renderFilters(context: FiltersContext) {
  return html`<form
    class="filters"
    part="filters"
    role="search"
    aria-label=${context.i18n.t('eventListFilters')}
    @submit=${(submit: Event) => submit.preventDefault()}
  >
    ${CONTROLS.map((control) => renderSelect(control, context))}
  </form>`;
}

const MODE_KEYS = {
  offline: 'eventListModeOffline',
  online: 'eventListModeOnline',
  mixed: 'eventListModeMixed',
} as const;

/** The label of a filter value: the facet's, else the mode's own text, else the value itself. */
export function filterLabel(
  name: FilterName,
  value: string,
  facets: EventFacets | undefined,
  i18n: Localizer,
): string {
  const facet = facets?.[name].find((entry) => entry.value === value);
  if (facet) return facet.label;
  if (name === 'attendanceMode' && value in MODE_KEYS) {
    return i18n.t(MODE_KEYS[value as AttendanceMode]);
  }
  return value;
}
