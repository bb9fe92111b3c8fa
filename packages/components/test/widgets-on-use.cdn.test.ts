// Issue 27: saxon-widgets.js registers <saxon-entry-form> on first use — its code is a chunk in
// chunks/, loaded once a form is on the page. In Chromium under a strict CSP with Trusted Types:
// a page without a form never loads it; a form in the markup, one added later, one inside a
// closed shadow root and `customElements.whenDefined` each load it; a chunk that fails shows the
// error panel with a retry (no blank box), and the retry brings the form.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../../../scripts/test/axe.js';
import {
  startStrictCspSite,
  widgetPage,
  type StrictCspSite,
  type WatchedPage,
} from './support/strict-csp-site.js';

/** The values (not types) ../src/index.ts exports: the package's API. */
const indexExports = () =>
  [
    ...readFileSync(new URL('../src/index.ts', import.meta.url), 'utf8').matchAll(
      /^export \{([^}]*)\}/gm,
    ),
  ]
    .flatMap((match) => match[1]!.split(','))
    .map((name) => name.trim())
    .filter((name) => name && !name.startsWith('type '))
    .sort();

const isFormChunk = (path: string) =>
  /^\/cdn\/chunks\/saxon-widgets-entry-form-\w+\.js$/.test(path);

describe('saxon-widgets.js: the entry form on first use, under a strict CSP and Trusted Types', () => {
  let env: StrictCspSite;

  beforeAll(async () => {
    const page = (body: string, scripts: string[] = []) =>
      widgetPage({ title: 'Seite', scripts: ['/cdn/saxon-widgets.js', ...scripts], body });
    env = await startStrictCspSite({
      files: (apiUrl) => {
        const form = `<saxon-entry-form kind="actor" api-url="${apiUrl}/directory/v1" privacy-url="https://www.musterstadt.example/datenschutz"><a href="/formular">Zum Formular</a></saxon-entry-form>`;
        const topics = `<saxon-topic-list api-url="${apiUrl}/directory/v1"></saxon-topic-list>`;
        return {
          '/no-form.html': page(topics),
          '/form.html': page(form),
          '/later.html': page(`<button type="button" id="show">Formular zeigen</button>${topics}`, [
            '/later.js',
          ]),
          '/later.js': `document.getElementById('show').addEventListener('click', () => {
  const form = document.createElement('saxon-entry-form');
  form.setAttribute('kind', 'actor');
  form.setAttribute('api-url', ${JSON.stringify(`${apiUrl}/directory/v1`)});
  document.body.append(form);
});`,
          '/shadow.html': page('<page-box></page-box>', ['/shadow.js']),
          // A component of the page's own with a closed shadow root, defined after the widgets.
          '/shadow.js': `customElements.define('page-box', class extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: 'closed' });
    const form = document.createElement('saxon-entry-form');
    form.setAttribute('kind', 'event');
    form.setAttribute('api-url', ${JSON.stringify(`${apiUrl}/directory/v1`)});
    root.append(form);
    window.__formRoot = root;
  }
});`,
          '/exports.html': page('<p>Nichts</p>', ['/exports.js']),
          '/exports.js': `import * as widgets from '/cdn/saxon-widgets.js';
// names with a leading dollar sign are what the file re-exports for its own lazy chunks (scripts/build-cdn.mjs)
window.__exports = Object.keys(widgets).filter((name) => !name.startsWith('$')).sort();`,
          '/when-defined.html': page('<p>Nichts</p>', ['/when-defined.js']),
          '/when-defined.js': `customElements.whenDefined('saxon-entry-form').then((cls) => {
  window.__defined = typeof cls === 'function' && customElements.get('saxon-entry-form') === cls;
});`,
        };
      },
    });
  });

  afterAll(() => env?.close());

  const submit = (page: WatchedPage['page']) =>
    page.locator('saxon-entry-form [part="submit-button"]');

  it('loads no form code for a page without a form', async () => {
    const { context, page, problems, scripts } = await env.watchedPage();
    await page.goto(`${env.site.url}/no-form.html`);
    await expect
      .poll(() => page.locator('saxon-topic-list [part="item"]').count(), { timeout: 30_000 })
      .toBe(17);
    expect(scripts.filter(isFormChunk)).toEqual([]);
    expect(await page.evaluate(() => customElements.get('saxon-entry-form'))).toBeUndefined();
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it('loads the form for a form in the markup', async () => {
    const { context, page, problems, scripts } = await env.watchedPage();
    await page.goto(`${env.site.url}/form.html`);
    await submit(page).waitFor({ timeout: 30_000 });
    expect(scripts.filter(isFormChunk)).toHaveLength(1);
    // the fallback link is no longer shown once the form runs
    expect(await page.getByRole('link', { name: 'Zum Formular' }).isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it('loads the form when one is added later, not before', async () => {
    const { context, page, problems, scripts } = await env.watchedPage();
    await page.goto(`${env.site.url}/later.html`);
    await expect
      .poll(() => page.locator('saxon-topic-list [part="item"]').count(), { timeout: 30_000 })
      .toBe(17);
    expect(scripts.filter(isFormChunk)).toEqual([]);
    await page.getByRole('button', { name: 'Formular zeigen' }).click();
    await submit(page).waitFor({ timeout: 30_000 });
    expect(scripts.filter(isFormChunk)).toHaveLength(1);
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it("loads the form inside a closed shadow root of the page's own", async () => {
    const { context, page, problems, scripts } = await env.watchedPage();
    await page.goto(`${env.site.url}/shadow.html`);
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const root = (window as { __formRoot?: ShadowRoot }).__formRoot;
            const form = root?.querySelector('saxon-entry-form');
            return !!form?.shadowRoot?.querySelector('[part="submit-button"]');
          }),
        { timeout: 30_000 },
      )
      .toBe(true);
    expect(scripts.filter(isFormChunk)).toHaveLength(1);
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it('loads the form for customElements.whenDefined and resolves with its class', async () => {
    const { context, page, problems, scripts } = await env.watchedPage();
    await page.goto(`${env.site.url}/when-defined.html`);
    await expect
      .poll(() => page.evaluate(() => (window as { __defined?: boolean }).__defined), {
        timeout: 30_000,
      })
      .toBe(true);
    expect(scripts.filter(isFormChunk)).toHaveLength(1);
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it("exports the package's API but the entry form's class, which whenDefined gives", async () => {
    const { context, page, problems, scripts } = await env.watchedPage();
    await page.goto(`${env.site.url}/exports.html`);
    await expect
      .poll(() => page.evaluate(() => (window as { __exports?: string[] }).__exports), {
        timeout: 30_000,
      })
      .toEqual(indexExports().filter((name) => name !== 'SaxonEntryForm'));
    expect(indexExports()).toContain('SaxonEntryForm');
    expect(indexExports()).toContain('registerLocale');
    expect(scripts.filter(isFormChunk)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it('shows the error panel with a retry when the chunk fails, and the retry brings the form', async () => {
    // The failed load logs a console error of its own; the test counts CSP violations only.
    const { context, page, problems } = await env.watchedPage('csp-violations');
    let block = true;
    await page.route(/\/cdn\/chunks\/saxon-widgets-entry-form-\w+\.js$/, (route) =>
      block ? route.abort('internetdisconnected') : route.continue(),
    );
    await page.goto(`${env.site.url}/form.html`);
    const panel = page.locator('saxon-entry-form [part="error"]');
    await panel.waitFor({ timeout: 30_000 });
    expect(await panel.getAttribute('role')).toBe('alert');
    await expect
      .poll(() => page.locator('saxon-entry-form saxon-error-panel [part="title"]').textContent())
      .toBe('Die Daten konnten nicht geladen werden.');
    // the page's fallback link stays beside the panel
    expect(await page.getByRole('link', { name: 'Zum Formular' }).isVisible()).toBe(true);
    const retry = page.getByRole('button', { name: 'Erneut versuchen' });
    expect(await retry.isVisible()).toBe(true);
    expect(
      await axeViolations(page, {
        tags: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'],
        include: 'saxon-entry-form',
      }),
    ).toEqual([]);
    // reachable by the keyboard
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(
        () =>
          document.activeElement?.shadowRoot?.activeElement?.shadowRoot?.activeElement?.textContent,
      ),
    ).toContain('Erneut versuchen');

    block = false;
    await retry.click();
    await submit(page).waitFor({ timeout: 30_000 });
    expect(await panel.count()).toBe(0);
    expect(await page.locator('saxon-entry-form saxon-error-panel').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);
});
