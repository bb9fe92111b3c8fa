// The hostile corpus through every string field of every widget (issue 13), in Chromium.
//
// The demo API runs in the page in hostile-data mode with payloads handed out in sequence
// (`hostile: { offset }`, see packages/demo-api/src/hostile.ts): each mount shows a window of
// consecutive payloads per field, and the offset of the next mount is chosen to bring the payloads
// not seen yet into the fields that lack them, until every field has rendered every payload of
// HOSTILE_TEXT (text fields) or HOSTILE_URLS (link fields). After every view (list page, detail)
// the page is checked: nothing from the data became markup (no script, frame, object, embed, base,
// meta; no `on*` attribute; every href/src/action is http(s), mailto, tel, relative or `#`),
// nothing sticks out of the widget's box, no error event fired; after every mount, no script ran
// (`window.__saxonPwned`, the corpus's tripwire). A second part feeds answers with nulls, missing
// fields and numbers as strings: each widget renders what is valid or shows its error state.
import {
  createDirectoryClient,
  createOpenDataClient,
  type Dataset,
  type DirectoryClient,
  type OpenDataClient,
  type PortalType,
} from '@saxon-ai/sdk';
import type { LitElement } from 'lit';
import { page } from 'vitest/browser';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDemoApi, HOSTILE_TEXT, HOSTILE_URLS } from '../../../demo-api/src/index.js';
import { createStore } from '../../../demo-api/src/store.js';
import { deepText, sleep, until } from '../fixture.js';
import { markdownToPlainText, markdownToText } from '../../src/shared/plain-text.js';
import { safeUrl } from '../../src/shared/safe-url.js';
import { teaser } from '../../src/dataset-search/results.view.js';
import '../../src/actor-map/define.js';
import '../../src/dataset-search/define.js';
import '../../src/event-list/define.js';
import '../../src/topic-list/define.js';

/** A fixed demo day (the event list tests' own): dates and counts are the same every day. */
const NOW = new Date('2026-03-16T10:00:00+01:00');
const WIDTHS = [320, 800] as const;
type Pwned = Window & { __saxonPwned?: unknown };

// ---------------------------------------------------------------------------------------------
// Page-level tripwire: error events, unhandled rejections, CSP violations, the corpus's flag.

const incidents: string[] = [];
const onError = (event: ErrorEvent) => incidents.push(`error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) =>
  incidents.push(`unhandled rejection: ${String(event.reason)}`);
const onViolation = (event: SecurityPolicyViolationEvent) =>
  incidents.push(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);

beforeAll(async () => {
  await page.viewport(1000, 900);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  document.addEventListener('securitypolicyviolation', onViolation, true);
});
afterAll(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  document.removeEventListener('securitypolicyviolation', onViolation, true);
});
beforeEach(() => {
  document.documentElement.lang = 'de';
  incidents.length = 0;
});
afterEach(() => {
  document.body.replaceChildren();
  (window as Pwned).__saxonPwned = undefined;
});

/** Arms the tripwire before a mount. */
function arm(): void {
  (window as Pwned).__saxonPwned = undefined;
}

/** After a mount and everything opened in it: give late handlers (onerror, onload) time to fire. */
async function assertNothingRan(label: string): Promise<void> {
  await sleep(60);
  expect((window as Pwned).__saxonPwned, `${label}: a payload ran script`).toBeUndefined();
  expect(incidents, `${label}: error events`).toEqual([]);
}

// ---------------------------------------------------------------------------------------------
// The DOM scan: what data must never become.

const FORBIDDEN = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'meta',
  'link',
  'portal',
]);
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'data',
  'background',
  'ping',
  'cite',
]);
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** Whether a URL attribute's value could run script or load something other than a web page. */
function unsafeUrl(value: string): boolean {
  // what a browser ignores in a scheme: blanks, control characters, tabs and newlines anywhere
  // eslint-disable-next-line no-control-regex -- control characters are what it removes
  const squeezed = value.replace(/[\u0000-\u0020\u007f-\u009f\u2028\u2029]/g, '').toLowerCase();
  if (/^(javascript|data|vbscript|blob|file|filesystem):/.test(squeezed)) return true;
  let url: URL;
  try {
    url = new URL(value, location.href); // relative and `#…` resolve against the page: http(s)
  } catch {
    return true;
  }
  return !SAFE_PROTOCOLS.has(url.protocol);
}

/** Every element of `host`'s light DOM and, deeply, of every shadow root below it. */
function allElements(host: Element): Element[] {
  const out: Element[] = [host];
  const walk = (root: ParentNode) => {
    for (const element of root.querySelectorAll('*')) {
      out.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  if (host.shadowRoot) walk(host.shadowRoot);
  walk(host);
  return out;
}

/** The one script a widget writes on purpose: the event list's JSON-LD, inert and without `<`. */
const isJsonLd = (element: Element) =>
  element.localName === 'script' &&
  element.getAttribute('type') === 'application/ld+json' &&
  element.parentElement?.localName === 'saxon-event-list' &&
  !element.textContent!.includes('<') &&
  element.children.length === 0;

/**
 * The one `webcal:` link a widget writes on purpose: the event list's subscription, which must be
 * its own https feed (the `feed-link` beside it, an address of the configured API) and nothing else.
 */
const isOwnSubscription = (element: Element, value: string) =>
  element.getAttribute('part') === 'subscribe-link' &&
  element.parentElement?.querySelector('[part="feed-link"]')?.getAttribute('href') ===
    value.replace(/^webcal:/, 'https:') &&
  value.startsWith('webcal://hostile.invalid/directory/v1/events.ics');

/** `text` as a URL carries it: a lone surrogate cannot be written there and arrives as U+FFFD. */
const wellFormed = (text: string) =>
  text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

let scannedElements = 0;
let scannedUrls = 0;

function scan(host: Element, label: string): void {
  const problems: string[] = [];
  for (const element of allElements(host)) {
    scannedElements++;
    if (FORBIDDEN.has(element.localName) && !isJsonLd(element)) {
      problems.push(`<${element.localName}> element`);
    }
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`${name} attribute on <${element.localName}>`);
      if (URL_ATTRIBUTES.has(name) || attribute.localName === 'href') {
        scannedUrls++;
        if (unsafeUrl(attribute.value) && !isOwnSubscription(element, attribute.value)) {
          problems.push(`${name}="${attribute.value.slice(0, 80)}" on <${element.localName}>`);
        }
      }
    }
    // a data-driven style could hide or overlay content; widgets style through classes
    if (element.localName === 'style') problems.push('<style> element');
  }
  expect(problems, `${label}: unsafe DOM`).toEqual([]);
}

