// Acceptance 3: a keyboard-only journey — search, filter, open a result, reach a download link,
// go back, page on — with real key presses (Chromium through Playwright) and nothing else.
import type { PortalType } from '@saxon-ai/sdk';
import { userEvent } from 'vitest/browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { until } from '../../test/fixture.js';
import type { DatasetSelectDetail } from './dataset-search.js';
import {
  afterLoad,
  apiOrigin,
  datasetSearch,
  deepActiveElement,
  demoClient,
  facetCheckbox,
  part,
  parts,
  resultsShown,
  statusText,
} from '../../test/support/dataset-search.js';

beforeEach(() => {
  document.documentElement.lang = 'de';
});
afterEach(() => {
  document.body.replaceChildren();
});

/** Presses Tab until `target()` has focus; fails if it is not reached in `max` presses. */
async function tabTo(target: () => Element | null | undefined, max = 60): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    await userEvent.tab();
    if (deepActiveElement() === target()) return;
  }
  throw new Error(
    `not reached with ${max} presses of Tab; focus is on ${deepActiveElement()?.outerHTML.slice(0, 120)}`,
  );
}

const press = (keys: string) => () => userEvent.keyboard(keys);

describe.each<PortalType>(['ckan', 'entrystore'])(
  '<saxon-dataset-search> by keyboard (%s)',
  (type) => {
    it('searches, filters, opens a result, reaches a download link and pages on', async () => {
      const before = document.createElement('button');
      before.textContent = 'Vor dem Widget';
      document.body.append(before);
      const el = await datasetSearch((e) => (e.client = demoClient(type)));
      await resultsShown(el);
      const selected: DatasetSelectDetail[] = [];
      document.addEventListener(
        'saxon-dataset-select',
        (event) => selected.push((event as CustomEvent<DatasetSelectDetail>).detail),
        {
          once: true,
        },
      );

      // search: Tab into the field, type, Enter
      before.focus();
      await tabTo(() => part(el, 'search-input'));
      await afterLoad(el, press('Verkehr{Enter}'));
      expect(statusText(el)).toMatch(/^\d+ Datensätze gefunden$/);
      expect(deepActiveElement()).toBe(part(el, 'search-input'));

      // filter: in this narrow layout the facets are folded: Tab to "Filter", Enter; then Tab to
      // a category, Space
      await tabTo(() => part(el, 'filter-toggle'));
      await userEvent.keyboard('{Enter}');
      await tabTo(() => facetCheckbox(el, 'theme', 'Verkehr'));
      await afterLoad(el, press(' '));
      expect(facetCheckbox(el, 'theme', 'Verkehr').checked).toBe(true);
      expect(deepActiveElement()).toBe(facetCheckbox(el, 'theme', 'Verkehr'));
      expect(parts(el, 'chip')).toHaveLength(1);
      const total = Number(statusText(el).replace(/\D/g, ''));

      // open the first result: Enter on its heading link; focus moves to the detail's title
      const link = parts(el, 'result-link')[0]!;
      const title = link.textContent!.trim();
      await tabTo(() => link);
      await userEvent.keyboard('{Enter}');
      await until(() => expect(part(el, 'detail')).not.toBeNull());
      expect(deepActiveElement()).toBe(part(el, 'detail-title'));
      expect(part(el, 'detail-title')!.textContent!.trim()).toBe(title);
      expect(selected.map((detail) => detail.dataset.title)).toEqual([title]);

      // reach a download link
      await tabTo(() => part(el, 'distribution-link'));
      // The demo API serves the downloads itself, on its own origin.
      expect((deepActiveElement() as HTMLAnchorElement).href.startsWith(`${apiOrigin}/demo/`)).toBe(
        true,
      );

      // Escape returns to the list, focus on the result that was opened
      await userEvent.keyboard('{Escape}');
      await until(() => expect(part(el, 'detail')).toBeNull());
      expect(deepActiveElement()?.textContent?.trim()).toBe(title);

      // page on: Tab to "Seite 2", Enter; focus lands on the new page's summary
      const pager = part(el, 'pager')!.shadowRoot!;
      await tabTo(() => pager.querySelector('button[aria-label="Seite 2"]'));
      await afterLoad(el, press('{Enter}'));
      expect(pager.querySelector('[aria-current="page"]')!.textContent!.trim()).toBe('2');
      expect(statusText(el)).toContain(`${total} Datensätze gefunden, Seite 2 von`);
      expect(deepActiveElement()).toBe(part(el, 'summary'));
    });
  },
);
