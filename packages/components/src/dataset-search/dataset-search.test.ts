import {
  createOpenDataClient,
  type Dataset,
  type OpenDataClient,
  type PortalType,
} from '@saxon-ai/sdk';
import { userEvent } from 'vitest/browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDemoApi, HOSTILE_URLS } from '@saxon-ai/demo-api';
import { deepQuery, deepText, sleep, until } from '../../test/fixture.js';
import {
  apiUrlOf,
  control,
  datasetSearch,
  deepActiveElement,
  facetCheckbox,
  demoClient,
  part,
  parts,
  resultsShown,
  searchRequestsLogged,
  setFaults,
  statusText,
  titles,
} from '../../test/support/dataset-search.js';

const PORTALS: PortalType[] = ['ckan', 'entrystore'];

beforeEach(() => {
  document.documentElement.lang = 'de';
});
afterEach(async () => {
  document.body.replaceChildren();
  document.documentElement.lang = 'de';
  vi.restoreAllMocks();
  await control('/faults', { method: 'DELETE' });
});

/** Types `text` into the focused field one key at a time, `gap` ms apart. */
async function typeSlowly(text: string, gap: number) {
  for (const char of text) {
    await userEvent.keyboard(char);
    await sleep(gap);
  }
}

describe('<saxon-dataset-search> states', () => {
  it('shows loading → results → error → retry → results', async () => {
    await setFaults([{ path: '/ckan/api/3/action/package_search', latencyMs: 600, times: 1 }]);
    const el = await datasetSearch((e) => (e.client = demoClient('ckan')));

    expect(part(el, 'skeleton')).not.toBeNull();
    expect(part(el, 'content')!.getAttribute('aria-busy')).toBe('true');
    expect(statusText(el)).toBe('');

    expect(await resultsShown(el)).toHaveLength(10);
    expect(statusText(el)).toBe('246 Datensätze gefunden');
    expect(part(el, 'summary')!.textContent!.trim()).toBe('246 Datensätze gefunden');
    const current = deepQuery(part(el, 'pager')!.shadowRoot!, '[aria-current="page"]')!;
    expect(current.textContent!.trim()).toBe('1');

    await setFaults([{ path: '/ckan/api/3/action/package_search', status: 503 }]);
    el.query = 'Schule';
    await until(() => expect(part(el, 'error')).not.toBeNull());
    expect(deepText(part(el, 'error')!)).toContain('Auf dem Server ist ein Fehler aufgetreten.');
    expect(statusText(el)).toBe('Auf dem Server ist ein Fehler aufgetreten.');

    await control('/faults', { method: 'DELETE' });
    deepQuery<HTMLButtonElement>(el.shadowRoot!, 'button[part="retry-button"]')!.click();
    await resultsShown(el);
    expect(statusText(el)).toBe('42 Datensätze gefunden');
  });

  it('offers to clear the filters or the search term when nothing is found', async () => {
    const el = await datasetSearch((e) => {
      e.client = demoClient('ckan');
      e.query = 'Quastenflosser';
    });
    await until(() => expect(part(el, 'empty')).not.toBeNull());
    expect(statusText(el)).toBe('Keine Datensätze gefunden.');
    const clearQuery = part<HTMLButtonElement>(el, 'empty-action')!;
    expect(clearQuery.textContent!.trim()).toBe('Suchbegriff entfernen');
    clearQuery.click();
    expect(await resultsShown(el)).toHaveLength(10);
    expect(part<HTMLInputElement>(el, 'search-input')!.value).toBe('');
    expect(deepActiveElement()).toBe(part(el, 'search-input'));

    // a filter and a term that find nothing together: either can be removed
    facetCheckbox(el, 'theme', 'Verkehr').click();
    await until(() => expect(statusText(el)).toBe('60 Datensätze gefunden'));
    el.query = 'Quastenflosser';
    await until(() => expect(parts(el, 'empty-action')).toHaveLength(2));
    expect(parts(el, 'empty-action').map((b) => b.textContent!.trim())).toEqual([
      'Alle Filter entfernen',
      'Suchbegriff entfernen',
    ]);
    parts(el, 'empty-action')[0]!.click();
    await until(() => expect(parts(el, 'empty-action')).toHaveLength(1));
    expect(parts(el, 'chip')).toHaveLength(0);
    parts(el, 'empty-action')[0]!.click();
    await until(() => expect(statusText(el)).toBe('246 Datensätze gefunden'));
  });

  it('tells the webmaster which attribute is missing, without a retry button', async () => {
    const el = await datasetSearch(() => {});
    await until(() => expect(part(el, 'error')).not.toBeNull());
    expect(deepText(part(el, 'error')!)).toContain(
      'Das Attribut „portal“ fehlt oder ist ungültig.',
    );
    expect(deepQuery(el.shadowRoot!, 'button[part="retry-button"]')).toBeNull();

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const wrongType = await datasetSearch((e) => {
      e.setAttribute('api-type', 'solr');
      e.setAttribute('api-url', apiUrlOf('ckan'));
    });
    await until(() => expect(deepText(part(wrongType, 'error')!)).toContain('„api-type“'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('unknown api-type "solr"'));
  });

  it('takes the portal type from a preset and the URL from api-url', async () => {
    // `portal="sachsen"` is an EntryStore portal: with api-url it talks EntryStore to the demo API.
    const el = await datasetSearch((e) => {
      e.setAttribute('portal', 'sachsen');
      e.setAttribute('api-url', apiUrlOf('entrystore'));
      e.setAttribute('page-size', '5');
    });
    expect(await resultsShown(el)).toHaveLength(5);
    expect(statusText(el)).toBe('246 Datensätze gefunden');
  });

  it('warns about a wrong page-size and heading-level and uses the defaults', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await datasetSearch((e) => {
      e.client = demoClient('ckan');
      e.setAttribute('page-size', 'viele');
      e.setAttribute('heading-level', '9');
    });
    expect(await resultsShown(el)).toHaveLength(10);
    expect(part(el, 'result')!.querySelector('h2 > a[part="result-link"]')).not.toBeNull();
    // once each, however often the element renders
    const about = (name: string) => warn.mock.calls.filter(([message]) => message.includes(name));
    expect(about('"page-size"')).toHaveLength(1);
    expect(about('"heading-level"')).toHaveLength(1);
  });

  it('speaks English when the page does', async () => {
    document.documentElement.lang = 'en';
    const el = await datasetSearch((e) => {
      e.setAttribute('api-type', 'ckan');
      e.setAttribute('api-url', apiUrlOf('ckan'));
    });
    await resultsShown(el);
    await until(() => expect(statusText(el)).toBe('246 datasets found'));
    await until(() => expect(deepText(part(el, 'filters')!)).toContain('Transport'));
    expect(part(el, 'search')!.getAttribute('aria-label')).toBe('Dataset search');
  });
});

