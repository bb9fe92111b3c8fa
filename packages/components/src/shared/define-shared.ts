import { defineElement } from './define.js';
import { SaxonEmptyState } from './empty-state.js';
import { SaxonErrorPanel } from './error-panel.js';
import { SaxonPager } from './pager.js';
import { SaxonSkeleton } from './skeleton.js';

/**
 * Registers the shared pieces the widgets render — `<saxon-skeleton>`, `<saxon-error-panel>`,
 * `<saxon-empty-state>`, `<saxon-pager>` — unless a tag is already taken. Every widget's `define.ts`
 * calls it; call it yourself if you register widget classes under your own tags.
 */
export function defineSharedElements(): void {
  defineElement('saxon-skeleton', SaxonSkeleton);
  defineElement('saxon-error-panel', SaxonErrorPanel);
  defineElement('saxon-empty-state', SaxonEmptyState);
  defineElement('saxon-pager', SaxonPager);
}
