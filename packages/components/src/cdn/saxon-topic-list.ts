// dist/cdn/saxon-topic-list.js — <saxon-topic-list> alone, for pages that want only it.
import '../topic-list/define.js';

export { SaxonTopicList } from '../topic-list/topic-list.js';
export { registerLocale } from '../shared/i18n/locales.js';
