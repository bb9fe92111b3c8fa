import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { PageChangeDetail } from '../shared/pager.js';
import type { Localizer } from '../shared/i18n/localizer.js';
import type { ActorFeature } from './actor-index.js';
import { CATEGORY_LABEL } from './attributes.js';
import { categoryIcon } from './markers.view.js';
import { collator } from '../shared/i18n/intl-cache.js';

/** Rows per page of the list view. */
export const LIST_PAGE_SIZE = 20;

/** What the list view shows and what it calls back. */
export interface ListViewOptions {
  i18n: Localizer;
  /** Every actor the filters let through, in the order to list them. */
  actors: readonly ActorFeature[];
  offset: number;
  selectedId: string | undefined;
  onOpen: (id: string, key: string) => void;
  onPage: (offset: number) => void;
}

/** Actors in alphabetical order of the page's language. */
export function sortByName(actors: readonly ActorFeature[], locale: string): ActorFeature[] {
  const byName = collator([locale, 'de'], { sensitivity: 'base', numeric: true });
  return [...actors].sort((a, b) => byName.compare(a.properties.name, b.properties.name));
}

/**
 * The map's equivalent as a list: the same actors under the same filters, alphabetically, a page at
 * a time. Each row is a button that opens the same detail card as the marker.
 */
export function renderList(options: ListViewOptions) {
  const { i18n, actors, offset } = options;
  const page = actors.slice(offset, offset + LIST_PAGE_SIZE);
  return html`<ol class="list" part="list" aria-label=${i18n.t('actorMapList')} start=${offset + 1}>
      ${repeat(
        page,
        (feature) => feature.properties.id,
        ({ properties: actor }) => {
          const key = `row-${actor.id}`;
          return html`<li class="item" part="item">
            <button
              type="button"
              class=${actor.id === options.selectedId ? 'row selected' : 'row'}
              part="item-button"
              data-key=${key}
              @click=${() => options.onOpen(actor.id, key)}
            >
              ${categoryIcon(actor.category)}
              <span class="name" part="item-name">${actor.name}</span>
              <span class="meta" part="item-meta"
                >${i18n.t(CATEGORY_LABEL[actor.category])} · ${actor.city}</span
              >
            </button>
          </li>`;
        },
      )}
    </ol>
    <saxon-pager
      part="pager"
      exportparts="nav: pager-nav, page-button, current-page, previous-button, next-button"
      .total=${actors.length}
      .limit=${LIST_PAGE_SIZE}
      .offset=${offset}
      @saxon-page-change=${(event: CustomEvent<PageChangeDetail>) =>
        options.onPage(event.detail.offset)}
    ></saxon-pager>`;
}