describe.each(PORTALS)('<saxon-dataset-search> typing (%s)', (type) => {
  it('sends at most 2 searches for 10 characters typed 50 ms apart, keeping focus', async () => {
    const el = await datasetSearch((e) => (e.client = demoClient(type)));
    await resultsShown(el);
    await control('/requests', { method: 'DELETE' });

    part(el, 'search-input')!.focus();
    await typeSlowly('Luftqualit', 50);
    expect(deepActiveElement()).toBe(part(el, 'search-input'));

    await until(() => expect(statusText(el)).toMatch(/^\d+ Datens(atz|ätze) gefunden$/));
    await resultsShown(el);
    expect(titles(el).some((title) => title.includes('Luftqualität'))).toBe(true);
    await sleep(400); // anything late would be logged by now
    const searches = await searchRequestsLogged();
    expect(searches.length).toBeGreaterThanOrEqual(1);
    expect(searches.length).toBeLessThanOrEqual(2);
    expect(decodeURIComponent(searches.at(-1)!).toLowerCase()).toContain('luftqualit');
    expect(deepActiveElement()).toBe(part(el, 'search-input'));
  });

  it('never shows a slow earlier answer that arrives after a newer one', async () => {
    // The first search answers late, and answers even though the widget cancels it — as a client
    // that ignores the signal would. Only the widget's own newest-wins rule can keep it off screen.
    const portal = demoClient(type);
    const signals: (AbortSignal | undefined)[] = [];
    let slowArrived!: () => void;
    const slow = new Promise<void>((resolve) => (slowArrived = resolve));
    const client: OpenDataClient = {
      // the expert links (API URL, representations, feed) as the portal's own client builds them
      datasetApiUrl: (dataset) => portal.datasetApiUrl(dataset),
      representations: (dataset) => portal.representations(dataset),
      feedUrl: (query) => portal.feedUrl(query),
      portal: portal.portal,
      dataset: (id, options) => portal.dataset(id, options),
      searchAll: (query, options) => portal.searchAll(query, options),
      search: async (query, options) => {
        // Which call this is, fixed when it starts: the first may still be busy when the second
        // one begins (the in-page demo index is built on first use, slowly on a loaded machine).
        const call = signals.push(options?.signal);
        const page = await portal.search(query);
        if (call === 1) {
          await sleep(1200);
          slowArrived();
        }
        return page;
      },
    };
    const el = await datasetSearch((e) => {
      e.client = client;
      e.query = 'Schule';
    });
    const input = part<HTMLInputElement>(el, 'search-input')!;
    input.focus();
    input.select();
    await userEvent.keyboard('Luftqualität{Enter}');

    const newer = await resultsShown(el);
    expect(newer.some((title) => title.includes('Luftqualität'))).toBe(true);
    expect(statusText(el)).not.toBe('42 Datensätze gefunden');
    await slow;
    await sleep(100);
    expect(signals[0]!.aborted).toBe(true); // the widget did cancel it
    expect(titles(el)).toEqual(newer);
    expect(statusText(el)).not.toBe('42 Datensätze gefunden'); // "Schule" finds 42
    expect(input.value).toBe('Luftqualität');
  });
});

