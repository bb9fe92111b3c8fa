// dist/cdn/saxon-event-list.js — <saxon-event-list> alone, for pages that want only it.
import '../event-list/define.js';

export { SaxonEventList } from '../event-list/event-list.js';
export { registerLocale } from '../shared/i18n/locales.js';
