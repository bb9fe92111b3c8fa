// What registering <saxon-event-list> brings along: the shared elements it renders, and not the
// ones it never shows (issue 27: `<saxon-pager>` in saxon-event-list.js cost 3.3 kB minified).
import { expect, it } from 'vitest';
import './define.js';

it('registers the list with the skeleton, error panel and empty state, and no pager', () => {
  for (const tag of [
    'saxon-event-list',
    'saxon-skeleton',
    'saxon-error-panel',
    'saxon-empty-state',
  ])
    expect(customElements.get(tag), tag).toBeDefined();
  expect(customElements.get('saxon-pager')).toBeUndefined();
});
