// The facet groups and the active-filter chips load with `import()` beside the first search
// (facets-source.ts, issue 27): the results never wait for them; while they load, their column is
// reserved with placeholder bars, so the results do not move when they arrive; a failed load shows
// why, with "Erneut versuchen" that a keyboard reaches, and focus lands on the first group.
import { userEvent } from 'vitest/browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { until } from '../../test/fixture.js';
import {
  datasetSearch,
  deepActiveElement,
  demoClient,
  facetCheckbox,
  part,
  parts,
} from '../../test/support/dataset-search.js';
import { facetsSource, type FacetsModule } from './facets-source.js';

const realLoad = facetsSource.load;

beforeEach(() => {
  document.documentElement.lang = 'de';
});
afterEach(() => {
  facetsSource.load = realLoad;
  document.body.replaceChildren();
});

/** Holds the facets' code back until `release()`, or fails it with `fail()`. */
function heldFacets() {
  let release!: () => void;
  let fail!: () => void;
  const loads: Promise<FacetsModule>[] = [];
  facetsSource.load = () => {
    const load = new Promise<FacetsModule>((resolve, reject) => {
      release = () => void realLoad().then(resolve, reject);
      fail = () => reject(new Error('offline'));
    });
    loads.push(load);
    return load;
  };
  return { release: () => release(), fail: () => fail(), loads };
}

/** A search wide enough for the facets beside the results (46rem and more). */
const wideSearch = () =>
  datasetSearch((e) => {
    e.style.display = 'block';
    e.style.width = '60rem';
    e.client = demoClient('ckan');
    e.facets = 'format theme';
  });

const resultCount = (el: Element) => parts(el, 'result').length;

describe(
  '<saxon-dataset-search> facets loaded beside the first search',
  { timeout: 60_000 },
  () => {
    it('shows the results before the facets, in a reserved column that does not move them', async () => {
      const held = heldFacets();
      const el = await wideSearch();
      await until(() => expect(resultCount(el)).toBeGreaterThan(0), 15_000);

      // The results are there; the facets' column holds placeholder bars, busy.
      expect(held.loads).toHaveLength(1);
      expect(part(el, 'filters')).toBeNull();
      const frame = el.shadowRoot!.querySelector('#filters')!;
      expect(frame.getAttribute('aria-busy')).toBe('true');
      expect(frame.querySelector('saxon-skeleton')).not.toBeNull();
      const before = part(el, 'result')!.getBoundingClientRect();
      expect(before.left - el.getBoundingClientRect().left).toBeGreaterThan(150); // beside the column

      held.release();
      await until(() => expect(facetCheckbox(el, 'format', 'CSV')).toBeTruthy(), 15_000);
      const after = part(el, 'result')!.getBoundingClientRect();
      expect([after.left, after.top, after.width]).toEqual([before.left, before.top, before.width]);
      expect(el.shadowRoot!.querySelector('#filters')!.getAttribute('part')).toBe('filters');
      expect(part(el, 'facet-summary')!.textContent).toContain('Format');
      expect(held.loads).toHaveLength(1);
    });

    it('a failed load says why; "Erneut versuchen" by keyboard brings the groups and focus', async () => {
      const held = heldFacets();
      const el = await wideSearch();
      held.fail();
      const error = await until(() => {
        const found = part(el, 'filters-error');
        expect(found).not.toBeNull();
        return found!;
      }, 15_000);
      expect(error.getAttribute('role')).toBe('alert');
      expect(error.textContent).toContain('Die Filter konnten nicht geladen werden.');
      await until(() => expect(resultCount(el)).toBeGreaterThan(0), 15_000);

      const retry = part<HTMLButtonElement>(el, 'filters-retry')!;
      expect(retry.textContent!.trim()).toBe('Erneut versuchen');
      retry.focus();
      await userEvent.keyboard('{Enter}');
      // The retry loads again: placeholder bars while it does, then the groups.
      await until(() =>
        expect(el.shadowRoot!.querySelector('#filters saxon-skeleton')).not.toBeNull(),
      );
      expect(held.loads).toHaveLength(2);
      held.release();
      await until(() => expect(deepActiveElement()).toBe(part(el, 'facet-summary')), 15_000);
      expect(part(el, 'filters-error')).toBeNull();
    });

    it('brings its English texts along on an English page', async () => {
      document.documentElement.lang = 'en';
      const el = await wideSearch();
      await until(
        () =>
          expect(parts(el, 'facet-summary').map((s) => s.textContent!.trim())).toContain(
            'Category',
          ),
        15_000,
      );
      expect(part(el, 'filters')!.getAttribute('aria-label')).toBe('Filters');
    });
  },
);
