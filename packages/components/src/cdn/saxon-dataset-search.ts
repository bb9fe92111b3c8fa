// dist/cdn/saxon-dataset-search.js — <saxon-dataset-search> alone, for pages that want only it.
import '../dataset-search/define.js';

export { SaxonDatasetSearch } from '../dataset-search/dataset-search.js';
export { registerLocale } from '../shared/i18n/locales.js';
