// Registers <saxon-event-list> and the shared elements it renders (guarded: safe to load twice).
import { defineElement } from '../shared/define.js';
import { defineSharedElements } from '../shared/define-shared.js';
import { SaxonEventList } from './event-list.js';

defineSharedElements();
defineElement('saxon-event-list', SaxonEventList);
