// dist/cdn/saxon-entry-form.js — <saxon-entry-form> alone, for pages that want only it.
import '../entry-form/define.js';

export { SaxonEntryForm } from '../entry-form/entry-form.js';
export { registerLocale } from '../shared/i18n/locales.js';
