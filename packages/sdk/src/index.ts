export { SaxonError } from './errors.js';
export type { Language, SaxonErrorOptions } from './errors.js';
