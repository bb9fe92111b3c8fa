import { createDirectoryClient } from '@saxon-ai/sdk';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createDemoApi } from '@saxon-ai/demo-api';
import { mount, until } from '../../test/fixture.js';
import { CONTEXT_CHANGE_EVENT, type ContextChangeDetail } from '../shared/filter-context.js';
import './define.js';
import type { SaxonTopicList, TopicSelectDetail } from './topic-list.js';

// The demo API on 127.0.0.1, reached as `localhost` (see topic-list.test.ts for why).
const server = inject('demoApiUrl');
const apiUrl = `${server.replace('//127.0.0.1:', '//localhost:')}/directory/v1`;

let contexts = 0;
const freshContext = () => `topics-test-${++contexts}`;

async function topicList(attributes: Record<string, string>, setup?: (el: SaxonTopicList) => void) {
  const el = document.createElement('saxon-topic-list');
  el.setAttribute('api-url', apiUrl);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  setup?.(el);
  await mount(el);
  await until(
    () => expect(el.shadowRoot!.querySelectorAll('[part="item"]')).toHaveLength(17),
    5000,
  );
  return el;
}
const buttons = (el: Element) => [
  ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part~="topic-button"]'),
];
const button = (el: Element, label: string) =>
  buttons(el).find((b) => b.querySelector('[part="label"]')!.textContent === label)!;
const pressed = (el: Element) =>
  buttons(el)
    .filter((b) => b.getAttribute('aria-pressed') === 'true')
    .map((b) => b.querySelector('[part="label"]')!.textContent);

function recordEvents<T>(type: string, target: EventTarget = document) {
  const seen: T[] = [];
  const listener = (event: Event) => seen.push((event as CustomEvent<T>).detail);
  target.addEventListener(type, listener);
  return { seen, stop: () => target.removeEventListener(type, listener) };
}

beforeEach(() => {
  document.documentElement.lang = 'de';
});
afterEach(() => document.body.replaceChildren());

describe('<saxon-topic-list> in a context: toggle buttons', () => {
  it('chooses and un-chooses topics, tells the page and the context', async () => {
    const context = freshContext();
    const el = await topicList({ context });
    const selects = recordEvents<TopicSelectDetail>('saxon-topic-select');
    const changes = recordEvents<ContextChangeDetail>(CONTEXT_CHANGE_EVENT);
    try {
      expect(buttons(el)).toHaveLength(17);
      expect(pressed(el)).toEqual([]);
      expect(el.shadowRoot!.querySelector('[part="clear-button"]')).toBeNull();

      button(el, 'Maschinelles Lernen').click();
      await el.updateComplete;
      button(el, 'Robotik').click();
      await el.updateComplete;
      expect(pressed(el).sort()).toEqual(['Maschinelles Lernen', 'Robotik']);
      expect(selects.seen.map((d) => [d.topic.id, d.selected, d.topics])).toEqual([
        ['machine-learning', true, ['machine-learning']],
        ['robotics', true, ['machine-learning', 'robotics']],
      ]);
      expect(changes.seen.at(-1)).toMatchObject({
        context,
        state: { topics: ['machine-learning', 'robotics'] },
        source: el,
      });

      button(el, 'Maschinelles Lernen').click();
      await el.updateComplete;
      expect(pressed(el)).toEqual(['Robotik']);
      expect(selects.seen.at(-1)).toMatchObject({ selected: false, topics: ['robotics'] });
      expect(changes.seen.at(-1)!.state).toEqual({ topics: ['robotics'] });
    } finally {
      selects.stop();
      changes.stop();
    }
  });

  it('keeps the context unchanged when the page cancels saxon-topic-select', async () => {
    const context = freshContext();
    const el = await topicList({ context });
    const changes = recordEvents<ContextChangeDetail>(CONTEXT_CHANGE_EVENT);
    const cancel = (event: Event) => event.preventDefault();
    el.addEventListener('saxon-topic-select', cancel);
    try {
      button(el, 'Robotik').click();
      await el.updateComplete;
      expect(pressed(el)).toEqual([]);
      expect(changes.seen).toEqual([]);
    } finally {
      changes.stop();
    }
  });

  it('shows what another widget of the context chose, also when it joins late', async () => {
    const context = freshContext();
    const first = await topicList({ context });
    button(first, 'Robotik').click();
    await first.updateComplete;

    const late = await topicList({ context });
    expect(pressed(late)).toEqual(['Robotik']);
    button(late, 'Robotik').click();
    await until(() => expect(pressed(first)).toEqual([]));

    // another context on the page is unaffected
    const other = await topicList({ context: freshContext() });
    button(first, 'Robotik').click();
    await until(() => expect(pressed(late)).toEqual(['Robotik']));
    expect(pressed(other)).toEqual([]);
  });

  it('works by keyboard: Tab reaches the topics, Enter and Space toggle, clearing keeps focus', async () => {
    const el = await topicList({ context: freshContext() });
    const before = document.createElement('button');
    before.textContent = 'davor';
    document.body.prepend(before);
    before.focus();
    await userEvent.tab(); // the skip link "Themen überspringen"
    await userEvent.tab();
    const first = buttons(el)[0]!;
    expect(el.shadowRoot!.activeElement).toBe(first);
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(first.getAttribute('aria-pressed')).toBe('true');
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(buttons(el)[1]!.getAttribute('aria-pressed')).toBe('true');

    const clear = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="clear-button"]')!;
    expect(clear.textContent!.trim()).toBe('Alle Themen zeigen');
    clear.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => expect(el.shadowRoot!.activeElement).toBe(buttons(el)[0]));
    expect(pressed(el)).toEqual([]);
    expect(el.shadowRoot!.querySelector('[part="clear-button"]')).toBeNull();
  });
});

