import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deepQuery, deepText, mount, sleep, until } from '../../test/fixture.js';
import { SaxonElement } from './base-element.js';
import { DataController, PagedDataController, type ListPage } from './data-controller.js';
import { defineSharedElements } from './define-shared.js';
import { liveRegion } from './live-region.js';
import { renderStates } from './states.js';

interface Call {
  query: string;
  signal: AbortSignal;
  resolve: (items: string[]) => void;
  reject: (error: unknown) => void;
}

/** A test-only element on the shared base whose loads the test answers by hand. */
class TestDataElement extends SaxonElement {
  @property() query = 'start';
  readonly calls: Call[] = [];
  readonly data = new DataController(this, {
    i18n: this.i18n,
    debounce: 60,
    args: () => [this.query] as const,
    task: ([query], { signal }) =>
      new Promise<string[]>((resolve, reject) =>
        this.calls.push({ query, signal, resolve, reject }),
      ),
    isEmpty: (items) => items.length === 0,
    announce: (items) => `${items.length} Treffer`,
  });

  override render() {
    return html`${liveRegion(this.data.announcement)}
    ${renderStates(
      this.data,
      (items) =>
        html`<ul>
          ${items.map((i) => html`<li>${i}</li>`)}
        </ul>`,
    )}`;
  }
}
customElements.define('test-data-element', TestDataElement);
defineSharedElements();

const create = () => mount(document.createElement('test-data-element') as TestDataElement);
const status = (el: Element) => el.shadowRoot!.querySelector('[role="status"]')!;
const content = (el: Element) => el.shadowRoot!.querySelector('[part="content"]')!;
const lastCall = (el: TestDataElement) => el.calls[el.calls.length - 1]!;

beforeEach(() => {
  document.documentElement.lang = 'de';
});
afterEach(() => document.body.replaceChildren());

