// Registers <saxon-topic-list> and the shared elements it renders (guarded: safe to load twice).
import { defineElement } from '../shared/define.js';
import { defineSharedElements } from '../shared/define-shared.js';
import { SaxonTopicList } from './topic-list.js';

defineSharedElements();
defineElement('saxon-topic-list', SaxonTopicList);