// ---------------------------------------------------------------------------------------------
// Layout: nothing sticks out of the widget's box sideways.

const CLIPPING = new Set(['hidden', 'clip', 'auto', 'scroll']);

function layoutProblems(host: HTMLElement, start: Element = host): string[] {
  const problems: string[] = [];
  const box = host.getBoundingClientRect();
  if (host.scrollWidth > host.clientWidth + 1) {
    problems.push(`host scrollWidth ${host.scrollWidth} > clientWidth ${host.clientWidth}`);
  }
  const describe = (node: Node) => {
    const element = node instanceof Element ? node : node.parentElement!;
    const text = (node.textContent ?? '').slice(0, 40);
    return `<${element.localName} class="${element.getAttribute('class') ?? ''}" part="${element.getAttribute('part') ?? ''}"> ${JSON.stringify(text)}`;
  };
  const outside = (rect: DOMRect) =>
    rect.width > 0 && (rect.left < box.left - 1 || rect.right > box.right + 1);
  const range = document.createRange();
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      if (!node.textContent!.trim()) return;
      range.selectNodeContents(node);
      const rect = range.getBoundingClientRect();
      if (outside(rect))
        problems.push(`text sticks out (${Math.round(rect.right)}): ${describe(node)}`);
      return;
    }
    if (!(node instanceof Element)) return;
    const style = getComputedStyle(node);
    if (style.display === 'none') return;
    if (node !== host && outside(node.getBoundingClientRect())) {
      problems.push(`element sticks out: ${describe(node)}`);
    }
    if (node !== host && CLIPPING.has(style.overflowX)) {
      // clipped on purpose (the map, visually hidden text, ellipsis): its content cannot escape;
      // but a scroller that needs to scroll sideways for text is a layout that did not wrap
      if (
        (style.overflowX === 'auto' || style.overflowX === 'scroll') &&
        node.scrollWidth > node.clientWidth + 1 &&
        !node.matches('svg, [part~="map"], .map, .viewport')
      ) {
        problems.push(`scrolls sideways: ${describe(node)}`);
      }
      return;
    }
    const children =
      node.localName === 'slot'
        ? (node as HTMLSlotElement).assignedNodes({ flatten: true })
        : [...(node.shadowRoot ?? node).childNodes];
    for (const child of children) visit(child);
  };
  visit(start);
  return problems;
}

let layoutChecks = 0;
/** Scan and layout check of the whole widget, or of the part that changed (`part`, a detail). */
function checkView(host: HTMLElement, label: string, part?: Element): void {
  scan(part ?? host, label);
  layoutChecks++;
  expect(layoutProblems(host, part).slice(0, 5), `${label}: layout`).toEqual([]);
  expect(incidents, `${label}: error events`).toEqual([]);
}

/** A fixed-width box on the page. */
function box(width: number): HTMLElement {
  const container = document.createElement('div');
  container.style.cssText = `width:${width}px;box-sizing:border-box`;
  document.body.replaceChildren(container);
  return container;
}

// ---------------------------------------------------------------------------------------------
// Coverage: which payload each field has rendered, and which offset brings the missing ones.

type Kind = 'text' | 'url';
const listOf = (kind: Kind) => (kind === 'text' ? HOSTILE_TEXT : HOSTILE_URLS);
/** Per list, each payload's canonical index (the corpus holds one string twice). */
const CANONICAL = new Map(
  [HOSTILE_TEXT, HOSTILE_URLS].map((list) => [list, list.map((item) => list.indexOf(item))]),
);
const canonical = (list: readonly string[], index: number) => CANONICAL.get(list)![index]!;
const distinct = (list: readonly string[]) => new Set(list).size;
const mod = (a: number, n: number) => ((a % n) + n) % n;

class Coverage {
  private readonly covered = new Map<string, Set<number>>();
  /** Per field, per value slot (record id and position): the payload it shows at offset 0. */
  private readonly bases = new Map<string, Map<string, number>>();
  mounts = 0;

  constructor(
    readonly widget: string,
    readonly fields: Record<string, Kind>,
  ) {
    for (const field of Object.keys(fields)) {
      this.covered.set(field, new Set());
      this.bases.set(field, new Map());
    }
  }

  /** `value` was rendered in `field`, in the slot `key`, by a mount at `offset`. */
  add(field: string, key: string, value: unknown, offset: number): void {
    const kind = this.fields[field];
    expect(kind, `${this.widget}: unknown field ${field}`).toBeDefined();
    const list = listOf(kind!);
    const index = list.indexOf(value as string);
    expect(
      index,
      `${this.widget} ${field}: ${JSON.stringify(value)?.slice(0, 60)} is no payload`,
    ).toBeGreaterThanOrEqual(0);
    this.covered.get(field)!.add(index);
    this.bases.get(field)!.set(key, mod(index - offset, list.length));
  }

  /** Whether the slot would show a payload its field has not rendered yet (or is not known yet). */
  wants(field: string, key: string, offset: number): boolean {
    const list = listOf(this.fields[field]!);
    const base = this.bases.get(field)!.get(key);
    if (base === undefined) return true;
    return !this.covered.get(field)!.has(canonical(list, mod(base + offset, list.length)));
  }

  /** Whether `field` has rendered `value` already. */
  covers(field: string, value: unknown): boolean {
    const index = listOf(this.fields[field]!).indexOf(value as string);
    return this.covered.get(field)!.has(index);
  }

  missing(field: string): number {
    return distinct(listOf(this.fields[field]!)) - this.covered.get(field)!.size;
  }

  get complete(): boolean {
    return Object.keys(this.fields).every((field) => this.missing(field) === 0);
  }

