// The script-tag dataset search on an English page under a strict CSP and Trusted Types: its
// English texts and its detail view are lazy files of dist/cdn/chunks/ (built by `pnpm build`),
// fetched from the page's own origin, and the page never shows German first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStrictCspSite, widgetPage, type StrictCspSite } from './support/strict-csp-site.js';

describe('the dataset search in English under a strict CSP and Trusted Types', () => {
  let env: StrictCspSite;

  beforeAll(async () => {
    env = await startStrictCspSite({
      files: (apiUrl) => ({
        '/': widgetPage({
          lang: 'en',
          title: 'Open data',
          scripts: ['/cdn/saxon-dataset-search.js'],
          body: `<saxon-dataset-search api-type="ckan" api-url="${apiUrl}/ckan"></saxon-dataset-search>`,
        }),
      }),
    });
  });

  afterAll(() => env?.close());

  it('fetches English and the detail view as allowed chunks, and shows no German first', async () => {
    const { context, page, problems, scripts } = await env.watchedPage();
    // Every text the search button ever shows, recorded from before the element's first render.
    await page.addInitScript(() => {
      const seen: string[] = ((window as { __buttonTexts?: string[] }).__buttonTexts = []);
      const record = () => {
        const button = document
          .querySelector('saxon-dataset-search')
          ?.shadowRoot?.querySelector('[part="search-button"]');
        const text = button?.textContent?.trim();
        if (text && seen.at(-1) !== text) seen.push(text);
        requestAnimationFrame(record);
      };
      requestAnimationFrame(record);
    });
    await page.goto(`${env.site.url}/`);
    const search = page.locator('saxon-dataset-search');
    await expect
      .poll(() => search.locator('[part="result-link"]').count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    expect(await search.locator('[part="search-button"]').textContent()).toContain('Search');
    expect(
      await page.evaluate(() => (window as { __buttonTexts?: string[] }).__buttonTexts),
    ).toEqual(['Search']);
    expect(
      scripts.some((path) => /^\/cdn\/chunks\/saxon-dataset-search-en-\w+\.js$/.test(path)),
    ).toBe(true);
    expect(scripts.some((path) => path.includes('-detail.view-'))).toBe(false);

    await search.locator('[part="result-link"]').first().click();
    await expect
      .poll(() => search.locator('[part="detail-title"]').count(), { timeout: 30_000 })
      .toBe(1);
    expect(await search.locator('[part="back-button"]').textContent()).toContain(
      'Back to the results',
    );
    expect(
      scripts.some((path) =>
        /^\/cdn\/chunks\/saxon-dataset-search-detail\.view-\w+\.js$/.test(path),
      ),
    ).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);
});
