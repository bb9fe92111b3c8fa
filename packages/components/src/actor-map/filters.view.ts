import type { ActorCategory, Topic } from '@saxon-ai/sdk';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Localizer } from '../shared/i18n/localizer.js';
import { CATEGORIES, CATEGORY_LABEL } from './attributes.js';
import { KREIS_TABLE } from '../shared/geo/kreis-table.js';
import { categoryIcon } from './markers.view.js';
import { collator } from '../shared/i18n/intl-cache.js';

/** The filters of the map and the list: the same for both. */
export interface FilterValues {
  /** The categories shown; all four when nothing is filtered. */
  categories: readonly ActorCategory[];
  /** Topic ids, any of which matches; none for all topics. */
  topics: readonly string[];
  text: string;
  /** A Kreis key, or `''` for all of Saxony. */
  ags: string;
}

/** What the filter form shows and what it calls back. */
export interface FiltersViewOptions {
  i18n: Localizer;
  values: FilterValues;
  /** The directory's topics (empty until they have loaded). */
  topics: readonly Topic[];
  onChange: (change: Partial<FilterValues>) => void;
  onReset: () => void;
}

/** Whether any filter narrows the result. */
export const isFiltered = ({ categories, topics, text, ags }: FilterValues) =>
  categories.length < CATEGORIES.length || topics.length > 0 || text.trim() !== '' || ags !== '';

function kreisOptions(i18n: Localizer, selected: string) {
  const byLabel = collator([i18n.lang, 'de']);
  const named = KREIS_TABLE.map((kreis) => ({
    ags: kreis.ags,
    label: i18n.t(kreis.kind === 'Landkreis' ? 'actorMapKreisLandkreis' : 'actorMapKreisStadt', {
      name: kreis.name,
    }),
  })).sort((a, b) => byLabel.compare(a.label, b.label));
  return named.map(
    ({ ags, label }) => html`<option value=${ags} ?selected=${ags === selected}>${label}</option>`,
  );
}

function topicOptions(i18n: Localizer, topics: readonly Topic[], selected: readonly string[]) {
  const byLabel = collator([i18n.lang, 'de']);
  const sorted = [...topics].sort((a, b) => byLabel.compare(a.label, b.label));
  // A topic the page (or the context) set that the directory does not list stays selectable (and selected).
  for (const id of selected) {
    if (!sorted.some((topic) => topic.id === id)) sorted.unshift({ id, label: id } as Topic);
  }
  return sorted.map(
    (topic) =>
      html`<option value=${topic.id} .selected=${live(selected.includes(topic.id))}>
        ${topic.label}
      </option>`,
  );
}

/** The filter form: text, category (with the legend's symbols), topics (several) and Kreis. */
export function renderFilters(options: FiltersViewOptions) {
  const { i18n, values, onChange } = options;
  // Read from the boxes themselves: two quick clicks may come before the next render.
  const toggle = (event: Event) => {
    const boxes = (event.currentTarget as HTMLElement).querySelectorAll('input:checked');
    const checked = new Set([...boxes].map((box) => (box as HTMLInputElement).value));
    onChange({ categories: CATEGORIES.filter((category) => checked.has(category)) });
  };
  const selectValue = (event: Event) => (event.target as HTMLSelectElement).value;
  const selectedValues = (event: Event) =>
    [...(event.target as HTMLSelectElement).selectedOptions].map((option) => option.value);
  return html`<form
    class="filters"
    part="filters"
    role="search"
    aria-label=${i18n.t('actorMapFilters')}
    @submit=${(event: Event) => event.preventDefault()}
  >
    <div class="field text">
      <label for="filter-text">${i18n.t('actorMapSearch')}</label>
      <input
        id="filter-text"
        type="search"
        part="search-input"
        autocomplete="off"
        .value=${live(values.text)}
        @input=${(event: Event) => onChange({ text: (event.target as HTMLInputElement).value })}
      />
    </div>
    <div class="field">
      <label for="filter-topic">${i18n.t('actorMapTopic')}</label>
      <select
        id="filter-topic"
        part="topic-select"
        multiple
        size="4"
        aria-describedby="filter-topic-hint"
        @change=${(event: Event) => onChange({ topics: selectedValues(event) })}
      >
        ${topicOptions(i18n, options.topics, values.topics)}
      </select>
      <span id="filter-topic-hint" class="hint" part="topic-hint"
        >${i18n.t('actorMapTopicsHint')}</span
      >
    </div>
    <div class="field">
      <label for="filter-kreis">${i18n.t('actorMapKreis')}</label>
      <select
        id="filter-kreis"
        part="kreis-select"
        @change=${(event: Event) => onChange({ ags: selectValue(event) })}
      >
        <option value="" ?selected=${values.ags === ''}>${i18n.t('actorMapAllKreise')}</option>
        ${kreisOptions(i18n, values.ags)}
      </select>
    </div>
    <fieldset class="field categories" part="category-filter" @change=${toggle}>
      <legend>${i18n.t('actorMapCategories')}</legend>
      ${CATEGORIES.map(
        (category) =>
          html`<label class="check" data-category=${category}>
            <input
              type="checkbox"
              value=${category}
              .checked=${live(values.categories.includes(category))}
            />
            ${categoryIcon(category)}<span>${i18n.t(CATEGORY_LABEL[category])}</span>
          </label>`,
      )}
    </fieldset>
    ${
      isFiltered(values)
        ? html`<button type="button" class="reset" part="reset-button" @click=${options.onReset}>
            ${i18n.t('actorMapResetFilters')}
          </button>`
        : nothing
    }
  </form>`;
}