  /** (field, payload) pairs rendered so far. */
  get combinations(): number {
    return [...this.covered.values()].reduce((sum, set) => sum + set.size, 0);
  }

  get goal(): number {
    return Object.values(this.fields).reduce((sum, kind) => sum + distinct(listOf(kind)), 0);
  }

  /** The offset whose mount would render the most payloads not rendered yet. */
  nextOffset(): number {
    let best = -1;
    let bestGain = 0;
    const period = HOSTILE_TEXT.length * HOSTILE_URLS.length;
    for (let offset = 0; offset < period; offset++) {
      let gain = 0;
      for (const [field, kind] of Object.entries(this.fields)) {
        const list = listOf(kind);
        const covered = this.covered.get(field)!;
        if (covered.size === distinct(list)) continue;
        const fresh = new Set<number>();
        for (const base of this.bases.get(field)!.values()) {
          const index = canonical(list, mod(base + offset, list.length));
          if (!covered.has(index)) fresh.add(index);
        }
        gain += fresh.size;
      }
      if (gain > bestGain) {
        bestGain = gain;
        best = offset;
      }
    }
    expect(best, `${this.widget}: no offset adds a payload`).toBeGreaterThanOrEqual(0);
    return best;
  }

  report(): string {
    const fields = Object.keys(this.fields)
      .map((field) => `${field} ${this.covered.get(field)!.size}`)
      .join(', ');
    return `${this.widget}: ${this.combinations}/${this.goal} in ${this.mounts} mounts (${fields})`;
  }
}

/**
 * Whether an event list's JSON-LD part has loaded and published the shown events (it publishes
 * after the frame that shows them).
 */
const jsonLdPublished = (el: Element) => {
  const { jsonLd, paintQueued } = el as unknown as {
    jsonLd?: object;
    paintQueued: boolean;
  };
  return jsonLd !== undefined && !(jsonLd instanceof Promise) && !paintQueued;
};

/** Mounts until the coverage is complete; `round` renders one offset and records what it showed. */
async function rotate(
  coverage: Coverage,
  maxMounts: number,
  round: (offset: number, width: number) => Promise<void>,
): Promise<void> {
  let offset = 0;
  for (;;) {
    await round(offset, WIDTHS[coverage.mounts % WIDTHS.length]!);
    coverage.mounts++;
    await assertNothingRan(`${coverage.widget} at offset ${offset}`);
    document.body.replaceChildren();
    if (coverage.complete) break;
    expect(coverage.mounts, coverage.report()).toBeLessThan(maxMounts);
    offset = coverage.nextOffset();
  }
  summary.push(coverage.report());
  expect(coverage.combinations).toBe(coverage.goal);
}

const summary: string[] = [];
afterAll(() => {
  console.info(
    [
      ...summary,
      `${scannedElements} elements and ${scannedUrls} URL attributes scanned, ${layoutChecks} layout checks`,
    ].join('\n'),
  );
});

const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const q = <T extends Element = HTMLElement>(root: ParentNode, selector: string) =>
  root.querySelector<T>(selector);
const qa = <T extends Element = HTMLElement>(root: ParentNode, selector: string) => [
  ...root.querySelectorAll<T>(selector),
];
const shadow = (el: Element) => el.shadowRoot!;
/**
 * The dataset search's detail once it shows: its view is a chunk loaded on the first opening
 * (issue 27), so it appears after the click's update, when that chunk has arrived.
 */
const openedDetail = async (el: LitElement) => {
  await until(() => expect(q(shadow(el), '[part="detail"]')).not.toBeNull(), 15_000);
  return q(shadow(el), '[part="detail"]')!;
};

/** Clicks the "next page" button of a `<saxon-pager>`. */
function nextPage(pager: Element): boolean {
  const next = pager.shadowRoot!.querySelector<HTMLButtonElement>('[part~="next-button"]');
  if (!next || next.disabled) return false;
  next.click();
  return true;
}

/** A directory client of an in-page demo API; `wire` holds the JSON of every answer by path. */
function directoryClient(
  api: ReturnType<typeof createDemoApi>,
  transform?: (json: unknown) => unknown,
) {
  const wire = new Map<string, unknown>();
  const client: DirectoryClient = createDirectoryClient({
    baseUrl: 'https://hostile.invalid/directory/v1',
    language: 'de',
    retry: 0,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const response = await api.fetch(request);
      const type = response.headers.get('content-type') ?? '';
      if (!type.includes('json')) return response;
      let json: unknown = await response.json();
      if (transform) json = transform(json);
      wire.set(new URL(request.url).pathname.replace('/directory/v1', ''), json);
      const headers = new Headers(response.headers);
      headers.delete('content-length');
      return new Response(JSON.stringify(json), { status: response.status, headers });
    },
  });
  return { client, wire };
}

/** The topics a directory answered with. */
function topicsOf(wire: Map<string, unknown>): { id: string; label: string }[] {
  const answer = wire.get('/topics') as { items?: unknown } | unknown[] | undefined;
  expect(answer, [...wire.keys()].join()).toBeDefined();
  return (Array.isArray(answer) ? answer : (answer as { items: unknown }).items) as {
    id: string;
    label: string;
  }[];
}

// ---------------------------------------------------------------------------------------------