describe('DataController', () => {
  it('loads at once, shows placeholders while busy, then the result; the live region is there first', async () => {
    const el = await create();
    expect(el.calls).toHaveLength(1); // the first load is not debounced
    expect(el.data.state).toBe('loading');
    expect(content(el).getAttribute('aria-busy')).toBe('true');
    expect(el.shadowRoot!.querySelector('saxon-skeleton')).not.toBeNull();
    expect(status(el).textContent!.trim()).toBe('');

    el.calls[0]!.resolve(['Dresden', 'Leipzig']);
    await until(() => expect(el.data.state).toBe('success'));
    await el.updateComplete;
    expect(content(el).getAttribute('aria-busy')).toBe('false');
    expect(deepText(content(el))).toBe('Dresden Leipzig');
    expect(status(el).textContent!.trim()).toBe('2 Treffer');
  });

  it('debounces parameter changes: quick changes send one request, with the last parameters', async () => {
    const el = await create();
    el.calls[0]!.resolve(['a']);
    for (const query of ['K', 'KI', 'KI ', 'KI i', 'KI in']) {
      el.query = query;
      await el.updateComplete;
      await sleep(10);
    }
    expect(el.calls).toHaveLength(1);
    await until(() => expect(el.calls).toHaveLength(2));
    expect(lastCall(el).query).toBe('KI in');
    await sleep(120);
    expect(el.calls).toHaveLength(2);
  });

  it('aborts the request a parameter change supersedes, and a slower older answer never wins', async () => {
    const el = await create();
    el.calls[0]!.resolve(['first']);
    el.query = 'older';
    await until(() => expect(el.calls).toHaveLength(2));
    const older = el.calls[1]!;
    el.query = 'newer';
    await until(() => expect(el.calls).toHaveLength(3));
    const newer = el.calls[2]!;
    expect(older.signal.aborted).toBe(true);
    expect(newer.signal.aborted).toBe(false);

    newer.resolve(['newer result']);
    await until(() => expect(deepText(content(el))).toBe('newer result'));
    older.resolve(['older result']); // arrives late
    await sleep(50);
    await el.updateComplete;
    expect(deepText(content(el))).toBe('newer result');
  });

  it('aborts its request when it leaves the DOM and loads again when it comes back', async () => {
    const el = await create();
    const first = el.calls[0]!;
    el.remove();
    expect(first.signal.aborted).toBe(true);
    first.reject(first.signal.reason);
    await sleep(20);
    expect(el.data.state).toBe('loading'); // not an error: nobody saw it fail

    await mount(el);
    expect(el.calls).toHaveLength(2);
    expect(el.calls[1]!.query).toBe('start');
    el.calls[1]!.resolve(['back']);
    await until(() => expect(deepText(content(el))).toBe('back'));
  });

  it('waits with a parameter change made while off the page until it is back', async () => {
    const el = await create();
    el.calls[0]!.resolve(['x']);
    await until(() => expect(el.data.state).toBe('success'));
    el.remove();
    el.query = 'changed offline';
    await el.updateComplete;
    await sleep(120);
    expect(el.calls).toHaveLength(1);
    await mount(el);
    await until(() => expect(el.calls).toHaveLength(2));
    expect(lastCall(el).query).toBe('changed offline');
  });

  it('shows the error panel; retry loads again with the same parameters and keeps focus inside', async () => {
    const el = await create();
    el.query = 'Robotik';
    el.calls[0]!.resolve([]);
    await until(() => expect(el.calls).toHaveLength(2));
    el.calls[1]!.reject(Object.assign(new Error('down'), { code: 'server_error' }));
    await until(() => expect(el.data.state).toBe('error'));
    await el.updateComplete;
    expect(status(el).textContent).toContain('Auf dem Server ist ein Fehler aufgetreten.');

    const button = deepQuery<HTMLButtonElement>(el.shadowRoot!, 'button[part="retry-button"]')!;
    expect(button.textContent!.trim()).toBe('Erneut versuchen');
    button.focus();
    button.click();
    await el.updateComplete;
    expect(el.calls).toHaveLength(3); // at once, no debounce
    expect(lastCall(el).query).toBe('Robotik');
    lastCall(el).resolve(['Roboter']);
    await until(() => expect(deepText(content(el))).toBe('Roboter'));
    expect(el.shadowRoot!.activeElement).toBe(content(el));
  });

  it('tells an empty result apart', async () => {
    const el = await create();
    el.calls[0]!.resolve([]);
    await until(() => expect(el.data.state).toBe('empty'));
    await el.updateComplete;
    expect(deepText(content(el))).toBe('Keine Einträge gefunden.');
    expect(status(el).textContent!.trim()).toBe('Keine Einträge gefunden.');
  });
});

/** A test-only element with one parameter, which the test sets to values of every kind. */
class TestParamElement extends SaxonElement {
  @property({ attribute: false }) param: unknown = 'start';
  loads = 0;
  readonly data = new DataController(this, {
    i18n: this.i18n,
    debounce: 0,
    args: () => [this.param] as const,
    task: () => {
      this.loads++;
      return Promise.resolve(['geladen']);
    },
  });

  override render() {
    return html`${liveRegion(this.data.announcement)}`;
  }
}
customElements.define('test-param-element', TestParamElement);