describe.each(PORTALS)('<saxon-dataset-search> with hostile portal data (%s)', (type) => {
  it('renders it as inert text: no script runs, no javascript: link appears', async () => {
    const hostile = createDemoApi({ hostile: true });
    const client = createOpenDataClient({
      type,
      baseUrl: `https://hostile.invalid/${type === 'ckan' ? 'ckan' : 'entrystore/store'}`,
      fetch: (input, init) => Promise.resolve(hostile.fetch(new Request(input, init))),
    });
    const el = await datasetSearch((e) => {
      e.client = client;
      e.setAttribute('facets', 'publisher theme format license keyword');
    });
    await resultsShown(el);
    const root = el.shadowRoot!;
    // markup in labels arrives as text: characters on screen, no elements
    const labels = [
      ...root.querySelectorAll('.option-label, .result-title a, [part="result-facts"] dd'),
    ];
    expect(labels.some((label) => /<[a-z]/i.test(label.textContent!))).toBe(true);
    expect(labels.every((label) => label.querySelector('*:not(time, ul, li)') === null)).toBe(true);

    // open every result of the page: the detail shows the most fields and links
    for (let index = 0; index < parts(el, 'result-link').length; index++) {
      parts(el, 'result-link')[index]!.click();
      await until(() => expect(part(el, 'detail')).not.toBeNull());
      expect(root.querySelectorAll('script, img, iframe, object, embed, svg')).toHaveLength(0);
      for (const link of root.querySelectorAll('a')) {
        expect(link.getAttribute('href')).toMatch(/^(https?:|mailto:|#)/);
      }
      part<HTMLButtonElement>(el, 'back-button')!.click();
      await until(() => expect(part(el, 'detail')).toBeNull());
    }
    await sleep(100);
    expect(root.querySelector('a[href^="javascript:" i]')).toBeNull();
    expect((window as { __saxonPwned?: unknown }).__saxonPwned).toBeUndefined();
  });
});

describe('<saxon-dataset-search> with a client that passes hostile URLs on', () => {
  it('builds links only from http(s) and mailto URLs, whatever the client returns', async () => {
    // A page may hand in any client (another SDK copy with validation off, its own adapter): the
    // widget does not rely on the SDK's URL normalisation.
    const portal = demoClient('ckan');
    let next = 0;
    const url = () => HOSTILE_URLS[next++ % HOSTILE_URLS.length]!;
    const poison = (dataset: Dataset): Dataset => ({
      ...dataset,
      landingPage: url(),
      license: { ...dataset.license, uri: url() },
      distributions: dataset.distributions.map((d) => ({
        ...d,
        accessUrl: url(),
        downloadUrl: url(),
      })),
    });
    const client: OpenDataClient = {
      datasetApiUrl: (dataset) => portal.datasetApiUrl(dataset),
      representations: (dataset) => portal.representations(dataset),
      feedUrl: (query) => portal.feedUrl(query),
      portal: portal.portal,
      dataset: async (id, options) => poison(await portal.dataset(id, options)),
      searchAll: (query, options) => portal.searchAll(query, options),
      search: async (query, options) => {
        const page = await portal.search(query, options);
        return { ...page, items: page.items.map(poison) };
      },
    };
    const el = await datasetSearch((e) => (e.client = client));
    await resultsShown(el);
    const root = el.shadowRoot!;
    const hrefs = () => [...root.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
    expect(hrefs().length).toBeGreaterThan(0);
    expect(hrefs().every((href) => /^(https?:|mailto:|#dataset-)/.test(href))).toBe(true);

    for (let index = 0; index < parts(el, 'result-link').length; index++) {
      parts(el, 'result-link')[index]!.click();
      await until(() => expect(part(el, 'detail')).not.toBeNull());
      expect(hrefs().every((href) => /^(https?:|mailto:)/.test(href))).toBe(true);
      part<HTMLButtonElement>(el, 'back-button')!.click();
      await until(() => expect(part(el, 'detail')).toBeNull());
    }
    expect((window as { __saxonPwned?: unknown }).__saxonPwned).toBeUndefined();
  });
});
