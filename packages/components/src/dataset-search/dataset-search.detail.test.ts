// Opening a result: what the detail shows, the event it fires, focus in and out, heading levels.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { until } from '../../test/fixture.js';
import type { DatasetSelectDetail } from './dataset-search.js';
import {
  datasetSearch,
  deepActiveElement,
  demoClient,
  part,
  parts,
  resultsShown,
  apiOrigin,
} from '../../test/support/dataset-search.js';

const ATTRIBUTION = 'Landeshauptstadt Dresden, Umweltamt (Demo-Namensnennung)';

/**
 * The demo data carries no attribution texts; this client adds one to every CKAN package on the
 * way, as GovData's `licenseAttributionByText` extra, so the SDK parses it like a real one.
 */
const clientWithAttribution = () =>
  demoClient('ckan', async (request, send) => {
    const response = await send();
    if (!request.url.includes('/package_search')) return response;
    const body = await response.json();
    for (const pkg of body.result.results) {
      pkg.extras = [...(pkg.extras ?? []), { key: 'licenseAttributionByText', value: ATTRIBUTION }];
    }
    return Response.json(body, { status: response.status });
  });

const TITLE = 'Luftqualität Messstationen in Dresden';
const resultLink = (el: Element) =>
  parts<HTMLAnchorElement>(el, 'result-link').find((link) => link.textContent!.trim() === TITLE)!;

beforeEach(() => {
  document.documentElement.lang = 'de';
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('<saxon-dataset-search> detail', () => {
  it('shows description, keywords, categories, every distribution, the licence and the portal link', async () => {
    const el = await datasetSearch((e) => {
      e.client = clientWithAttribution();
      e.query = 'Luftqualität';
      e.setAttribute('heading-level', '3');
    });
    await resultsShown(el);
    expect(resultLink(el).parentElement!.tagName).toBe('H3');
    const selected: DatasetSelectDetail[] = [];
    el.addEventListener('saxon-dataset-select', (event) => selected.push(event.detail));
    document.body.addEventListener('saxon-dataset-select', () => selected.push({} as never));

    resultLink(el).click();
    await until(() => expect(part(el, 'detail')).not.toBeNull());
    expect(selected).toHaveLength(2); // bubbles to the page
    expect(selected[0]!.dataset.title).toBe(TITLE);
    expect(deepActiveElement()).toBe(part(el, 'detail-title'));
    expect(part(el, 'detail-title')!.tagName).toBe('H3');
    expect(
      [...part(el, 'detail')!.querySelectorAll('h4')].map((h) => h.textContent!.trim()),
    ).toEqual(['Beschreibung', 'Daten und Downloads', 'Lizenz']);

    const detail = part(el, 'detail')!;
    const text = detail.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain(
      'Standorte und aktuelle Messwerte der Luftgütemessstationen in Dresden.',
    );
    expect([...detail.querySelectorAll('.description li')].map((li) => li.textContent)).toContain(
      'Schadstoff',
    );
    const tags = [...detail.querySelectorAll('.tag')].map((tag) => tag.textContent!.trim());
    expect(tags).toEqual(expect.arrayContaining(['Umwelt', 'Gesundheit', 'Messstationen']));

    const distributions = parts(el, 'distribution');
    expect(distributions).toHaveLength(2);
    const csv = distributions[0]!.querySelector('a')!;
    // The demo API serves the file itself, on its own origin.
    expect(csv.href.startsWith(`${apiOrigin}/demo/dateien/`)).toBe(true);
    expect(csv.href).toMatch(/\.csv$/);
    expect(csv.textContent!.trim()).toBe(`${TITLE} (CSV)`);
    const csvFacts = el.shadowRoot!.getElementById(csv.getAttribute('aria-describedby')!)!;
    // The demo file is small (its exact size, under 1 kB): shown in bytes.
    expect(csvFacts.textContent!.trim()).toMatch(/^CSV · \d{3} Byte · Download$/);
    expect(distributions[1]!.textContent).toContain('JSON · Zugang');

    const license = part(el, 'license')!.querySelector('a')!;
    expect(license.href).toMatch(/^http:\/\/dcat-ap\.de\/def\/licenses\//);
    expect(part(el, 'attribution')!.textContent).toContain(ATTRIBUTION);
    expect(part<HTMLAnchorElement>(el, 'portal-link')!.href).toBe(selected[0]!.dataset.landingPage);

    // Escape (or the back button) returns to the list, focus on the result that was open
    part(el, 'detail-title')!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    await until(() => expect(part(el, 'detail')).toBeNull());
    expect(deepActiveElement()).toBe(resultLink(el));
  });

  it("shows the description's Markdown: its link, its list, its emphasis; the teaser keeps items apart", async () => {
    const el = await datasetSearch((e) => {
      e.client = demoClient('ckan');
      e.query = 'Luftqualität';
    });
    await resultsShown(el);
    const result = resultLink(el).closest('[part="result"]')!;
    const teaser = result.querySelector('[part="result-description"]')!;
    expect(teaser.textContent!.replace(/\s+/g, ' ').trim()).toMatch(
      /^Standorte .* in Dresden\. Inhalt: Station und Stationstyp · Schadstoff · Messwert und Zeitstempel\. Die Daten/,
    );
    expect(teaser.querySelector('strong')!.textContent).toBe('Inhalt');
    expect(teaser.querySelector('a')).toBeNull(); // the result's title is its link

    resultLink(el).click();
    await until(() => expect(part(el, 'description')).not.toBeNull());
    const description = part(el, 'description')!;
    const link = description.querySelector('a')!;
    expect(link.textContent).toBe('Dokumentation');
    expect(link.getAttribute('href')).toMatch(
      /^https?:\/\/[^/]+\/demo\/portal\/dokumentation\/luftqualitaet-messstationen-in-dresden$/,
    );
    expect(link.closest('p')!.textContent).toBe('Weitere Informationen: Dokumentation');
    const items = [...description.querySelectorAll('ul > li')].map((li) => li.textContent);
    expect(items).toEqual(['Station und Stationstyp', 'Schadstoff', 'Messwert und Zeitstempel']);
    expect(description.querySelector('strong')!.textContent).toBe('Inhalt');
  });

  it('leaves the dataset to the page when it cancels saxon-dataset-select', async () => {
    const el = await datasetSearch((e) => {
      e.client = demoClient('ckan');
      e.query = 'Luftqualität';
    });
    await resultsShown(el);
    document.addEventListener('saxon-dataset-select', (event) => event.preventDefault(), {
      once: true,
    });
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    resultLink(el).dispatchEvent(click);
    await el.updateComplete;
    expect(click.defaultPrevented).toBe(true); // the link does not navigate either
    expect(part(el, 'detail')).toBeNull();

    // a click with a modifier (new tab) is the browser's: the widget leaves the link alone
    let leftToBrowser = false;
    el.addEventListener(
      'click',
      (event) => {
        leftToBrowser = !event.defaultPrevented;
        event.preventDefault(); // keeps this test page where it is
      },
      { once: true },
    );
    resultLink(el).dispatchEvent(
      new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, ctrlKey: true }),
    );
    await el.updateComplete;
    expect(leftToBrowser).toBe(true);
    expect(part(el, 'detail')).toBeNull();
    expect(resultLink(el).href.startsWith(`${apiOrigin}/demo/portal/datensatz/`)).toBe(true);
  });
});