describe('DataController parameters', () => {
  /** Sets the parameter (or renders again with it) and counts the loads that started. */
  async function loadsAfter(el: TestParamElement, param: unknown): Promise<number> {
    const before = el.loads;
    if (Object.is(param, el.param)) el.requestUpdate();
    el.param = param;
    await el.updateComplete;
    await el.data.settled;
    return el.loads - before;
  }

  it('load again only when a value changed: arrays, plain objects and dates compared by value', async () => {
    const el = await mount(document.createElement('test-param-element') as TestParamElement);
    await el.data.settled;
    expect(el.loads).toBe(1);
    // The same value, rendered again or made anew (as `args()` makes it on each render): no load.
    expect(await loadsAfter(el, 'start')).toBe(0);
    expect(await loadsAfter(el, NaN)).toBe(1);
    expect(await loadsAfter(el, NaN)).toBe(0);
    expect(await loadsAfter(el, { topic: ['ki', 'robotik'], limit: 10 })).toBe(1);
    expect(await loadsAfter(el, { topic: ['ki', 'robotik'], limit: 10 })).toBe(0);
    // A value inside changed, a key added, another key, another kind of object: a load each.
    expect(await loadsAfter(el, { topic: ['ki', 'robotik', 'daten'], limit: 10 })).toBe(1);
    expect(
      await loadsAfter(el, { topic: ['ki', 'robotik', 'daten'], limit: 10, city: 'Pirna' }),
    ).toBe(1);
    expect(await loadsAfter(el, { from: undefined })).toBe(1);
    expect(await loadsAfter(el, { to: undefined })).toBe(1);
    expect(await loadsAfter(el, [])).toBe(1);
    expect(await loadsAfter(el, {})).toBe(1);
    expect(await loadsAfter(el, ['ki,robotik'])).toBe(1);
    expect(await loadsAfter(el, ['ki', 'robotik'])).toBe(1);
    // Values of their own (a date, a URL): by that value.
    expect(await loadsAfter(el, new Date('2026-12-05T10:00:00Z'))).toBe(1);
    expect(await loadsAfter(el, new Date('2026-12-05T10:00:00Z'))).toBe(0);
    // A millisecond later: the same text, another time.
    expect(await loadsAfter(el, new Date('2026-12-05T10:00:00.001Z'))).toBe(1);
    expect(await loadsAfter(el, new URL('https://ki.sachsen.example/directory/v1'))).toBe(1);
    expect(await loadsAfter(el, new URL('https://ki.sachsen.example/directory/v1'))).toBe(0);
    expect(await loadsAfter(el, new URL('https://ki.sachsen.example/directory/v2'))).toBe(1);
    // Two clients alike but for their functions are two clients.
    expect(await loadsAfter(el, { events: { list: () => 'a' } })).toBe(1);
    expect(await loadsAfter(el, { events: { list: () => 'a' } })).toBe(1);
  });
});

interface PageCall {
  query: string;
  offset: number;
  signal: AbortSignal;
  resolve: (page: ListPage<string>) => void;
  reject: (error: unknown) => void;
}

/** A test-only list that loads more, whose pages (the first and those after it) the test answers. */
class TestPagedElement extends SaxonElement {
  @property() query = 'start';
  readonly calls: PageCall[] = [];
  private readonly ask = (query: string, offset: number, signal: AbortSignal) =>
    new Promise<ListPage<string>>((resolve, reject) =>
      this.calls.push({ query, offset, signal, resolve, reject }),
    );
  readonly data = new PagedDataController(this, {
    i18n: this.i18n,
    debounce: 60,
    args: () => [this.query] as const,
    task: ([query], { signal }) => this.ask(query, 0, signal),
    more: ([query], offset, { signal }) => this.ask(query, offset, signal),
    key: (item: string) => item,
  });

  override render() {
    return html`${renderStates(
      this.data,
      () =>
        html`<ul>
          ${this.data.items.map((i) => html`<li>${i}</li>`)}
        </ul>`,
    )}`;
  }
}
customElements.define('test-paged-element', TestPagedElement);

const createPaged = () => mount(document.createElement('test-paged-element') as TestPagedElement);
const page = (offset: number, total: number, items: string[]) => ({ offset, total, items });
const shownItems = (el: TestPagedElement) => deepText(content(el));

