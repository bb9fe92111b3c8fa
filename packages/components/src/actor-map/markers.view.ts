import type { ActorCategory } from '@saxon-ai/sdk';
import { html, nothing, svg } from 'lit';
import type { Localizer } from '../shared/i18n/localizer.js';
import type { MapItem } from './actor-index.js';
import { CATEGORIES, CATEGORY_LABEL } from './attributes.js';
import { cssom } from '../shared/cssom.js';
import { SPREAD_LIMIT } from './spread.js';
import { MAX_ZOOM } from './viewport.js';

// Every category has a colour and a shape of its own, so colour is never the only difference:
// company a square, research a circle, network a diamond, education a triangle.
const SHAPES: Record<ActorCategory, ReturnType<typeof svg>> = {
  company: svg`<rect class="shape" x="4" y="4" width="16" height="16" rx="1.5" />`,
  research: svg`<circle class="shape" cx="12" cy="12" r="9" />`,
  network: svg`<path class="shape" d="M12 1.5 22.5 12 12 22.5 1.5 12Z" />`,
  education: svg`<path class="shape" d="M12 2.5 22.5 21H1.5Z" />`,
};

/** The category's symbol, decorative: the text beside it names the category. */
export const categoryIcon = (category: ActorCategory) =>
  html`<svg
    class="icon"
    data-category=${category}
    viewBox="0 0 24 24"
    aria-hidden="true"
    focusable="false"
  >
    ${SHAPES[category]}
  </svg>`;

/** What the markers and clusters need from the element. */
export interface MarkerOptions {
  i18n: Localizer;
  /** Screen position of an item, in CSS pixels from the map's top left corner. */
  position: (item: MapItem) => { x: number; y: number };
  /** The key of the marker whose actor the detail card shows. */
  selectedKey: string | undefined;
  /** The key of the cluster whose actors are spread out around it. */
  spreadKey: string | undefined;
  onActivate: (item: MapItem) => void;
}

/** Placement of a marker, cluster or tile, set through the CSSOM (see `cssom.ts`). */
export const translate = ({ x, y }: { x: number; y: number }) => ({
  transform: `translate(${Math.round(x)}px, ${Math.round(y)}px)`,
});

/** The diameter class of a cluster: larger for more actors. */
const clusterSize = (count: number) =>
  count < 10 ? 's' : count < 100 ? 'm' : count < 1000 ? 'l' : 'xl';

/**
 * A marker (one actor) or a cluster as a focusable button, named for screen readers
 * ("Technische Universität Dresden, Forschung"; "12 Akteure – vergrößern"). A marker's name is
 * also its tooltip, shown on hover and keyboard focus.
 */
export function renderItem(item: MapItem, options: MarkerOptions) {
  const { i18n } = options;
  const onClick = () => options.onActivate(item);
  if (item.kind === 'actor') {
    const { actor } = item;
    const label = i18n.t('actorMapMarker', {
      name: actor.name,
      category: i18n.t(CATEGORY_LABEL[actor.category]),
    });
    return html`<button
      type="button"
      class=${item.key === options.selectedKey ? 'marker selected' : 'marker'}
      part="marker"
      data-key=${item.key}
      data-category=${actor.category}
      ${cssom(translate(options.position(item)))}
      @click=${onClick}
    >
      ${categoryIcon(actor.category)}<span class="tip">${label}</span>
    </button>`;
  }
  const here = item.expansionZoom > MAX_ZOOM;
  const spread = item.key === options.spreadKey;
  const canSpread = here && item.count <= SPREAD_LIMIT;
  const label = i18n.t(
    spread ? 'actorMapClusterGather' : here ? 'actorMapClusterHere' : 'actorMapCluster',
    { count: item.count },
  );
  return html`<button
    type="button"
    class=${spread ? `cluster spread size-${clusterSize(item.count)}` : `cluster size-${clusterSize(item.count)}`}
    part="cluster"
    data-key=${item.key}
    aria-expanded=${canSpread ? String(spread) : nothing}
    ${cssom(translate(options.position(item)))}
    @click=${onClick}
  >
    <span class="count" aria-hidden="true"
      >${i18n.number(item.count, item.count >= 10_000 ? { notation: 'compact' } : undefined)}</span
    ><span class="tip">${label}</span>
  </button>`;
}

/**
 * The lines from a spread-out cluster to each of its actors (decorative), so that the fan reads as
 * one place.
 */
export function renderSpreadLegs(
  items: readonly MapItem[],
  position: (item: MapItem) => { x: number; y: number },
) {
  const legs = items.flatMap((item) => {
    if (item.kind !== 'actor' || !item.offset) return [];
    const end = position(item);
    return [{ key: item.key, end, start: { x: end.x - item.offset.x, y: end.y - item.offset.y } }];
  });
  if (legs.length === 0) return nothing;
  return html`<svg class="legs" aria-hidden="true">
    ${legs.map(
      ({ start, end }) =>
        svg`<line x1=${Math.round(start.x)} y1=${Math.round(start.y)} x2=${Math.round(end.x)} y2=${Math.round(end.y)} />`,
    )}
  </svg>`;
}

/** The legend: each category's symbol and name, and what a cluster is. */
export function renderLegend(i18n: Localizer) {
  return html`<ul class="legend" part="legend" aria-label=${i18n.t('actorMapLegend')}>
    ${CATEGORIES.map(
      (category) =>
        html`<li data-category=${category}>
          ${categoryIcon(category)}<span>${i18n.t(CATEGORY_LABEL[category])}</span>
        </li>`,
    )}
    <li>
      <span class="cluster-symbol" aria-hidden="true">3</span
      ><span>${i18n.t('actorMapLegendCluster')}</span>
    </li>
  </ul>`;
}
