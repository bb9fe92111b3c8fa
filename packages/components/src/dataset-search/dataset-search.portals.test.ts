// Acceptance 2: facet filtering, sorting, paging and the URL round trip (reload and back button
// restore the same results), against the demo API's CKAN and EntryStore emulations alike.
import type { PortalType } from '@saxon-ai/sdk';
import { userEvent } from 'vitest/browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { until } from '../../test/fixture.js';
import type { SaxonDatasetSearch } from './dataset-search.js';
import {
  afterLoad,
  datasetSearch,
  deepActiveElement,
  demoClient,
  facetCheckbox,
  facetCount,
  part,
  parts,
  resultsShown,
  statusText,
  titles,
} from '../../test/support/dataset-search.js';

const startUrl = location.href;

beforeEach(() => {
  document.documentElement.lang = 'de';
});
afterEach(() => {
  document.body.replaceChildren();
  history.replaceState(history.state, '', startUrl);
});

/** The pager's page buttons, in its own shadow root. */
const pageButton = (el: Element, label: string) =>
  part(el, 'pager')!.shadowRoot!.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`)!;
const currentPage = (el: Element) =>
  part(el, 'pager')!.shadowRoot!.querySelector('[aria-current="page"]')?.textContent?.trim();

/** Chooses a sort order as a visitor does. */
function chooseSort(el: Element, order: string) {
  const select = part<HTMLSelectElement>(el, 'sort')!;
  select.value = order;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

const formatsOfResults = (el: Element) =>
  parts(el, 'result').map((result) =>
    [...result.querySelectorAll('[part="format"]')].map((f) => f.textContent!.trim()),
  );

describe.each<PortalType>(['ckan', 'entrystore'])('<saxon-dataset-search> on %s', (type) => {
  const mount = (setup: (el: SaxonDatasetSearch) => void = () => {}) =>
    datasetSearch((e) => {
      e.client = demoClient(type);
      setup(e);
    });

  it('filters by facets, shows them as chips and removes them again', async () => {
    const el = await mount();
    await resultsShown(el);
    const transport = facetCheckbox(el, 'theme', 'Verkehr');
    const expected = facetCount(transport);
    expect(expected).toBe(60);

    await afterLoad(el, () => transport.click());
    expect(statusText(el)).toBe(`${expected} Datensätze gefunden`);
    expect(facetCheckbox(el, 'theme', 'Verkehr').checked).toBe(true);

    const csv = facetCheckbox(el, 'format', 'CSV');
    const both = facetCount(csv);
    await afterLoad(el, () => csv.click());
    expect(statusText(el)).toBe(`${both} Datensätze gefunden`);
    expect(both).toBeLessThan(expected);
    expect(formatsOfResults(el).every((formats) => formats.includes('CSV'))).toBe(true);

    const chips = parts(el, 'chip');
    expect(chips.map((chip) => chip.getAttribute('aria-label'))).toEqual([
      'Kategorie: Verkehr entfernen',
      'Format: CSV entfernen',
    ]);
    chips[0]!.focus();
    await afterLoad(el, () => chips[0]!.click());
    expect(parts(el, 'chip')).toHaveLength(1);
    expect(deepActiveElement()).toBe(parts(el, 'chip')[0]); // focus moved to the next chip
    expect(statusText(el)).toBe(
      `${facetCount(facetCheckbox(el, 'format', 'CSV'))} Datensätze gefunden`,
    );

    await afterLoad(el, () => part(el, 'clear-filters')!.click());
    expect(statusText(el)).toBe('246 Datensätze gefunden');
    expect(parts(el, 'chip')).toHaveLength(0);
  });

  it('sorts by title and by last modified', async () => {
    const el = await mount((e) => e.setAttribute('page-size', '20'));
    await resultsShown(el);

    const byTitle = await afterLoad(el, () => chooseSort(el, 'title'));
    const collator = new Intl.Collator('de');
    expect(byTitle).toEqual([...byTitle].sort(collator.compare));

    await afterLoad(el, () => chooseSort(el, 'modified'));
    const dates = parts(el, 'result').map((r) => Date.parse(r.querySelector('time')!.dateTime));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(el.sort).toBe('modified');
  });

  it('pages on, marks the current page and announces it', async () => {
    const el = await mount();
    const first = await resultsShown(el);
    expect(currentPage(el)).toBe('1');

    const second = await afterLoad(el, () => pageButton(el, 'Seite 2').click());
    expect(second).toHaveLength(10);
    expect(second.some((title) => first.includes(title))).toBe(false);
    expect(currentPage(el)).toBe('2');
    expect(statusText(el)).toBe('246 Datensätze gefunden, Seite 2 von 25');
    await until(() => expect(deepActiveElement()).toBe(part(el, 'summary')));

    // 246 demo datasets: the last page holds the remaining 6
    const last = await afterLoad(el, () => pageButton(el, 'Seite 25').click());
    expect(last).toHaveLength(6);
    expect(currentPage(el)).toBe('25');
  });

  it('keeps query, filters, sort and page in the URL: reload and back restore the results', async () => {
    const attributes = (e: SaxonDatasetSearch) => e.setAttribute('sync-url', '');
    let el = await mount(attributes);
    const start = await resultsShown(el);

    const input = part<HTMLInputElement>(el, 'search-input')!;
    input.value = 'Schulen';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    const typed = await afterLoad(el, () => part(el, 'search-button')!.click());
    const educ = () => facetCheckbox(el, 'theme', 'Bildung, Kultur und Sport');
    const filtered = await afterLoad(el, () => educ().click());
    const sorted = await afterLoad(el, () => chooseSort(el, 'title'));
    const paged = await afterLoad(el, () => pageButton(el, 'Seite 2').click());
    expect(paged).not.toEqual(sorted);
    expect(typed).not.toEqual(start);

    const params = new URLSearchParams(location.search);
    expect(params.get('ds-q')).toBe('Schulen');
    expect(params.getAll('ds-theme')).toEqual(['EDUC']);
    expect(params.get('ds-sort')).toBe('title');
    expect(params.get('ds-page')).toBe('2');

    // "reload": a new element on the same URL shows the same page of the same search
    el.remove();
    el = await mount(attributes);
    expect(await resultsShown(el)).toEqual(paged);
    expect(part<HTMLInputElement>(el, 'search-input')!.value).toBe('Schulen');
    expect(educ().checked).toBe(true);
    expect(part<HTMLSelectElement>(el, 'sort')!.value).toBe('title');
    expect(currentPage(el)).toBe('2');

    // the back button steps through the visitor's changes …
    for (const expected of [sorted, filtered, typed]) {
      await afterLoad(el, () => history.back());
      expect(titles(el)).toEqual(expected);
    }
    expect(part<HTMLInputElement>(el, 'search-input')!.value).toBe('Schulen');
    expect(part<HTMLSelectElement>(el, 'sort')!.value).toBe('relevance');
    expect(parts(el, 'chip')).toHaveLength(0);

    // … and past the first one, to the element's own start
    expect(await afterLoad(el, () => history.back())).toEqual(start);
    expect(part<HTMLInputElement>(el, 'search-input')!.value).toBe('');
    expect(location.href).toBe(startUrl);
  });
});

describe('<saxon-dataset-search> in the URL next to another one', () => {
  it('keeps to its own parameters and makes one history entry of a typed search', async () => {
    const city = await datasetSearch((e) => {
      e.client = demoClient('ckan');
      e.setAttribute('sync-url', 'stadt');
    });
    const state = await datasetSearch((e) => {
      e.client = demoClient('entrystore');
      e.setAttribute('sync-url', 'land');
    });
    await resultsShown(city);
    await resultsShown(state);

    await afterLoad(state, () => facetCheckbox(state, 'theme', 'Verkehr').click());
    // typed in two bursts with a pause: two searches, one history entry
    part(city, 'search-input')!.focus();
    await afterLoad(city, () => userEvent.keyboard('Schul'));
    await afterLoad(city, () => userEvent.keyboard('en'));
    const ours = (params: URLSearchParams) =>
      [...params.keys()].filter((key) => /^(stadt|land)-/.test(key)).sort();
    let params = new URLSearchParams(location.search);
    expect(ours(params)).toEqual(['land-theme', 'stadt-q']);
    expect(params.get('stadt-q')).toBe('Schulen');
    expect(statusText(state)).toBe('60 Datensätze gefunden');

    // one step back undoes the whole typed search and leaves the other widget alone
    await afterLoad(city, () => history.back());
    expect(part<HTMLInputElement>(city, 'search-input')!.value).toBe('');
    expect(statusText(city)).toBe('246 Datensätze gefunden');
    expect(facetCheckbox(state, 'theme', 'Verkehr').checked).toBe(true);
    params = new URLSearchParams(location.search);
    expect(ours(params)).toEqual(['land-theme']);

    await afterLoad(state, () => history.back());
    expect(statusText(state)).toBe('246 Datensätze gefunden');
    expect(location.href).toBe(startUrl);
  });
});
