// Registers <saxon-entry-form> and the shared elements it renders (guarded: safe to load twice).
import { defineElement } from '../shared/define.js';
import { defineSharedElements } from '../shared/define-shared.js';
import { SaxonEntryForm } from './entry-form.js';

defineSharedElements();
defineElement('saxon-entry-form', SaxonEntryForm);
