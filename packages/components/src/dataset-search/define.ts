// Registers <saxon-dataset-search> and the shared elements it renders (guarded: safe to load twice).
import { defineElement } from '../shared/define.js';
import { defineSharedElements } from '../shared/define-shared.js';
import { SaxonDatasetSearch } from './dataset-search.js';

defineSharedElements();
defineElement('saxon-dataset-search', SaxonDatasetSearch);
