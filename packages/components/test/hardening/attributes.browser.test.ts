// Wrong attributes: every widget fed unusable values for each of its attributes — numbers out of
// range or not numbers, `api-url`s of other schemes, unknown portals and enum values, malformed
// dates and Kreis keys, hostile text — against the demo API over real HTTP in Chromium. Each gives
// a console warning naming the element and the attribute and a sane default, or the visible "not
// set up" panel; never an uncaught error, a blank element, or a request to anything but http(s).
// Setting a valid value afterwards recovers.
import { afterEach, beforeEach, describe, expect, inject, it, vi, type MockInstance } from 'vitest';
import { HOSTILE_TEXT, HOSTILE_URLS } from '../../../demo-api/src/index.js';
import { deepText, until } from '../fixture.js';
import '../../src/actor-map/define.js';
import '../../src/dataset-search/define.js';
import '../../src/event-list/define.js';
import '../../src/topic-list/define.js';

const server = inject('demoApiUrl');
// `localhost`, like the widget tests: answers are cached per URL, apart from the SDK's tests.
const origin = server.replace('//127.0.0.1:', '//localhost:');
const directoryUrl = `${origin}/directory/v1`;
const ckanUrl = `${origin}/ckan`;

// Every URL the page fetches (the SDK's ky reads the global `fetch` at each request). Hosts under
// `.invalid` (RFC 2606: they can never resolve) fail at once as the browser's unresolvable-host
// error would, so that the test never waits on DNS.
const fetched: string[] = [];
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
  fetched.push(url.href);
  if (url.hostname.endsWith('.invalid')) return Promise.reject(new TypeError('Failed to fetch'));
  return realFetch(input, init);
};

const uncaught: unknown[] = [];
window.addEventListener('error', (event) => uncaught.push(event.error ?? event.message));
window.addEventListener('unhandledrejection', (event) => uncaught.push(event.reason));

let warn: MockInstance<typeof console.warn>;
const warnings = () => warn.mock.calls.map((call) => String(call[0]));
const pwned = () => (window as { __saxonPwned?: unknown }).__saxonPwned;

beforeEach(() => {
  document.documentElement.lang = 'de';
  fetched.length = 0;
  uncaught.length = 0;
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
  // Never a request to anything but http(s), never a script from an attribute, never a throw.
  expect(fetched.filter((url) => !/^https?:$/.test(new URL(url).protocol))).toEqual([]);
  expect(pwned()).toBeUndefined();
  expect(uncaught).toEqual([]);
});

type Tag = 'saxon-dataset-search' | 'saxon-actor-map' | 'saxon-event-list' | 'saxon-topic-list';
type Lit = HTMLElement & { updateComplete: Promise<boolean>; requestUpdate(): void };

