// Registers <saxon-actor-map> and the shared elements it renders (guarded: safe to load twice).
import { defineElement } from '../shared/define.js';
import { defineSharedElements } from '../shared/define-shared.js';
import { SaxonActorMap } from './actor-map.js';

defineSharedElements();
defineElement('saxon-actor-map', SaxonActorMap);
