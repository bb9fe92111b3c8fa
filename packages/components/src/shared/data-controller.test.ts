import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deepQuery, deepText, mount, sleep, until } from '../../test/fixture.js';
import { SaxonElement } from './base-element.js';
import { DataController } from './data-controller.js';
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