describe('hostile corpus through every string field of every widget', { timeout: 240_000 }, () => {
  it('<saxon-topic-list>: every payload in every topic label', async () => {
    const coverage = new Coverage('topic-list', { label: 'text' });
    await rotate(coverage, 20, async (offset, width) => {
      const { client, wire } = directoryClient(
        createDemoApi({ now: () => NOW, hostile: { offset } }),
      );
      arm();
      const el = document.createElement('saxon-topic-list');
      el.client = client;
      box(width).append(el);
      await until(() => expect(qa(shadow(el), '[part="label"]')).toHaveLength(17));
      const topics = topicsOf(wire);
      const shown = qa(shadow(el), '[part="label"]').map((label) => label.textContent);
      expect(shown.toSorted()).toEqual(topics.map((topic) => topic.label).toSorted());
      for (const topic of topics) coverage.add('label', topic.id, topic.label, offset);
      checkView(el, `topic-list at ${offset}`);
    });
  });

  it('<saxon-event-list>: every payload in every event field, link and the JSON-LD', async () => {
    const coverage = new Coverage('event-list', {
      title: 'text',
      description: 'text',
      'location name': 'text',
      'location city': 'text',
      organizer: 'text',
      'topic label': 'text',
      'city filter': 'text',
      url: 'url',
      registrationUrl: 'url',
      onlineUrl: 'url',
    });
    await rotate(coverage, 40, async (offset, width) => {
      const { client, wire } = directoryClient(
        createDemoApi({ now: () => NOW, hostile: { offset } }),
      );
      arm();
      const el = document.createElement('saxon-event-list');
      el.client = client;
      el.from = '2000-01-01';
      el.limit = 200;
      el.filters = true;
      box(width).append(el);
      await until(() => expect(qa(shadow(el), '[part~="event"]').length).toBeGreaterThan(0));
      await el.updateComplete;
      const answer = wire.get('/events') as {
        items: any[];
        total: number;
        facets: { topic: { value: string; label: string }[]; city: { label: string }[] };
      };
      expect(answer.items).toHaveLength(answer.total); // all of them on one page
      const items = qa(shadow(el), '[part~="event"]');
      expect(items).toHaveLength(answer.items.length);
      // Published are the events Google accepts: a name, and a place (on site) and/or a web
      // address (online); the others are listed but get no item.
      const publishable = (event: any) => {
        const onSite = event.attendanceMode !== 'online' && event.location !== undefined;
        const online = event.attendanceMode !== 'offline';
        const webAddress = safeUrl(event.onlineUrl) ?? safeUrl(event.url);
        return event.title.trim() !== '' && (onSite || online) && (!online || !!webAddress);
      };
      // The JSON-LD comes with its own chunk, after the events: once it is there, it has spoken.
      await import('../../src/event-list/json-ld.js');
      await el.updateComplete;
      await until(() => expect(jsonLdPublished(el)).toBe(true));
      const script = el.querySelector(':scope > script[type="application/ld+json"]');
      const graph = (script ? JSON.parse(script.textContent!)['@graph'] : []) as Record<
        string,
        any
      >[];
      expect(graph).toHaveLength(answer.items.filter(publishable).length);
      const labels = new Map(answer.facets.topic.map((facet) => [facet.value, facet.label]));

      for (const event of answer.items) {
        const li = q(shadow(el), `[data-event-id="${CSS.escape(event.id)}"]`)!;
        const key = event.id as string;
        // title: the text as sent, or "Veranstaltung ohne Titel" when there is nothing to read
        const title = q(li, '.title-link, .title-text')!.textContent!;
        const invisible = /^[\s\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]*$/.test(event.title);
        expect(title).toBe(invisible ? 'Veranstaltung ohne Titel' : event.title);
        coverage.add('title', key, event.title, offset);
        if (publishable(event))
          expect(graph.find((node) => node['name'] === event.title)).toBeDefined();
        // the title links to the event's page only when that is a web address
        const link = q<HTMLAnchorElement>(li, '[part~="title-link"]');
        if (event.url !== undefined) coverage.add('url', key, event.url, offset);
        expect(link?.getAttribute('href')).toBe(safeUrl(event.url));
        const registration = q<HTMLAnchorElement>(li, '[part~="registration-link"]');
        if (event.registrationUrl !== undefined) {
          coverage.add('registrationUrl', key, event.registrationUrl, offset);
        }
        expect(registration?.getAttribute('href')).toBe(safeUrl(event.registrationUrl));
        if (event.onlineUrl !== undefined) {
          // shown nowhere but in the JSON-LD's VirtualLocation, and only as a web address
          coverage.add('onlineUrl', key, event.onlineUrl, offset);
          const node = graph.find((n) => n['@id']?.endsWith?.(event.id)) ?? {};
          expect(JSON.stringify(node)).not.toMatch(/javascript:|vbscript:|data:/i);
        }
        // description: its plain text, cut at 240 characters
        if (event.description !== undefined) {
          const plain = norm(markdownToPlainText(event.description));
          const shown = norm(q(li, '[part~="description"]')?.textContent);
          if (plain.length <= 240) expect(shown).toBe(plain);
          else expect(plain.startsWith(shown.replace(/ …$/, ''))).toBe(true);
          coverage.add('description', key, event.description, offset);
        }
        // place: "name, city" (the city left out when the name holds it); online events none
        if (event.location && event.attendanceMode !== 'online') {
          const { name, city, address } = event.location;
          const where = address ?? (name.includes(city) ? '' : city);
          expect(q(li, '.place-text')?.textContent ?? '').toBe(where ? `${name}, ${where}` : name);
          coverage.add('location name', key, name, offset);
          if (address === undefined) coverage.add('location city', key, city, offset);
        }
        const organizers = norm(q(li, '[part~="organizers"]')?.textContent);
        event.organizers.forEach((organizer: { name: string }, index: number) => {
          if (organizer.name.trim()) expect(organizers).toContain(norm(organizer.name));
          coverage.add('organizer', `${key} ${index}`, organizer.name, offset);
        });
        const topics = qa(li, '[part~="topic"]').map((topic) => topic.textContent!.trim());
        expect(topics).toEqual(event.topics.map((id: string) => (labels.get(id) ?? id).trim()));
        // "Google Kalender" and "Outlook": the service's fixed address, the title carried as
        // sent in one parameter, no link of another scheme in place or details
        for (const [part, origin, titleParam, placeParam, textParam] of [
          ['google-calendar-link', 'https://calendar.google.com', 'text', 'location', 'details'],
          ['outlook-calendar-link', 'https://outlook.live.com', 'subject', 'location', 'body'],
        ] as const) {
          const anchor = q<HTMLAnchorElement>(li, `[part~="${part}"]`)!;
          const href = new URL(anchor.href);
          expect(href.origin).toBe(origin);
          expect(anchor.rel).toBe('noopener noreferrer');
          // (a lone surrogate cannot be written in a URL: it arrives as U+FFFD)
          expect(href.searchParams.get(titleParam)).toBe(wellFormed(event.title));
          // the only addresses added to the event's texts are its http(s) web and online pages
          const details = href.searchParams.get(textParam)!;
          const page = safeUrl(event.url);
          if (page) expect(details.endsWith(`\n\n${page}`) || details === page).toBe(true);
          if (event.attendanceMode === 'online' || !event.location) {
            expect(href.searchParams.get(placeParam)).toBe(safeUrl(event.onlineUrl) ?? '');
          } else {
            const place = href.searchParams.get(placeParam)!;
            expect(place.startsWith(wellFormed(event.location.name))).toBe(true);
          }
        }
      }
      // the subscription: a webcal: link only to the configured API's own feed
      const subscribe = q<HTMLAnchorElement>(shadow(el), '[part~="subscribe-link"]')!;
      expect(subscribe.href).toMatch(/^webcal:\/\/hostile\.invalid\/directory\/v1\/events\.ics\?/);
      for (const [id, label] of labels) coverage.add('topic label', id, label, offset);
      const cityOptions = qa(shadow(el), '#filter-city option').map((o) => o.textContent!);
      for (const facet of answer.facets.city) {
        expect(cityOptions.some((option) => option.includes(facet.label))).toBe(true);
        coverage.add('city filter', facet.label, facet.label, offset);
      }
      checkView(el, `event-list at ${offset} (${width}px)`);
    });
  });

  it('<saxon-actor-map>: every payload in names, places, kinds, descriptions, topics, websites', async () => {
    const coverage = new Coverage('actor-map', {
      name: 'text',
      city: 'text',
      subtype: 'text',
      description: 'text',
      'topic label': 'text',
      website: 'url',
    });
    const detailFields = ['subtype', 'description', 'website'];
    await rotate(coverage, 30, async (offset, width) => {
      const { client, wire } = directoryClient(
        createDemoApi({ now: () => NOW, hostile: { offset } }),
      );
      // the map view: markers named after the actors, clusters, legend
      arm();
      const map = document.createElement('saxon-actor-map');
      map.client = client;
      box(width).append(map);
      await until(() => expect(q(shadow(map), '.marker, .cluster')).not.toBeNull());
      checkView(map, `actor-map (map) at ${offset}`);

      // the list view: every actor, a page at a time, and the detail of those that show more
      const el = document.createElement('saxon-actor-map');
      el.client = client;
      el.view = 'list';
      box(width).append(el);
      await until(() => expect(qa(shadow(el), '[part="item-button"]').length).toBeGreaterThan(0));
      const features = wire.get('/actors.geojson') as
        { features: { properties: { id: string; name: string; city: string } }[] } | undefined;
      expect(features, [...wire.keys()].join()).toBeDefined();
      const byName = new Map(features!.features.map((f) => [f.properties.id, f.properties]));
      const topics = topicsOf(wire);
      const options = qa(shadow(el), '#filter-topic option').map((o) => o.textContent!.trim());
      for (const topic of topics) {
        expect(options).toContain(topic.label.trim());
        coverage.add('topic label', topic.id, topic.label, offset);
      }
      const labels = new Map(topics.map((topic) => [topic.id, topic.label]));
      let rows = 0;
      for (let pageNo = 1; ; pageNo++) {
        checkView(el, `actor-map (list page ${pageNo}) at ${offset}`);
        const count = qa(shadow(el), '[part="item-button"]').length;
        for (let index = 0; index < count; index++) {
          const row = qa(shadow(el), '[part="item-button"]')[index]!;
          const id = row.dataset['key']!.replace(/^row-/, '');
          const actor = byName.get(id)!;
          expect(q(row, '[part="item-name"]')!.textContent).toBe(actor.name);
          expect(q(row, '[part="item-meta"]')!.textContent).toContain(actor.city);
          coverage.add('name', id, actor.name, offset);
          coverage.add('city', id, actor.city, offset);
          rows++;
          if (!detailFields.some((field) => coverage.wants(field, id, offset))) continue;
          row.click();
          await until(() => expect(q(shadow(el), '[part="detail-facts"]')).not.toBeNull());
          const full = wire.get(`/actors/${id}`) as Record<string, any>;
          const detail = q(shadow(el), '[part="detail"]')!;
          expect(q(detail, '[part="detail-title"] span')!.textContent).toBe(full['name']);
          const facts = norm(q(detail, '[part="detail-facts"]')!.textContent);
          if (full['subtype']) {
            expect(facts).toContain(norm(full['subtype']));
            coverage.add('subtype', id, full['subtype'], offset);
          } else if (full['subtype'] === '') coverage.add('subtype', id, '', offset);
          expect(facts).toContain(norm(full['address'].city));
          for (const topic of full['topics'] as string[]) {
            expect(facts).toContain(norm(labels.get(topic) ?? topic));
          }
          if (full['description'] !== undefined) {
            const paragraphs = qa(detail, '[part="detail-description"]').map((p) => p.textContent);
            expect(paragraphs).toEqual(markdownToText(full['description']).map((b) => b.text));
            coverage.add('description', id, full['description'], offset);
          }
          const website = q<HTMLAnchorElement>(detail, '[part="detail-website"]');
          expect(website?.getAttribute('href')).toBe(safeUrl(full['website']));
          if (full['website'] !== undefined) coverage.add('website', id, full['website'], offset);
          checkView(el, `actor-map detail ${id} at ${offset}`, detail);
          q<HTMLButtonElement>(shadow(el), '[part="close-button"]')!.click();
          await until(() => expect(q(shadow(el), '[part="detail"]')).toBeNull());
        }
        if (!nextPage(q(shadow(el), 'saxon-pager')!)) break;
        await until(() =>
          expect(q(shadow(el), 'ol.list')!.getAttribute('start')).toBe(String(pageNo * 20 + 1)),
        );
      }
      expect(rows).toBe(features!.features.length);
    });
  });

  describe.each<PortalType>(['ckan', 'entrystore'])('<saxon-dataset-search> over %s', (type) => {
    it('every payload in titles, publishers, descriptions, keywords, files and links', async () => {
      const coverage = new Coverage(`dataset-search (${type})`, {
        title: 'text',
        publisher: 'text',
        description: 'text',
        keyword: 'text',
        'distribution title': 'text',
        landingPage: 'url',
        accessUrl: 'url',
        downloadUrl: 'url',
      });
      const detailFields = [
        'description',
        'keyword',
        'distribution title',
        'accessUrl',
        'downloadUrl',
      ];
      await rotate(coverage, 30, async (offset, width) => {
        // What the API serves at this offset, by id: the expected text of every field.
        const store = createStore({ now: () => NOW, hostile: { offset } });
        const datasets = new Map(store.datasets.map((d) => [d.id, d]));
        const publishers = new Map(store.publishers.map((p) => [p.id, p]));
        const api = createDemoApi({ now: () => NOW, hostile: { offset } });
        const portal = createOpenDataClient({
          type,
          baseUrl: `https://hostile.invalid/${type === 'ckan' ? 'ckan' : 'entrystore/store'}`,
          retry: 0,
          fetch: (input, init) => Promise.resolve(api.fetch(new Request(input, init))),
        });
        // The SDK keeps only http(s) URLs; this client hands the widget the links as the API sent
        // them, so that the widget's own checks meet every hostile URL.
        const raw = (dataset: Dataset): Dataset => {
          const source = datasets.get(dataset.id)!;
          expect(dataset.distributions).toHaveLength(source.distributions.length);
          return {
            ...dataset,
            landingPage: source.landingPage,
            distributions: dataset.distributions.map((d, i) => ({
              ...d,
              accessUrl: source.distributions[i]!.accessUrl,
              downloadUrl: source.distributions[i]!.downloadUrl,
            })),
          };
        };
        const client: OpenDataClient = {
          ...portal,
          dataset: async (id, options) => raw(await portal.dataset(id, options)),
          search: async (query, options) => {
            const page = await portal.search(query, options);
            return { ...page, items: page.items.map(raw) };
          },
        };
        arm();
        const el = document.createElement('saxon-dataset-search');
        el.client = client;
        // small pages while results and details still lack payloads (going back to the list
        // lays it out again), a short one when only the publisher facet does
        const listFields = ['title', 'landingPage', ...detailFields];
        const paging = listFields.some((field) => coverage.missing(field) > 0);
        el.pageSize = paging ? 20 : 3;
        el.facets = 'publisher theme format license keyword';
        el.sort = 'modified';
        box(width).append(el);

        for (let pageNo = 1; ; pageNo++) {
          await until(() => {
            expect(q(shadow(el), '[part="skeleton"]')).toBeNull();
            expect(norm(q(shadow(el), '[part="summary"]')?.textContent)).toMatch(
              pageNo === 1 ? /Datensätze gefunden$/ : new RegExp(`Seite ${pageNo} von`),
            );
          }, 10_000);
          await el.updateComplete;
          // every facet value on screen ("Mehr anzeigen")
          for (const more of qa<HTMLButtonElement>(shadow(el), '[part="facet-more"]')) {
            if (more.getAttribute('aria-expanded') === 'false') more.click();
          }
          await el.updateComplete;
          checkView(el, `dataset-search (${type}) page ${pageNo} at ${offset}`);
          // the publisher facet names every publisher
          const facetLabels = qa(shadow(el), '.option-label').map((label) =>
            norm(label.textContent),
          );
          for (const publisher of publishers.values()) {
            if (publisher.title.trim()) expect(facetLabels).toContain(norm(publisher.title));
            coverage.add('publisher', publisher.id, publisher.title, offset);
          }
          const results = qa(shadow(el), '[part="result"]');
          for (let index = 0; index < results.length; index++) {
            const result = qa(shadow(el), '[part="result"]')[index]!;
            const link = q<HTMLAnchorElement>(result, '[part="result-link"]')!;
            const id = decodeURIComponent(link.dataset['focusKey']!.replace(/^result:/, ''));
            const source = datasets.get(id);
            expect(source, `unknown dataset ${id}`).toBeDefined();
            // a blank title: the SDK names the dataset by its slug or identifier instead
            const title = norm(source!.title);
            if (title) expect(norm(link.textContent)).toBe(title);
            else expect(norm(link.textContent)).not.toBe('');
            coverage.add('title', id, source!.title, offset);
            expect(link.getAttribute('href')).toBe(
              safeUrl(source!.landingPage) ?? `#dataset-${encodeURIComponent(id)}`,
            );
            if (source!.landingPage !== undefined) {
              coverage.add('landingPage', id, source!.landingPage, offset);
            }
            const publisher = publishers.get(source!.publisherId)!;
            if (publisher.title.trim()) {
              expect(norm(q(result, '[part="result-facts"] dd')!.textContent)).toBe(
                norm(publisher.title),
              );
            }
            const description = teaser(source!.description);
            expect(norm(q(result, '[part="result-description"]')?.textContent)).toBe(
              norm(description),
            );

            // the API's record says what the detail would show: open it only for something new
            const fresh = (field: string, value: unknown) =>
              value !== undefined && !coverage.covers(field, value);
            const wantsDetail =
              fresh('description', source!.description) ||
              source!.keywords.some((keyword) => fresh('keyword', keyword)) ||
              source!.distributions.some(
                (d) =>
                  fresh('distribution title', d.title) ||
                  fresh('accessUrl', d.accessUrl) ||
                  fresh('downloadUrl', d.downloadUrl),
              );
            if (!wantsDetail) continue;
            link.click();
            const detail = await openedDetail(el);
            expect(norm(q(detail, '[part="detail-title"]')!.textContent)).toBe(
              norm(link.textContent),
            );
            const blocks = markdownToText(source!.description).map((block) => block.text);
            const paragraphs = qa(detail, '[part="description"] p, [part="description"] li');
            expect(paragraphs.map((p) => norm(p.textContent))).toEqual(
              blocks.length ? blocks.map(norm) : ['Keine Beschreibung vorhanden.'],
            );
            coverage.add('description', id, source!.description, offset);
            const tags = qa(detail, '.tag').map((tag) => tag.textContent);
            source!.keywords.forEach((keyword, k) => {
              if (keyword.trim()) expect(tags).toContain(keyword.trim());
              coverage.add('keyword', `${id} ${k}`, keyword, offset);
            });
            const files = qa(detail, '[part="distribution"]');
            expect(files).toHaveLength(source!.distributions.length);
            source!.distributions.forEach((distribution, k) => {
              const file = files[k]!;
              const name = q(file, '[part="distribution-link"], .distribution-name')!.textContent;
              expect(norm(name)).toBe(norm(distribution.title) || `Datei ${distribution.format}`);
              const href = q(file, '[part="distribution-link"]')?.getAttribute('href');
              expect(href).toBe(
                safeUrl(distribution.downloadUrl) ?? safeUrl(distribution.accessUrl),
              );
              coverage.add('distribution title', `${id} ${k}`, distribution.title, offset);
              coverage.add('accessUrl', `${id} ${k}`, distribution.accessUrl, offset);
              if (distribution.downloadUrl !== undefined) {
                coverage.add('downloadUrl', `${id} ${k}`, distribution.downloadUrl, offset);
              }
            });
            checkView(el, `dataset-search (${type}) detail ${id} at ${offset}`, detail);
            q<HTMLButtonElement>(shadow(el), '[part="back-button"]')!.click();
            await el.updateComplete;
            expect(q(shadow(el), '[part="detail"]')).toBeNull();
          }
          // further pages only while the list fields still lack payloads
          if (listFields.every((field) => coverage.missing(field) === 0)) break;
          const pager = q(shadow(el), 'saxon-pager')!;
          if (!nextPage(pager)) break;
        }
      });
    });
  });
});

