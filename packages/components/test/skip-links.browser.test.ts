// Issue 19, points 6 and 7: skip links in every widget, and the dataset search's facets behind
// "Filter (n)" on a narrow screen — with real key presses (Chromium through Playwright).
import { createDirectoryClient } from '@saxon-ai/sdk';
import { inject } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mount, until } from './fixture.js';
import {
  datasetSearch,
  deepActiveElement,
  demoClient,
  facetCheckbox,
  part,
  parts,
  resultsShown,
} from './support/dataset-search.js';
import '../src/actor-map/define.js';
import '../src/event-list/define.js';
import '../src/topic-list/define.js';

const server = inject('demoApiUrl');
const directoryUrl = `${server.replace('//127.0.0.1:', '//localhost:')}/directory/v1`;

/** A button on the page before the widget, so that Tab has somewhere to come from. */
function buttonBefore(): HTMLButtonElement {
  const before = document.createElement('button');
  before.textContent = 'Vor dem Widget';
  document.body.append(before);
  return before;
}

/** A button on the page after the widget (call once the widget is mounted). */
function buttonAfter(): HTMLButtonElement {
  const after = document.createElement('button');
  after.textContent = 'Nach dem Widget';
  document.body.append(after);
  return after;
}

/** Presses Tab until `target()` has focus; returns the number of presses. */
async function tabsTo(target: () => Element | null | undefined, max = 80): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await userEvent.tab();
    if (deepActiveElement() === target()) return presses;
  }
  throw new Error(
    `not reached in ${max} presses; focus on ${deepActiveElement()?.outerHTML.slice(0, 100)}`,
  );
}

const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();

beforeEach(async () => {
  document.documentElement.lang = 'de';
  await page.viewport(1280, 900);
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('<saxon-dataset-search> skip links', () => {
  it('"Zu den Ergebnissen": the first result two Tab stops from the top of the widget', async () => {
    const before = buttonBefore();
    const el = await datasetSearch((e) => (e.client = demoClient('ckan')));
    await resultsShown(el);
    before.focus();
    await userEvent.tab();
    expect(text(deepActiveElement())).toBe('Zu den Ergebnissen');
    await userEvent.keyboard('{Enter}');
    expect(deepActiveElement()).toBe(part(el, 'summary'));
    const presses = await tabsTo(() => part(el, 'result-link'));
    expect(1 + presses).toBeLessThanOrEqual(3);
  });

  it('"Filter überspringen" goes past the facets, to the sort and the results', async () => {
    const before = buttonBefore();
    const el = await datasetSearch((e) => (e.client = demoClient('ckan')));
    await resultsShown(el);
    before.focus();
    const skip = () => parts(el, 'skip-link').find((link) => text(link) === 'Filter überspringen');
    await tabsTo(skip);
    // shown while focused: the link is no 1-pixel box then
    expect(skip()!.getBoundingClientRect().width).toBeGreaterThan(50);
    await userEvent.keyboard('{Enter}');
    expect(deepActiveElement()).toBe(el.shadowRoot!.querySelector('.main'));
    await userEvent.tab();
    expect(deepActiveElement()).toBe(part(el, 'sort'));
  });

  it('skips the whole widget: the next Tab reaches what follows it on the page', async () => {
    const before = buttonBefore();
    const el = await datasetSearch((e) => (e.client = demoClient('ckan')));
    const after = buttonAfter();
    await resultsShown(el);
    before.focus();
    await tabsTo(() => part(el, 'skip-widget'));
    expect(text(part(el, 'skip-widget'))).toBe('Datensatzsuche überspringen');
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(after);
  });

  it('at the end of the page, skipping goes to the end of the widget', async () => {
    const before = buttonBefore();
    const el = await datasetSearch((e) => (e.client = demoClient('ckan')));
    await resultsShown(el);
    before.focus();
    await tabsTo(() => part(el, 'skip-widget'));
    await userEvent.keyboard('{Enter}');
    expect(deepActiveElement()).toBe(part(el, 'skip-end'));
    expect(text(part(el, 'skip-end'))).toBe('Ende: Datensatzsuche');
  });
});

describe.each([
  ['saxon-actor-map', 'Karte der KI-Akteure in Sachsen überspringen'],
  ['saxon-event-list', 'Veranstaltungen überspringen'],
  ['saxon-topic-list', 'Themen überspringen'],
] as const)('<%s> skip link', (tag, label) => {
  it('is the first Tab stop and takes focus past the widget', async () => {
    const before = buttonBefore();
    const el = document.createElement(tag);
    el.client = createDirectoryClient({ baseUrl: directoryUrl, retry: 0 });
    if (tag === 'saxon-event-list') el.setAttribute('from', '2020-01-01');
    await mount(el);
    const after = buttonAfter();
    await until(
      () => expect(el.shadowRoot!.querySelector('[part~="skeleton"]')).toBeNull(),
      10_000,
    );
    before.focus();
    await userEvent.tab();
    expect(text(deepActiveElement())).toBe(label);
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(after);
  });
});

describe('<saxon-dataset-search> on a phone (320 px)', () => {
  it('folds the facets behind "Filter (n)": a disclosure with aria-expanded and aria-controls', async () => {
    await page.viewport(320, 700);
    const el = await datasetSearch((e) => (e.client = demoClient('ckan')));
    await resultsShown(el);
    const toggle = part<HTMLButtonElement>(el, 'filter-toggle')!;
    const filters = part(el, 'filters')!;
    expect(toggle.checkVisibility()).toBe(true);
    expect(filters.checkVisibility()).toBe(false);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)).toBe(filters);
    const label = () => text(toggle)!.replace('▸', '').trim(); // the icon is aria-hidden
    expect(label()).toBe('Filter');
    // the first result within the first screen, not after every facet
    const top = el.getBoundingClientRect().top;
    expect(part(el, 'result')!.getBoundingClientRect().top - top).toBeLessThan(500);

    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(filters.checkVisibility()).toBe(true);
    facetCheckbox(el, 'format', 'CSV').click();
    facetCheckbox(el, 'format', 'PDF').click();
    await until(() => expect(label()).toBe('Filter (2)'));
    toggle.click();
    await el.updateComplete;
    expect(filters.checkVisibility()).toBe(false);
  });

  it('has few Tab stops before the first result with the filters folded', async () => {
    await page.viewport(320, 700);
    const before = buttonBefore();
    const el = await datasetSearch((e) => (e.client = demoClient('ckan')));
    await resultsShown(el);
    before.focus();
    const presses = await tabsTo(() => part(el, 'result-link'));
    // skip links (2), search field and button, "Filter", sort: the result is the 7th stop
    expect(presses).toBeLessThanOrEqual(7);
    await page.viewport(1280, 900);
    await el.updateComplete;
    expect(part(el, 'filter-toggle')!.checkVisibility()).toBe(false);
    expect(part(el, 'filters')!.checkVisibility()).toBe(true);
  });

  it('lets the data hyphenate, in the language of the content', async () => {
    await page.viewport(320, 700);
    const el = await datasetSearch((e) => (e.client = demoClient('ckan')));
    await resultsShown(el);
    for (const piece of [part(el, 'result-link')!, part(el, 'result-description')!]) {
      expect(getComputedStyle(piece).hyphens).toBe('auto');
      expect(piece.closest('[lang]')?.getAttribute('lang')).toBe('de');
    }
  });
});
