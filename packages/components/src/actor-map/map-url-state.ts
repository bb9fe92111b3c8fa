// What the map keeps in the page URL with `sync-url`: view, filters and the open actor.
import type { ActorCategory } from '@saxon-ai/sdk';
import { isOneOf } from '../shared/attributes.js';
import { kreisInfoByAgs } from '../shared/geo/kreis-table.js';
import type { UrlStateCodec } from '../shared/url-state.js';
import { CATEGORIES, VIEWS, type ActorMapView } from './attributes.js';

/** Everything of the map's state that a shared link or the back button restores. */
export interface MapUrlState {
  view: ActorMapView;
  /** The categories shown; all four when none is filtered out. */
  categories: readonly ActorCategory[];
  /** Topic ids (any of them matches); none for all topics. */
  topics: readonly string[];
  text: string;
  /** A Kreis key, or `''` for all of Saxony. */
  ags: string;
  /** The id of the actor whose card is open, if one is. */
  actor?: string;
}

/** Written for "no category at all" (every box unchecked), which differs from "all categories". */
const NO_CATEGORY = 'none';
/** Longer values are not ids of this directory: the URL was not written by the map. */
const MAX_ID_LENGTH = 200;

const keys = (namespace: string) => ({
  view: `${namespace}-view`,
  category: `${namespace}-category`,
  topic: `${namespace}-topic`,
  text: `${namespace}-q`,
  kreis: `${namespace}-kreis`,
  actor: `${namespace}-actor`,
});

const usableId = (value: string) => value !== '' && value.length <= MAX_ID_LENGTH;

/**
 * How the map's state is written in the page URL (`map-view=list&map-topic=robotik&map-kreis=14612
 * &map-actor=tu-dresden`). Defaults are left out; what is invalid (a view that is not one, a Kreis
 * that is not Saxon, an unknown category) reads as the default, so a hand-edited link still works.
 */
export const mapUrlCodec: UrlStateCodec<MapUrlState> = {
  keys: (namespace) => Object.values(keys(namespace)),
  read(params, namespace) {
    const k = keys(namespace);
    const view = params.get(k.view) ?? '';
    const named = params.getAll(k.category);
    const categories = CATEGORIES.filter((category) => named.includes(category));
    const onlyNone = named.length > 0 && named.every((value) => value === NO_CATEGORY);
    const ags = params.get(k.kreis)?.trim() ?? '';
    const actor = params.get(k.actor) ?? '';
    return {
      view: isOneOf(VIEWS, view) ? view : 'map',
      categories: categories.length > 0 || onlyNone ? categories : CATEGORIES,
      topics: [...new Set(params.getAll(k.topic).filter(usableId))],
      text: params.get(k.text) ?? '',
      ags: kreisInfoByAgs(ags) ? ags : '',
      ...(usableId(actor) ? { actor } : {}),
    };
  },
  write(params, namespace, state) {
    const k = keys(namespace);
    if (state.view !== 'map') params.set(k.view, state.view);
    if (state.categories.length === 0) params.set(k.category, NO_CATEGORY);
    else if (state.categories.length < CATEGORIES.length) {
      for (const category of state.categories) params.append(k.category, category);
    }
    for (const topic of state.topics) params.append(k.topic, topic);
    if (state.text.trim()) params.set(k.text, state.text);
    if (state.ags) params.set(k.kreis, state.ags);
    if (state.actor) params.set(k.actor, state.actor);
  },
};
