// The generic URL-state controller behind every widget's `sync-url`: its own parameters only,
// push / replace / typing / detail entries, the state back on load and on popstate.
import { LitElement } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { until } from '../../test/fixture.js';
import { UrlStateController, urlNamespace, withState, type UrlStateCodec } from './url-state.js';

const startUrl = location.href;
afterEach(() => {
  document.body.replaceChildren();
  history.replaceState(null, '', startUrl);
});

interface Counter {
  text: string;
  tags: string[];
}
const counterCodec: UrlStateCodec<Counter> = {
  keys: (ns) => [`${ns}-text`, `${ns}-tag`],
  read: (params, ns) => ({
    text: params.get(`${ns}-text`) ?? '',
    tags: params.getAll(`${ns}-tag`),
  }),
  write: (params, ns, state) => {
    if (state.text) params.set(`${ns}-text`, state.text);
    for (const tag of state.tags) params.append(`${ns}-tag`, tag);
  },
};

class UrlStateHost extends LitElement {
  state: Counter = { text: '', tags: [] };
  namespace: string | undefined = 'c';
  applied: { state: Counter | undefined; origin: string }[] = [];
  readonly url = new UrlStateController(this, {
    namespace: () => this.namespace,
    codec: counterCodec,
    current: () => this.state,
    apply: (state, origin) => {
      this.applied.push({ state, origin });
      this.state = state ?? { text: '', tags: [] };
    },
  });
}
customElements.define('test-url-state-host', UrlStateHost);

const host = (namespace: string | undefined) => {
  const el = document.createElement('test-url-state-host') as UrlStateHost;
  el.namespace = namespace;
  document.body.append(el);
  return el;
};
const params = () => new URLSearchParams(location.search);
const back = () =>
  new Promise<void>((resolve) => {
    window.addEventListener('popstate', () => resolve(), { once: true });
    history.back();
  });

describe('UrlStateController', () => {
  it('reads its state on load only when the URL holds its parameters', () => {
    history.replaceState(null, '', '?other=1');
    expect(host('c').applied).toEqual([]);
    document.body.replaceChildren();
    history.replaceState(null, '', '?c-text=KI&c-tag=a&c-tag=b&other=1');
    expect(host('c').applied).toEqual([
      { state: { text: 'KI', tags: ['a', 'b'] }, origin: 'load' },
    ]);
  });

  it('push adds an entry, replace rewrites it, and the page’s other parameters stay', async () => {
    history.pushState(null, '', '?page=7');
    const el = host('c');
    const entries = history.length;
    el.state = { text: 'Robotik', tags: ['x'] };
    el.url.record('push');
    expect(history.length).toBe(entries + 1);
    expect(params().get('page')).toBe('7');
    expect(params().get('c-text')).toBe('Robotik');
    el.state = { text: 'Robotik', tags: ['x', 'y'] };
    el.url.record('replace');
    expect(history.length).toBe(entries + 1);
    expect(params().getAll('c-tag')).toEqual(['x', 'y']);
    el.url.record('push'); // the URL says the same: no entry
    expect(history.length).toBe(entries + 1);

    await back();
    await until(() => expect(el.applied.at(-1)?.origin).toBe('history'));
    expect(el.applied.at(-1)!.state).toBeUndefined(); // before the first change: the defaults
    expect(params().get('page')).toBe('7');
  });

  it('consecutive typing shares one entry; a push after it starts a new one', () => {
    history.pushState(null, '', startUrl); // drops the entries ahead of this one: length counts again
    const el = host('c');
    const entries = history.length;
    for (const text of ['R', 'Ro', 'Rob']) {
      el.state = { text, tags: [] };
      el.url.record('typing');
    }
    expect(history.length).toBe(entries + 1);
    expect(params().get('c-text')).toBe('Rob');
    el.state = { text: 'Rob', tags: ['a'] };
    el.url.record('push');
    el.state = { text: 'Robo', tags: ['a'] };
    el.url.record('typing');
    expect(history.length).toBe(entries + 3);
  });

  it('marks a detail entry so that closing the detail can go back', () => {
    const el = host('c');
    expect(el.url.onDetailEntry).toBe(false);
    el.state = { text: '', tags: ['open'] };
    el.url.record('detail');
    expect(el.url.onDetailEntry).toBe(true);
    expect(host('d').url.onDetailEntry).toBe(false); // another namespace's detail is not its own
  });

  it('without a namespace it neither reads nor writes the URL', () => {
    history.replaceState(null, '', '?c-text=KI');
    const el = host(undefined);
    expect(el.applied).toEqual([]);
    expect(el.url.active).toBe(false);
    el.state = { text: 'anders', tags: [] };
    el.url.record('push');
    expect(params().get('c-text')).toBe('KI');
  });
});

describe('withState and urlNamespace', () => {
  it('replaces only the namespace’s parameters', () => {
    const next = withState(new URLSearchParams('c-tag=old&d-tag=keep&x=1'), 'c', counterCodec, {
      text: '',
      tags: ['new'],
    });
    expect(next.toString()).toBe('d-tag=keep&x=1&c-tag=new');
  });

  it('reads an absent attribute as off and a blank one as the fallback', () => {
    expect(urlNamespace(null, 'map')).toBeUndefined();
    expect(urlNamespace('  ', 'map')).toBe('map');
    expect(urlNamespace(' karte ', 'map')).toBe('karte');
  });
});
