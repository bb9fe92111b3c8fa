// dist/cdn/saxon-actor-map.js — <saxon-actor-map> alone, for pages that want only it.
import '../actor-map/define.js';

export { SaxonActorMap } from '../actor-map/actor-map.js';
export { registerLocale } from '../shared/i18n/locales.js';