async function mount(tag: Tag, attributes: Record<string, string>): Promise<Lit> {
  const el = document.createElement(tag) as Lit;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const q = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const part = (el: Element, name: string) => q(el, `[part~="${name}"]`);
const parts = (el: Element, name: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
/**
 * The element shows what it loaded — or, for the 100,000-character payload, which makes a URL no
 * server takes, the error panel with its explanation (a clear state, not a blank one).
 */
function expectLoaded(el: Element, text: string): void {
  if (text.length < 10_000) return expect(part(el, 'error'), label(text)).toBeNull();
  expect(deepText(part(el, 'error')!)).toContain('Die Daten konnten nicht geladen werden.');
}

/** A payload for a failure message: its number in HOSTILE_TEXT (one is 100,000 characters). */
const label = (text: string) => `HOSTILE_TEXT[${HOSTILE_TEXT.indexOf(text)}]`;
const singleLine = (text: string) => text.replace(/[\r\n]/g, '');
const status = (el: Element) => part(el, 'status')?.textContent?.trim() ?? '';

/** Waits until the element has finished loading and shows something: data, empty state or error. */
async function settled(el: Lit): Promise<void> {
  await el.updateComplete; // a changed attribute is applied (and its load started) first
  await until(() => {
    const content = part(el, 'content');
    expect(content?.getAttribute('aria-busy')).toBe('false');
    expect(part(el, 'skeleton')).toBeNull();
    expect(status(el) || part(el, 'error')).toBeTruthy();
  }, 8000);
  // never a blank box
  expect(deepText(el.shadowRoot!).length).toBeGreaterThan(0);
}

/** The "not set up" panel for `attribute`: no retry button, since trying again cannot help. */
async function notSetUp(el: Lit, attribute: string): Promise<void> {
  await el.updateComplete;
  await until(() => expect(part(el, 'error')).not.toBeNull(), 8000);
  expect(deepText(part(el, 'error')!)).toContain(`Das Attribut „${attribute}“`);
  expect(part(el, 'error')!.shadowRoot!.querySelector('[part~="retry-button"]')).toBeNull();
}

/** Warnings that name the element and the attribute's value. */
const warnedAbout = (element: string, ...needles: string[]) =>
  warnings().filter(
    (message) =>
      message.startsWith(`<${element}>`) && needles.every((needle) => message.includes(needle)),
  );

/** Search requests the dataset search sent to CKAN since `from`, as URLSearchParams. */
const ckanSearches = (from = 0) =>
  fetched
    .slice(from)
    .filter((url) => url.includes('/package_search'))
    .map((url) => new URL(url).searchParams);

/** `api-url` values that must never be fetched: other schemes, and values that are no URL. */
const NON_HTTP = [
  'javascript:alert(1)',
  '  JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>window.__saxonPwned=1</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.invalid/1234',
  'https://',
  'http://[::1',
];

describe('api-url that is not an http(s) URL', () => {
  const CASES = [
    { tag: 'saxon-topic-list', valid: { 'api-url': directoryUrl } },
    { tag: 'saxon-actor-map', valid: { 'api-url': directoryUrl } },
    { tag: 'saxon-event-list', valid: { 'api-url': directoryUrl } },
    { tag: 'saxon-dataset-search', valid: { 'api-type': 'ckan', 'api-url': ckanUrl } },
  ] as const;

  it.each(CASES)(
    '<$tag> shows "not set up" for javascript:, data:, vbscript:, file:, blob: and unparsable values, sends nothing, and recovers',
    async ({ tag, valid }) => {
      const extra: Record<string, string> =
        tag === 'saxon-dataset-search' ? { 'api-type': 'ckan' } : {};
      // A fragment of its own per element: the warning is given once per page and value.
      for (const value of NON_HTTP.map((url) => `${url}#${tag}`)) {
        const el = await mount(tag, { ...extra, 'api-url': value });
        await notSetUp(el, 'api-url');
        expect(warnedAbout(tag, `api-url="${value.trim()}"`, 'http(s)'), value).toHaveLength(1);
        // re-rendering does not warn again
        el.requestUpdate();
        await el.updateComplete;
        expect(warnedAbout(tag, `api-url="${value.trim()}"`)).toHaveLength(1);
        el.remove();
      }
      expect(fetched).toEqual([]);

      // an empty value is "missing": the panel, without a warning
      const warned = warnings().length;
      const empty = await mount(tag, { ...extra, 'api-url': '' });
      await notSetUp(empty, 'api-url');
      expect(warnings()).toHaveLength(warned);

      // a valid value afterwards recovers
      empty.setAttribute('api-url', valid['api-url']);
      await settled(empty);
      expect(part(empty, 'error')).toBeNull();
      expect(fetched.length).toBeGreaterThan(0);
    },
  );

  it('every HOSTILE_URLS value as api-url gives an error panel or the "not set up" panel, never a request to another scheme', async () => {
    for (const value of HOSTILE_URLS) {
      const el = await mount('saxon-topic-list', { 'api-url': value });
      await settled(el);
      expect(part(el, 'error'), value).not.toBeNull();
      el.remove();
    }
    // The http(s) ones were tried (and failed); relative ones went to this page's own server.
    expect(fetched.some((url) => url.startsWith('https://example.invalid/'))).toBe(true);
  });
});

describe('<saxon-dataset-search> attributes', () => {
  const base = { 'api-type': 'ckan', 'api-url': ckanUrl };

  it.each([
    ['page-size', '-5'],
    ['page-size', '0'],
    ['page-size', '1000'],
    ['page-size', 'abc'],
    ['page-size', 'NaN'],
    ['page-size', '2.5'],
    ['page-size', '1e9'],
    ['heading-level', '9'],
    ['heading-level', '0'],
    ['heading-level', '-1'],
    ['heading-level', 'zwei'],
    ['heading-level', '2.5'],
  ])('%s="%s": one warning, the default in effect, recovers', async (attribute, value) => {
    const el = await mount('saxon-dataset-search', { ...base, [attribute]: value });
    await settled(el);
    expect(part(el, 'error')).toBeNull();
    expect(warnedAbout('saxon-dataset-search', `"${attribute}"`, `"${value}"`)).toHaveLength(1);
    expect(parts(el, 'result')).toHaveLength(10); // page-size 10
    expect(ckanSearches().at(-1)!.get('rows')).toBe('10');
    expect(part(el, 'result')!.querySelector('h2 > [part~="result-link"]')).not.toBeNull();
    const searches = ckanSearches().length;

    el.setAttribute(attribute, '4');
    await until(() => {
      if (attribute === 'page-size') expect(parts(el, 'result')).toHaveLength(4);
      else expect(part(el, 'result')!.querySelector('h4 > [part~="result-link"]')).not.toBeNull();
    }, 8000);
    if (attribute === 'page-size') expect(ckanSearches().at(-1)!.get('rows')).toBe('4');
    else expect(ckanSearches().length).toBe(searches); // the level changes no request
    expect(warnedAbout('saxon-dataset-search', `"${attribute}"`)).toHaveLength(1);
  });

  it('an unknown portal shows "not set up" with a warning; api-type and api-url then recover', async () => {
    const el = await mount('saxon-dataset-search', { portal: 'atlantis' });
    await notSetUp(el, 'portal');
    expect(warnedAbout('saxon-dataset-search', 'unknown portal "atlantis"')).toHaveLength(1);
    expect(fetched).toEqual([]);
    el.setAttribute('api-type', 'ckan');
    el.setAttribute('api-url', ckanUrl);
    await settled(el);
    expect(parts(el, 'result')).toHaveLength(10);
  });

  it('an unknown api-type shows "not set up" with a warning; a known one recovers', async () => {
    const el = await mount('saxon-dataset-search', {
      'api-type': '<b>solr</b>',
      'api-url': ckanUrl,
    });
    await notSetUp(el, 'api-type');
    expect(warnedAbout('saxon-dataset-search', 'unknown api-type "<b>solr</b>"')).toHaveLength(1);
    expect(fetched).toEqual([]);
    el.setAttribute('api-type', 'CKAN');
    await settled(el);
    expect(parts(el, 'result')).toHaveLength(10);
  });

  it('unknown sort and facets: warnings, relevance and the known facets only; recovers', async () => {
    const el = await mount('saxon-dataset-search', {
      ...base,
      sort: 'random',
      facets: 'colour, publisher size',
    });
    await settled(el);
    expect(warnedAbout('saxon-dataset-search', 'unknown sort "random"')).toHaveLength(1);
    expect(warnedAbout('saxon-dataset-search', 'unknown facets colour, size')).toHaveLength(1);
    expect((q(el, '#sort') as HTMLSelectElement).value).toBe('relevance');
    expect(parts(el, 'facet')).toHaveLength(1);
    const first = ckanSearches()[0]!;
    expect(first.get('sort')).not.toContain('title');
    expect(first.get('facet.field')).toBe('["organization"]');

    el.setAttribute('sort', 'title');
    await until(() => expect(ckanSearches().at(-1)!.get('sort')).toContain('title'), 8000);
    await until(() => expect((q(el, '#sort') as HTMLSelectElement).value).toBe('title'));
  });

  it('hostile search terms are searched for as text: shown literally, nothing runs, never a blank element', async () => {
    for (const text of HOSTILE_TEXT) {
      const el = await mount('saxon-dataset-search', {
        ...base,
        query: text,
        'page-size': '3',
        facets: '',
      });
      await settled(el);
      expectLoaded(el, text);
      // a text field drops line breaks; everything else stays as it was
      expect((q(el, '#search-input') as HTMLInputElement).value, label(text)).toBe(
        singleLine(text),
      );
      if (text.trim()) expect(ckanSearches().at(-1)!.get('q'), label(text)).toBeTruthy();
      el.remove();
    }
  }, 60_000);

  it('a hostile sync-url prefix is used as a parameter name, escaped in the page URL', async () => {
    const start = location.href;
    const el = await mount('saxon-dataset-search', {
      ...base,
      'sync-url': '"><script>x</script>&',
    });
    await settled(el);
    const input = q(el, '#search-input') as HTMLInputElement;
    input.value = 'wasser';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    (q(el, 'form') as HTMLFormElement).requestSubmit();
    await until(() =>
      expect(new URLSearchParams(location.search).get('"><script>x</script>&-q')).toBe('wasser'),
    );
    history.replaceState(null, '', start);
  });
});

describe('<saxon-actor-map> attributes', () => {
  const base = { 'api-url': directoryUrl };
  const geojson = () =>
    fetched.filter((url) => url.includes('/actors.geojson')).map((url) => new URL(url));

  it.each([
    ['heading-level', '9'],
    ['heading-level', '0'],
    ['heading-level', 'abc'],
    ['heading-level', '2.5'],
    ['category', 'robots'],
    ['category', '<script>x</script>'],
    ['view', 'globe'],
    ['view', 'LIST '],
    ['ags', '99999'],
    ['ags', '1461'],
    ['ags', '14612; drop'],
    ['tiles', 'javascript:alert(1)//{z}/{x}/{y}'],
    ['tiles', 'ftp://tiles.example/{z}/{x}/{y}.png'],
    ['tiles', 'https://tiles.example/no-placeholders.png'],
  ])('%s="%s": one warning naming it, the default in effect', async (attribute, value) => {
    const el = await mount('saxon-actor-map', { ...base, [attribute]: value });
    await settled(el);
    expect(part(el, 'error')).toBeNull();
    expect(status(el)).toBe('50 Akteure auf der Karte'); // all actors, on the map
    expect(warnings()).toEqual([
      expect.stringMatching(new RegExp(`^<saxon-actor-map>: ${attribute}[= ]"`)),
    ]);
    if (attribute === 'heading-level') expect(warnings()[0]).toContain(`="${value}"`);
    expect(part(el, 'consent')).toBeNull(); // no tile layer offered
    const request = geojson().at(-1)!;
    expect([...request.searchParams.keys()].filter((key) => key !== 'lang')).toEqual([]);
    el.requestUpdate();
    await el.updateComplete;
    expect(warnings()).toHaveLength(1);
  });

  it('valid values afterwards take effect', async () => {
    const el = await mount('saxon-actor-map', { ...base, view: 'globe', ags: '99999' });
    await settled(el);
    el.setAttribute('view', 'list');
    el.setAttribute('ags', '14612');
    await until(() => expect(status(el)).toMatch(/^\d+ Akteure in der Liste$/), 8000);
    expect(geojson().at(-1)!.searchParams.get('ags')).toBe('14612');
    expect((q(el, '#filter-kreis') as HTMLSelectElement).value).toBe('14612');
  });

  it('hostile text and topic filters are sent as text and shown literally', async () => {
    for (const text of HOSTILE_TEXT) {
      const el = await mount('saxon-actor-map', { ...base, text, topic: text });
      await settled(el);
      expectLoaded(el, text);
      expect((q(el, '#filter-text') as HTMLInputElement).value, label(text)).toBe(singleLine(text));
      el.remove();
    }
  }, 60_000);
});

describe('<saxon-event-list> attributes', () => {
  const base = { 'api-url': directoryUrl };
  const eventRequests = () =>
    fetched.filter((url) => /\/events\?/.test(url)).map((url) => new URL(url).searchParams);

  it.each([
    ['limit', '-5', 'limit', '10'],
    ['limit', '0', 'limit', '10'],
    ['limit', 'abc', 'limit', '10'],
    ['limit', '2.5', 'limit', '10'],
    ['limit', '1e9', 'limit', '200'],
    ['heading-level', '9', undefined, undefined],
    ['heading-level', '0', undefined, undefined],
    ['heading-level', 'drei', undefined, undefined],
    ['layout', 'grid', undefined, undefined],
    ['attendance-mode', 'teleport', 'attendanceMode', null],
    ['from', 'yesterday', 'from', null],
    ['from', '2026-13-45', 'from', null],
    ['from', '2026-02-30', 'from', null],
    ['to', '31.12.2026', 'to', null],
    ['to', '2026-10-01T25:00Z', 'to', null],
  ] as const)(
    '%s="%s": one warning naming it, the default in effect',
    async (attribute, value, parameter, expected) => {
      const el = await mount('saxon-event-list', { ...base, [attribute]: value });
      await settled(el);
      expect(part(el, 'error')).toBeNull();
      // The value as the webmaster wrote it (`abc`, not the number property's `NaN`).
      expect(warnings()).toEqual([
        expect.stringContaining(`<saxon-event-list>: ${attribute}="${value}"`),
      ]);
      const request = eventRequests().at(-1)!;
      if (parameter) expect(request.get(parameter)).toBe(expected);
      if (attribute === 'layout') {
        expect(part(el, 'list')!.classList.contains('layout-list')).toBe(true);
      }
      if (attribute === 'heading-level') {
        const heading = part(el, 'month-heading');
        if (heading) expect(heading.tagName).toBe('H3');
      }
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings()).toHaveLength(1);
    },
  );

  it('valid values afterwards take effect', async () => {
    const el = await mount('saxon-event-list', { ...base, limit: '-5', layout: 'grid' });
    await settled(el);
    el.setAttribute('limit', '3');
    el.setAttribute('layout', 'cards');
    await until(() => expect(eventRequests().at(-1)!.get('limit')).toBe('3'), 8000);
    await settled(el);
    await until(() => expect(part(el, 'list')!.classList.contains('layout-cards')).toBe(true));
  });

  it('hostile topic, city and organizer values are sent as filters, never run, never blank', async () => {
    for (const text of HOSTILE_TEXT) {
      const el = await mount('saxon-event-list', {
        ...base,
        topic: text,
        city: text,
        organizer: text,
      });
      await settled(el);
      expectLoaded(el, text);
      const request = eventRequests().at(-1)!;
      const values = text
        .split(',')
        .map((value) => value.trim())
        .filter(Boolean);
      // as a URL carries them: a lone surrogate becomes U+FFFD
      const sent = (value: string) =>
        new URLSearchParams(new URLSearchParams([['v', value]]).toString()).get('v');
      expect(request.getAll('city'), label(text)).toEqual([...new Set(values)].map(sent));
      el.remove();
    }
  }, 60_000);
});
