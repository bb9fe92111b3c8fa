// Issue 19, point 10: the detail view has its own URL (with `sync-url`): a link opens it directly,
// the browser's back button closes it and returns to the results, focus where the visitor was.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deepText, until } from '../../test/fixture.js';
import type { SaxonDatasetSearch } from './dataset-search.js';
import {
  datasetSearch,
  deepActiveElement,
  demoClient,
  part,
  parts,
  resultsShown,
  titles,
} from '../../test/support/dataset-search.js';

const startUrl = location.href;
const TITLE = 'Luftqualität Messstationen in Dresden';

beforeEach(() => {
  document.documentElement.lang = 'de';
});
afterEach(() => {
  document.body.replaceChildren();
  history.replaceState(null, '', startUrl);
});

const syncing = (setup?: (el: SaxonDatasetSearch) => void) =>
  datasetSearch((e) => {
    e.client = demoClient('ckan');
    e.setAttribute('sync-url', '');
    setup?.(e);
  });

const detailTitle = (el: Element) => part(el, 'detail-title')?.textContent?.trim();
const resultLink = (el: Element) =>
  parts<HTMLAnchorElement>(el, 'result-link').find((link) => link.textContent!.trim() === TITLE)!;

/** `history.back()`, resolved once the browser has said so (popstate). */
const back = () =>
  new Promise<void>((resolve) => {
    window.addEventListener('popstate', () => resolve(), { once: true });
    history.back();
  });

describe('<saxon-dataset-search> detail in the URL', () => {
  it('opening a result adds a history entry naming it; Back shows the results again', async () => {
    const el = await syncing((e) => (e.query = 'Luftqualität'));
    const list = await resultsShown(el);
    const before = location.href;
    resultLink(el).focus();
    resultLink(el).click();
    await until(() => expect(detailTitle(el)).toBe(TITLE));
    const id = new URLSearchParams(location.search).get('ds-dataset');
    expect(id).toBeTruthy();
    expect(new URLSearchParams(location.search).get('ds-q')).toBe('Luftqualität');

    await back();
    await until(() => expect(part(el, 'detail')).toBeNull());
    expect(location.href).toBe(before);
    expect(titles(el)).toEqual(list);
    expect(deepActiveElement()).toBe(resultLink(el)); // focus back on the result that was open

    // forward opens it again
    await new Promise<void>((resolve) => {
      window.addEventListener('popstate', () => resolve(), { once: true });
      history.forward();
    });
    await until(() => expect(detailTitle(el)).toBe(TITLE));
    expect(deepActiveElement()).toBe(part(el, 'detail-title'));
  });

  it('"Zurück zur Trefferliste" goes back in history instead of piling up entries', async () => {
    const el = await syncing((e) => (e.query = 'Luftqualität'));
    await resultsShown(el);
    const before = location.href;
    const entries = history.length;
    resultLink(el).click();
    await until(() => expect(part(el, 'detail')).not.toBeNull());
    expect(history.length).toBe(entries + 1);
    part<HTMLButtonElement>(el, 'back-button')!.click();
    await until(() => expect(part(el, 'detail')).toBeNull());
    expect(location.href).toBe(before);
    expect(deepActiveElement()).toBe(resultLink(el));
  });

  it('a link to the detail opens it directly, without moving focus; closing it shows the results', async () => {
    // the id as the widget writes it
    let el = await syncing((e) => (e.query = 'Luftqualität'));
    await resultsShown(el);
    resultLink(el).click();
    await until(() => expect(detailTitle(el)).toBe(TITLE));
    const link = location.href;
    el.remove();
    history.replaceState(null, '', startUrl);

    // a visitor follows the link: a new page with the same URL
    history.replaceState(null, '', link);
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    el = await syncing();
    await until(() => expect(detailTitle(el)).toBe(TITLE), 10_000);
    expect(document.activeElement).toBe(outside);
    expect(part(el, 'description')!.textContent).toContain('Luftgütemessstationen');

    part<HTMLButtonElement>(el, 'back-button')!.click();
    await until(() => expect(part(el, 'detail')).toBeNull());
    await resultsShown(el);
    expect(new URLSearchParams(location.search).has('ds-dataset')).toBe(false);
    expect(part<HTMLInputElement>(el, 'search-input')!.value).toBe('Luftqualität');
  });

  it('a link to a dataset that does not exist shows an error and the way back', async () => {
    history.replaceState(null, '', `${startUrl.split('?')[0]}?ds-dataset=gibt-es-nicht`);
    const el = await syncing();
    await until(() => expect(part(el, 'error')).not.toBeNull(), 10_000);
    expect(deepText(part(el, 'error')!)).toMatch(/gibt es nicht/);
    part<HTMLButtonElement>(el, 'back-button')!.click();
    await resultsShown(el);
    expect(new URLSearchParams(location.search).has('ds-dataset')).toBe(false);
  });
});