describe('the checks of this file catch what they look for', () => {
  it('sees a real widget overflow once its wrapping rule is taken away', async () => {
    // offset 20 puts the 100,000-character word (and others without a break) into topic labels
    const { client } = directoryClient(createDemoApi({ now: () => NOW, hostile: { offset: 20 } }));
    const el = document.createElement('saxon-topic-list');
    el.client = client;
    box(320).append(el);
    await until(() => expect(qa(shadow(el), '[part="label"]').length).toBeGreaterThan(0));
    expect(layoutProblems(el)).toEqual([]); // the widget as it is: nothing sticks out
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('* { overflow-wrap: normal !important; word-break: normal !important }');
    shadow(el).adoptedStyleSheets = [...shadow(el).adoptedStyleSheets, sheet];
    const long = qa(shadow(el), '[part="label"]').some((label) => label.textContent!.length > 1000);
    expect(long).toBe(true);
    expect(layoutProblems(el).length).toBeGreaterThan(0);
  });

  it('flags script elements, on* attributes, dangerous URLs and text that sticks out', () => {
    const host = document.createElement('div');
    host.style.width = '320px';
    document.body.replaceChildren(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>harmless</p><a href="https://example.invalid/">ok</a><a href="#x">ok</a>';
    expect(() => scan(host, 'clean')).not.toThrow();
    expect(layoutProblems(host)).toEqual([]);
    const dangerous = [
      '<script type="text/plain"></script>',
      '<img data-x="1" onerror="void 0">',
      '<a href=" JaVa\tScRiPt:void(0)">x</a>',
      '<a href="data:text/html,x">x</a>',
      '<iframe></iframe>',
      '<base href="https://evil.invalid/">',
    ];
    for (const markup of dangerous) {
      root.innerHTML = markup;
      expect(() => scan(host, markup)).toThrow();
    }
    for (const url of HOSTILE_URLS) {
      // the corpus's URLs: only web addresses, mailto and what resolves to the page pass
      if (unsafeUrl(url)) continue;
      expect(new URL(url, location.href).protocol).toMatch(/^(https?|mailto):$/);
    }
    expect(HOSTILE_URLS.filter(unsafeUrl).length).toBeGreaterThanOrEqual(10);
    root.innerHTML = `<p>${'x'.repeat(100_000)}</p>`;
    expect(layoutProblems(host).length).toBeGreaterThan(0);
    root.innerHTML = `<p style="overflow-wrap:anywhere">${'x'.repeat(100_000)}</p>`;
    expect(layoutProblems(host)).toEqual([]);
  });

  it('trips when a payload is parsed as markup', async () => {
    arm();
    const host = document.createElement('div');
    document.body.replaceChildren(host);
    host.attachShadow({ mode: 'open' }).innerHTML = HOSTILE_TEXT[1]!; // <img src=x onerror=…>
    // onerror fires once the image request has failed, which on a loaded machine takes longer than
    // the check's own pause: wait for the payload to have run before asking the check to notice it.
    const ran = Date.now();
    while ((window as Pwned).__saxonPwned === undefined && Date.now() - ran < 10_000)
      await sleep(20);
    await expect(assertNothingRan('markup on purpose')).rejects.toThrow(/ran script/);
    arm();
  });
});

// ---------------------------------------------------------------------------------------------
// Nulls, missing fields and numbers as strings, everywhere in the records.

type Looseness = 'everything' | 'optional' | 'numbers';

/**
 * The answer with its records changed. Records are the objects in arrays (results, items, features,
 * facets, distributions …); the envelope around them stays.
 * - `everything`: each number becomes a string; of the other fields, in turn, one keeps its value,
 *   one becomes null and one goes missing (`phase` shifts the turn: over three phases every field
 *   of every record has been each).
 * - `optional`: the same turns, but only for the fields some record of the same list lacks anyway
 *   (optional by the data's own evidence); numbers stay.
 * - `numbers`: every number in a record becomes a string, nothing else changes.
 */
function loosen(value: unknown, phase: number, mode: Looseness, counter = { k: 0 }): unknown {
  const change = (record: Record<string, unknown>, optional: Set<string> | null) => {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(record)) {
      if (typeof item === 'number' && mode !== 'optional') {
        out[key] = String(item);
        continue;
      }
      const mutable = mode === 'everything' || (mode === 'optional' && optional?.has(key));
      const turn = mutable ? (counter.k++ + phase) % 3 : 0;
      if (turn === 0) out[key] = walk(item, true);
      else if (turn === 1) out[key] = null;
    }
    return out;
  };
  const walk = (node: unknown, inRecord: boolean): unknown => {
    if (Array.isArray(node)) {
      const records = node.filter(
        (item): item is Record<string, unknown> => item !== null && typeof item === 'object',
      );
      const keys = new Set(records.flatMap((record) => Object.keys(record)));
      const optional = new Set(
        [...keys].filter((key) => records.some((record) => record[key] == null)),
      );
      return node.map((item) =>
        item !== null && typeof item === 'object' && !Array.isArray(item)
          ? change(item as Record<string, unknown>, optional)
          : walk(item, true),
      );
    }
    if (node === null || typeof node !== 'object') return node;
    if (inRecord) return change(node as Record<string, unknown>, null);
    return Object.fromEntries(
      Object.entries(node as Record<string, unknown>).map(([key, item]) => [
        key,
        walk(item, false),
      ]),
    );
  };
  return walk(value, false);
}

