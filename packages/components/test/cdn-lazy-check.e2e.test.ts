// Issue 27: the script-tag bundles check answers with the SDK's generated checks and load zod with
// the schemas only for a malformed answer — as a lazy file (dist/cdn/chunks/). Under a strict CSP
// with Trusted Types that file must load, the widget must show its error state with a retry, and
// a well-formed answer must not load it at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startStrictCspSite,
  widgetPage,
  type StrictCspSite,
  type WatchedPage,
} from './support/strict-csp-site.js';

describe('the lazy schema file of a script-tag bundle under a strict CSP and Trusted Types', () => {
  let env: StrictCspSite;
  const setFaults = (rules: unknown[]) =>
    fetch(`${env.demo.url}/__control/faults`, {
      method: 'PUT',
      body: JSON.stringify(rules),
      headers: { 'content-type': 'application/json' },
    });

  beforeAll(async () => {
    env = await startStrictCspSite({
      demo: { control: true },
      files: (apiUrl) => ({
        '/': widgetPage({
          title: 'Themen',
          scripts: ['/cdn/saxon-topic-list.js'],
          body: `<saxon-topic-list api-url="${apiUrl}/directory/v1"></saxon-topic-list>`,
        }),
      }),
    });
  });

  afterAll(() => env?.close());

  /** A fresh page (its own HTTP cache) that collects CSP violations and page errors. */
  const watchedPage = () => env.watchedPage('csp-violations');

  const isSchemaFile = (path: string) =>
    /^\/cdn\/chunks\/saxon-topic-list-schemas-\w+\.js$/.test(path);
  const items = (page: WatchedPage['page']) =>
    page.locator('saxon-topic-list [part="item"]').count();

  it('loads zod only for a malformed answer, shows the error with a retry, and recovers', async () => {
    // A well-formed answer: the list, and no schema file.
    const wellFormed = await watchedPage();
    await wellFormed.page.goto(env.site.url);
    await expect.poll(() => items(wellFormed.page), { timeout: 30_000 }).toBe(17);
    expect(wellFormed.scripts.filter(isSchemaFile)).toEqual([]);
    expect(wellFormed.problems).toEqual([]);
    await wellFormed.context.close();

    // A malformed one (the directory's envelope with wrong types): the schema file, then the error.
    await setFaults([{ path: '/directory/v1/topics', body: 'wrong-types' }]);
    const { context, page, problems, scripts } = await watchedPage();
    await page.goto(env.site.url);
    const error = page.locator('saxon-topic-list [part="error"]');
    await expect.poll(() => error.count(), { timeout: 30_000 }).toBe(1);
    expect(scripts.filter(isSchemaFile)).toHaveLength(1);
    const retry = page.locator('saxon-topic-list button[part="retry-button"]');
    expect(await retry.isVisible()).toBe(true);

    // The server recovers: the retry shows the list.
    await setFaults([]);
    await retry.click();
    await expect.poll(() => items(page), { timeout: 30_000 }).toBe(17);
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);
});
