// The dataset search's facets are a chunk of dist/cdn/ loaded beside the first search (issue 27):
// under a strict CSP with Trusted Types they load, take their styles (a constructed style sheet),
// filter; and when the chunk cannot be fetched the column says so, and "Erneut versuchen" brings
// them.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStrictCspSite, widgetPage, type StrictCspSite } from './support/strict-csp-site.js';

const FACETS_CHUNK = /\/chunks\/saxon-dataset-search-facets\.view-\w+\.js$/;

describe('the dataset search’s facets chunk under a strict CSP and Trusted Types', () => {
  let env: StrictCspSite;

  beforeAll(async () => {
    env = await startStrictCspSite({
      files: (apiUrl) => ({
        '/': widgetPage({
          title: 'Offene Daten',
          stylesheets: ['/page.css'],
          scripts: ['/cdn/saxon-dataset-search.js'],
          body: `<saxon-dataset-search facets="format theme" api-type="ckan" api-url="${apiUrl}/ckan"></saxon-dataset-search>`,
        }),
        // Wide enough for the facets beside the results (a style sheet: the CSP allows no inline style).
        '/page.css': 'saxon-dataset-search { display: block; width: 60rem; }',
      }),
    });
  });

  afterAll(() => env?.close());

  const checkboxes = (page: Page) => page.locator('saxon-dataset-search [part="facet-checkbox"]');

  it('loads the facets, styled, and they filter', async () => {
    const { context, page, problems } = await env.watchedPage();
    await page.goto(env.site.url);
    await expect.poll(() => checkboxes(page).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    // The facets' styles came with the chunk: the checkboxes are 24 px targets.
    const width = await checkboxes(page)
      .first()
      .evaluate((box) => getComputedStyle(box).width);
    expect(Number.parseFloat(width)).toBeGreaterThanOrEqual(24);
    await checkboxes(page).first().check();
    await expect
      .poll(() => page.locator('saxon-dataset-search [part="chip"]').count(), { timeout: 30_000 })
      .toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it('says so when the chunk cannot be fetched; "Erneut versuchen" brings the facets', async () => {
    const { context, page, problems } = await env.watchedPage();
    let refused = 0;
    await page.route(FACETS_CHUNK, (route) =>
      refused++ === 0 ? route.abort('internetdisconnected') : route.continue(),
    );
    await page.goto(env.site.url);
    const retry = page.locator('saxon-dataset-search [part="filters-retry"]');
    await expect.poll(() => retry.count(), { timeout: 30_000 }).toBe(1);
    await expect
      .poll(() => page.locator('saxon-dataset-search [part="result"]').count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await retry.click();
    await expect.poll(() => checkboxes(page).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(refused).toBe(2);
    // The refused fetch is the only problem the page reports.
    expect(
      problems.filter((problem) => !/facets\.view|Failed to fetch|net::/i.test(problem)),
    ).toEqual([]);
    await context.close();
  }, 60_000);
});