/** What a widget shows once it has settled: content, an empty state or its error panel. */
function outcome(el: Element): 'content' | 'empty' | 'error' | undefined {
  const root = el.shadowRoot!;
  if (root.querySelector('saxon-skeleton, [part~="skeleton"]')) return undefined;
  if (root.querySelector('saxon-error-panel, [part~="error"]')) return 'error';
  if (root.querySelector('saxon-empty-state, [part~="empty"]')) return 'empty';
  const content = root.querySelector(
    '[part~="label"], [part~="event"], [part~="item"], [part~="result"], .marker, .cluster',
  );
  return content ? 'content' : undefined;
}

describe('nulls, missing fields and numbers as strings', { timeout: 60_000 }, () => {
  const outcomes: string[] = [];
  afterAll(() => console.info(outcomes.join('\n')));

  async function settle(el: LitElement, label: string) {
    await until(() => expect(outcome(el), `${label}: still loading or blank`).toBeDefined(), 5000);
    await el.updateComplete;
    // never blank: something to read, whatever the answer held
    expect(deepText(el.shadowRoot!).length, `${label}: blank`).toBeGreaterThan(0);
    checkView(el, label);
    outcomes.push(`${label}: ${outcome(el)}`);
    return outcome(el);
  }

  const MODES: Looseness[] = ['everything', 'optional', 'numbers'];
  const CASES = MODES.flatMap((mode) =>
    (mode === 'numbers' ? [0] : [0, 1, 2]).map((phase) => [mode, phase] as const),
  );

  it.each(CASES)(
    'directory widgets, %s changed, phase %i: what is valid, else their error',
    async (mode, phase) => {
      const api = createDemoApi({ now: () => NOW, hostile: { offset: phase * 7 } });
      for (const tag of ['saxon-topic-list', 'saxon-event-list', 'saxon-actor-map'] as const) {
        for (const width of WIDTHS) {
          const { client } = directoryClient(api, (json) => loosen(json, phase, mode));
          arm();
          const el = document.createElement(tag);
          el.client = client;
          if (tag === 'saxon-event-list') {
            const list = el as HTMLElementTagNameMap['saxon-event-list'];
            list.from = '2000-01-01';
            list.limit = 200;
            list.filters = true;
          }
          if (tag === 'saxon-actor-map')
            (el as HTMLElementTagNameMap['saxon-actor-map']).view = 'list';
          box(width).append(el);
          const shown = await settle(el, `${tag} ${mode} phase ${phase} ${width}px`);
          // missing or null optional fields leave the rest readable
          if (mode === 'optional') expect(shown).toBe('content');
          // the actor map's detail loads the full record: open the first rows
          if (tag === 'saxon-actor-map') {
            for (const row of qa<HTMLButtonElement>(shadow(el), '[part="item-button"]').slice(
              0,
              5,
            )) {
              row.click();
              await until(() => expect(q(shadow(el), '[part="detail"]')).not.toBeNull());
              await until(() => expect(q(shadow(el), '[part="detail-skeleton"]')).toBeNull());
              checkView(el, `${tag} detail ${mode} phase ${phase}`);
              q<HTMLButtonElement>(shadow(el), '[part="close-button"]')!.click();
              await el.updateComplete;
            }
          }
          await assertNothingRan(`${tag} ${mode} phase ${phase}`);
        }
      }
    },
  );

  it.each(
    (['ckan', 'entrystore'] as const).flatMap((type) =>
      CASES.map(([mode, phase]) => [type, mode, phase] as const),
    ),
  )(
    '<saxon-dataset-search> over %s, %s changed, phase %i: what is valid, else its error',
    async (type, mode, phase) => {
      const api = createDemoApi({ now: () => NOW, hostile: { offset: phase * 7 } });
      const client = createOpenDataClient({
        type,
        baseUrl: `https://hostile.invalid/${type === 'ckan' ? 'ckan' : 'entrystore/store'}`,
        retry: 0,
        fetch: async (input, init) => {
          const response = await api.fetch(new Request(input, init));
          if (!(response.headers.get('content-type') ?? '').includes('json')) return response;
          const json = loosen(await response.json(), phase, mode);
          const headers = new Headers(response.headers);
          headers.delete('content-length');
          return new Response(JSON.stringify(json), { status: response.status, headers });
        },
      });
      arm();
      const el = document.createElement('saxon-dataset-search');
      el.client = client;
      el.pageSize = 20;
      el.facets = 'publisher theme format license keyword';
      box(WIDTHS[phase % 2]!).append(el);
      const label = `dataset-search (${type}) ${mode} phase ${phase}`;
      const shown = await settle(el, label);
      if (mode === 'optional') expect(shown).toBe('content');
      // the details of the first results show the most fields
      for (
        let index = 0;
        index < Math.min(5, qa(shadow(el), '[part="result-link"]').length);
        index++
      ) {
        qa(shadow(el), '[part="result-link"]')[index]!.click();
        const detail = await openedDetail(el);
        checkView(el, `${label} detail ${index}`, detail);
        q<HTMLButtonElement>(shadow(el), '[part="back-button"]')!.click();
        await el.updateComplete;
      }
      await assertNothingRan(label);
    },
  );
});