describe('PagedDataController', () => {
  it('appends the next page with the same parameters, each item once, until the total is reached', async () => {
    const el = await createPaged();
    el.query = 'KI';
    el.calls[0]!.resolve(page(0, 9, ['a']));
    await until(() => expect(el.calls).toHaveLength(2));
    el.calls[1]!.resolve(page(0, 5, ['a', 'b']));
    await until(() => expect(shownItems(el)).toBe('a b'));
    expect(el.data.hasMore).toBe(true);
    expect(el.data.loadingMore).toBe(false);

    const more = el.data.loadMore();
    await el.updateComplete;
    expect(el.data.loadingMore).toBe(true);
    void el.data.loadMore(); // a second click while loading asks nothing more
    expect(el.calls).toHaveLength(3);
    expect(el.calls[2]).toMatchObject({ query: 'KI', offset: 2 });
    el.calls[2]!.resolve(page(2, 6, ['b', 'c', 'd'])); // "b" moved down meanwhile: shown once
    await expect(more).resolves.toBe('c');
    await el.updateComplete;
    expect(shownItems(el)).toBe('a b c d');
    expect(el.data.total).toBe(6); // the newest page's count
    expect(el.data.hasMore).toBe(true);

    void el.data.loadMore();
    expect(el.calls[3]).toMatchObject({ query: 'KI', offset: 5 });
    el.calls[3]!.resolve(page(5, 6, ['e']));
    await until(() => expect(el.data.hasMore).toBe(false));
    expect(el.data.items).toEqual(['a', 'b', 'c', 'd', 'e']);
    await expect(el.data.loadMore()).resolves.toBeUndefined();
    expect(el.calls).toHaveLength(4);
  });

  it('ends the list at an empty page, whatever the total said', async () => {
    const el = await createPaged();
    el.calls[0]!.resolve(page(0, 10, ['a', 'b']));
    await until(() => expect(el.data.hasMore).toBe(true));
    void el.data.loadMore();
    el.calls[1]!.resolve(page(2, 10, []));
    await until(() => expect(el.data.loadingMore).toBe(false));
    expect(el.data.hasMore).toBe(false);
    expect(el.data.total).toBe(2);
  });

  it('keeps the shown items when a further page fails, and loads it when asked again', async () => {
    const el = await createPaged();
    el.calls[0]!.resolve(page(0, 3, ['a', 'b']));
    await until(() => expect(el.data.hasMore).toBe(true));
    const failure = Object.assign(new Error('busy'), { code: 'rate_limited' });
    void el.data.loadMore();
    el.calls[1]!.reject(failure);
    await until(() => expect(el.data.moreError).toBe(failure));
    await el.updateComplete;
    expect(el.data.state).toBe('success');
    expect(shownItems(el)).toBe('a b');
    expect(el.data.hasMore).toBe(true);

    void el.data.loadMore();
    expect(el.data.moreError).toBeUndefined();
    expect(el.calls[2]!.offset).toBe(2);
    el.calls[2]!.resolve(page(2, 3, ['c']));
    await until(() => expect(shownItems(el)).toBe('a b c'));
    expect(el.data.moreError).toBeUndefined();
  });

  it('starts over when the parameters change: a further page still loading is aborted and dropped', async () => {
    const el = await createPaged();
    el.calls[0]!.resolve(page(0, 4, ['a', 'b']));
    await until(() => expect(el.data.hasMore).toBe(true));
    const more = el.data.loadMore();
    const stale = el.calls[1]!;
    el.query = 'neu';
    await until(() => expect(stale.signal.aborted).toBe(true));
    stale.resolve(page(2, 4, ['c', 'd'])); // too late: never appended
    await expect(more).resolves.toBeUndefined();
    expect(el.data.loadingMore).toBe(false);
    expect(el.data.items).toEqual([]);

    await until(() => expect(el.calls).toHaveLength(3));
    el.calls[2]!.resolve(page(0, 1, ['x']));
    await until(() => expect(shownItems(el)).toBe('x'));
    expect(el.data.hasMore).toBe(false);
    expect(el.data.moreError).toBeUndefined();
  });

  it('aborts a further page when the element leaves the page, without an error', async () => {
    const el = await createPaged();
    el.calls[0]!.resolve(page(0, 4, ['a', 'b']));
    await until(() => expect(el.data.hasMore).toBe(true));
    void el.data.loadMore();
    const call = el.calls[1]!;
    el.remove();
    expect(call.signal.aborted).toBe(true);
    call.reject(call.signal.reason);
    await until(() => expect(el.data.loadingMore).toBe(false));
    expect(el.data.moreError).toBeUndefined();
    expect(el.data.items).toEqual(['a', 'b']);
  });
});
