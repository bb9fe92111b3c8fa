// Registers <saxon-event-list> and the shared elements it renders (guarded: safe to load twice).
// Only those three: `defineSharedElements()` would also bring `<saxon-pager>` (3.3 kB minified)
// into saxon-event-list.js, which pages through nothing. The package's `define` entry and
// saxon-widgets.js still register every shared element.
import { defineElement } from '../shared/define.js';
import { SaxonEmptyState } from '../shared/empty-state.js';
import { SaxonErrorPanel } from '../shared/error-panel.js';
import { SaxonSkeleton } from '../shared/skeleton.js';
import { SaxonEventList } from './event-list.js';

defineElement('saxon-skeleton', SaxonSkeleton);
defineElement('saxon-error-panel', SaxonErrorPanel);
defineElement('saxon-empty-state', SaxonEmptyState);
defineElement('saxon-event-list', SaxonEventList);