describe('<saxon-topic-list> with href-template: links', () => {
  it('links each topic with its encoded id; a cancelled event keeps the visitor here', async () => {
    const el = await topicList({ 'href-template': '/themen/{id}?quelle=liste' });
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part="topic-link"]')];
    expect(links).toHaveLength(17);
    const robotics = links.find((a) => a.textContent!.includes('Robotik'))!;
    expect(robotics.href).toBe(`${location.origin}/themen/robotics?quelle=liste`);
    expect(el.shadowRoot!.querySelector('button[part~="topic-button"]')).toBeNull();

    const selects = recordEvents<TopicSelectDetail>('saxon-topic-select', el);
    el.addEventListener('saxon-topic-select', (event) => event.preventDefault());
    const followed = recordEvents<MouseEvent>('click', el);
    robotics.click();
    selects.stop();
    followed.stop();
    expect(selects.seen).toMatchObject([
      { topic: { id: 'robotics' }, selected: true, topics: ['robotics'] },
    ]);
    // the page stayed: vitest's own page would have been replaced otherwise
    expect(document.body.contains(el)).toBe(true);
  });

  it('makes no links from a template with another scheme or without {id}: plain text', async () => {
    for (const template of ['javascript:alert("{id}")', '/themen/']) {
      const el = await topicList({ 'href-template': template });
      expect(el.shadowRoot!.querySelector('a')).toBeNull();
      expect(el.shadowRoot!.querySelector('button[part~="topic-button"]')).toBeNull();
      el.remove();
    }
  });

  it('keeps hostile topic ids and labels inert in links and buttons', async () => {
    const hostile = createDemoApi({ hostile: true });
    const client = createDirectoryClient({
      baseUrl: 'https://hostile.invalid/directory/v1',
      fetch: (input, init) => Promise.resolve(hostile.fetch(new Request(input, init))),
    });
    const topics = await client.topics.list();
    for (const attributes of [{ 'href-template': '/themen/{id}' }, { context: freshContext() }]) {
      const el = document.createElement('saxon-topic-list');
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      el.client = client;
      await mount(el);
      await until(() => expect(el.shadowRoot!.querySelectorAll('[part="item"]')).toHaveLength(17));
      const labels = [...el.shadowRoot!.querySelectorAll('[part="label"]')];
      expect(labels.every((label) => label.children.length === 0)).toBe(true);
      expect(labels.map((l) => l.textContent).sort()).toEqual(topics.map((t) => t.label).sort());
      for (const link of el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')) {
        expect(link.href.startsWith(`${location.origin}/themen/`)).toBe(true);
        expect(new URL(link.href).pathname.split('/')).toHaveLength(3);
      }
      if ('context' in attributes) {
        for (const b of buttons(el)) b.click();
        await el.updateComplete;
        expect(pressed(el)).toHaveLength(17);
      }
      el.remove();
    }
    expect((window as { __saxonPwned?: unknown }).__saxonPwned).toBeUndefined();
  });
});
