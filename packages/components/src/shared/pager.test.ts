import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mount } from '../../test/fixture.js';
import { defineSharedElements } from './define-shared.js';
import { pageWindow, type PageChangeDetail } from './pager.js';

defineSharedElements();

const pager = (total: number, limit: number, offset = 0) => {
  const el = document.createElement('saxon-pager');
  Object.assign(el, { total, limit, offset });
  return mount(el);
};
const buttons = (el: Element) => [...el.shadowRoot!.querySelectorAll('button')];
const current = (el: Element) => el.shadowRoot!.querySelector('[aria-current="page"]');

beforeEach(() => {
  document.documentElement.lang = 'de';
});
afterEach(() => document.body.replaceChildren());

describe('pageWindow', () => {
  it('shows first, last and the neighbours of the current page, with gaps', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(6, 20)).toEqual([1, 'gap', 5, 6, 7, 'gap', 20]);
    expect(pageWindow(3, 20)).toEqual([1, 2, 3, 4, 'gap', 20]);
    expect(pageWindow(20, 20)).toEqual([1, 'gap', 19, 20]);
  });
});

describe('<saxon-pager>', () => {
  it('hides itself when everything fits on one page', async () => {
    const el = await pager(20, 20);
    expect(el.shadowRoot!.querySelector('nav')).toBeNull();
  });

  it('is a labelled navigation with the current page as aria-current, not disabled', async () => {
    const el = await pager(200, 20, 100);
    const nav = el.shadowRoot!.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).toBe('Seiten');
    expect(current(el)!.textContent!.trim()).toBe('6');
    expect(current(el)!.getAttribute('aria-label')).toBe('Seite 6');
    expect((current(el) as HTMLButtonElement).disabled).toBe(false);
    expect(buttons(el)[0]!.textContent).toContain('Vorherige Seite');
    expect(buttons(el).at(-1)!.textContent).toContain('Nächste Seite');
  });

  it('announces a page change with page and offset, then moves there', async () => {
    const el = await pager(95, 10);
    const seen: PageChangeDetail[] = [];
    el.addEventListener('saxon-page-change', (event) => seen.push(event.detail));
    buttons(el).at(-1)!.click(); // next
    await el.updateComplete;
    expect(seen).toEqual([{ page: 2, offset: 10 }]);
    expect(el.offset).toBe(10);
    expect(current(el)!.textContent!.trim()).toBe('2');
    buttons(el)
      .find((b) => b.textContent!.trim() === '10')!
      .click();
    await el.updateComplete;
    expect(seen.at(-1)).toEqual({ page: 10, offset: 90 });
    expect(buttons(el).at(-1)!.disabled).toBe(true);
  });

  it('stays put when the page cancels the event', async () => {
    const el = await pager(95, 10);
    el.addEventListener('saxon-page-change', (event) => event.preventDefault());
    buttons(el).at(-1)!.click();
    await el.updateComplete;
    expect(el.offset).toBe(0);
  });

  it('speaks English on an English page', async () => {
    document.documentElement.lang = 'en';
    const el = await pager(95, 10);
    expect(el.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).toBe('Pages');
    expect(current(el)!.getAttribute('aria-label')).toBe('Page 1');
  });
});
