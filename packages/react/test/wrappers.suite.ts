import {
  createElement as h,
  version as reactVersion,
  type ComponentProps,
  type ReactElement,
} from 'react';
import { flushSync, version as reactDomVersion } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import {
  SaxonActorMap as ActorMapElement,
  SaxonDatasetSearch as DatasetSearchElement,
  SaxonEntryForm as EntryFormElement,
  SaxonEventList as EventListElement,
  SaxonTopicList as TopicListElement,
} from '@saxon-ai/components';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  SaxonActorMap,
  SaxonDatasetSearch,
  SaxonEntryForm,
  SaxonEventList,
  SaxonTopicList,
} from '../src/generated/index.js';

/**
 * The same checks for every React major: the test files (one per version) run this suite, each
 * in a vitest project that resolves `react` and `react-dom` to that version (see vitest.config.ts).
 * Everything happens in one page and one React root: the wrappers are rendered once, re-rendered
 * with new props, and their widgets are clicked for real against the demo API.
 */
export function describeWrappers(major: 18 | 19): void {
  // The demo API (scripts/test/demo-api.setup.ts), reached as `localhost` like the widgets' own
  // tests do, so the browser's HTTP cache is not shared with the SDK's `127.0.0.1` tests.
  const api = inject('demoApiUrl').replace('//127.0.0.1:', '//localhost:');
  const directory = `${api}/directory/v1`;

  /** What the widgets' events handed to the `on…` props. */
  const received = {
    datasets: [] as string[],
    actors: [] as string[],
    events: [] as { title: string; origin: string; cancelable: boolean }[],
    topics: [] as { id: string; selected: boolean }[],
    submitted: [] as string[],
  };
  const handlers = {
    onSaxonDatasetSelect: (event) => received.datasets.push(event.detail.dataset.title),
  } satisfies ComponentProps<typeof SaxonDatasetSearch>;

  // Typed props and events: these lines fail `pnpm typecheck` if the wrappers lose their types.
  // @ts-expect-error `limit` is a number property of <saxon-event-list>
  const wrongLimit: ComponentProps<typeof SaxonEventList> = { limit: 'drei' };
  // @ts-expect-error the actor map has no `onSaxonEventSelect` event
  const wrongEvent: ComponentProps<typeof SaxonActorMap> = { onSaxonEventSelect: () => {} };
  void [wrongLimit, wrongEvent];

  function widgets(layout: 'compact' | 'cards', view: 'list' | 'map'): ReactElement {
    return h(
      'div',
      null,
      h(SaxonDatasetSearch, {
        id: 'datasets',
        apiType: 'ckan',
        apiUrl: `${api}/ckan`,
        pageSize: 3,
        headingLevel: 3,
        ...handlers,
      }),
      h(SaxonActorMap, {
        apiUrl: directory,
        view,
        onSaxonActorSelect: (event) => received.actors.push(event.detail.actor.name),
      }),
      h(SaxonEventList, {
        apiUrl: directory,
        limit: 3,
        layout,
        className: 'events',
        onSaxonEventSelect: (event) => {
          event.preventDefault(); // show it "on the page": the link is not followed
          received.events.push({
            title: event.detail.event.title,
            origin: event.detail.origin,
            cancelable: event.cancelable,
          });
        },
      }),
      h(SaxonTopicList, {
        apiUrl: directory,
        context: `react-${major}`,
        onSaxonTopicSelect: (event) =>
          received.topics.push({ id: event.detail.topic.id, selected: event.detail.selected }),
      }),
      h(SaxonEntryForm, {
        kind: 'event',
        apiUrl: directory,
        onSaxonEntrySubmitted: (event) => received.submitted.push(event.detail.statusLink),
      }),
    );
  }

  let container: HTMLElement;
  let root: Root;
  const one = <E extends Element>(selector: string) => container.querySelector<E>(selector)!;
  /** Parts inside a widget's shadow root. */
  const parts = (host: Element, name: string) => [
    ...host.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
  ];

  beforeAll(() => {
    container = document.createElement('div');
    document.body.append(container);
    // A link that is not cancelled would navigate the test page away: stop that, so a broken
    // handler fails the assertions below instead of the whole run.
    container.addEventListener(
      'click',
      (click) => {
        if ((click.target as Element).closest('a')) click.preventDefault();
      },
      { capture: true },
    );
    root = createRoot(container);
  });
  afterAll(() => {
    root.unmount();
    container.remove();
  });

  describe(`@saxon-ai/react on React ${major}`, () => {
    it(`runs on React ${major} and ReactDOM ${major}`, () => {
      expect(reactVersion.split('.')[0]).toBe(String(major));
      expect(reactDomVersion.split('.')[0]).toBe(String(major));
    });

    it('renders every wrapper, registers its element and sets the props as properties', async () => {
      flushSync(() => root.render(widgets('compact', 'list')));

      const elements = {
        'saxon-dataset-search': DatasetSearchElement,
        'saxon-actor-map': ActorMapElement,
        'saxon-event-list': EventListElement,
        'saxon-topic-list': TopicListElement,
        'saxon-entry-form': EntryFormElement,
      };
      for (const [tag, elementClass] of Object.entries(elements)) {
        expect(customElements.get(tag), tag).toBe(elementClass);
        expect(one(tag), tag).toBeInstanceOf(elementClass);
      }
      const search = one<DatasetSearchElement>('saxon-dataset-search');
      expect(search.id).toBe('datasets');
      expect([search.apiType, search.pageSize, search.headingLevel]).toEqual(['ckan', 3, 3]);
      const events = one<EventListElement>('saxon-event-list');
      expect(events.className).toBe('events');
      expect([events.limit, events.layout]).toEqual([3, 'compact']);
      expect(one<ActorMapElement>('saxon-actor-map').view).toBe('list');
      expect(one<TopicListElement>('saxon-topic-list').context).toBe(`react-${major}`);
      expect(one<EntryFormElement>('saxon-entry-form').kind).toBe('event');

      // …and the widgets show the demo API's data.
      await expect.poll(() => parts(search, 'result').length, { timeout: 20_000 }).toBe(3);
      await expect.poll(() => parts(events, 'event').length, { timeout: 20_000 }).toBe(3);
      const map = one('saxon-actor-map');
      await expect
        .poll(() => parts(map, 'item-button').length, { timeout: 20_000 })
        .toBeGreaterThan(0);
      const topics = one('saxon-topic-list');
      await expect
        .poll(() => parts(topics, 'topic-button').length, { timeout: 20_000 })
        .toBeGreaterThan(0);
    });

    it('passes new props to the same elements on a re-render', async () => {
      const events = one<EventListElement>('saxon-event-list');
      const map = one<ActorMapElement>('saxon-actor-map');
      flushSync(() => root.render(widgets('cards', 'map')));
      expect(one('saxon-event-list')).toBe(events);
      expect(events.layout).toBe('cards');
      expect(map.view).toBe('map');
      await expect
        .poll(() => parts(map, 'marker').length + parts(map, 'cluster').length, {
          timeout: 20_000,
        })
        .toBeGreaterThan(0);
      flushSync(() => root.render(widgets('cards', 'list')));
      await expect
        .poll(() => parts(map, 'item-button').length, { timeout: 20_000 })
        .toBeGreaterThan(0);
    });

    it("hands each widget's custom events to its on… prop, with the typed detail", async () => {
      const search = one('saxon-dataset-search');
      const link = parts(search, 'result-link')[0]!;
      link.click();
      await expect
        .poll(() => received.datasets, { timeout: 5_000 })
        .toEqual([link.textContent!.trim()]);

      const map = one('saxon-actor-map');
      const row = parts(map, 'item-button')[0]!;
      const name = row.querySelector('[part~="item-name"]')!.textContent!.trim();
      row.click();
      await expect.poll(() => received.actors, { timeout: 5_000 }).toEqual([name]);

      const events = one('saxon-event-list');
      const title = parts(events, 'title-link')[0]!;
      title.click();
      await expect
        .poll(() => received.events, { timeout: 5_000 })
        .toEqual([{ title: title.textContent!.trim(), origin: 'click', cancelable: true }]);

      const topics = one('saxon-topic-list');
      const topic = parts(topics, 'topic-button')[0]!;
      topic.click();
      await expect.poll(() => received.topics.length, { timeout: 5_000 }).toBe(1);
      expect(received.topics[0]!.selected).toBe(true);
      // The widget re-renders after its event: wait for that state, not for the event alone.
      await expect.poll(() => topic.getAttribute('aria-pressed'), { timeout: 5_000 }).toBe('true');

      // The entry form fires `saxon-entry-submitted` only after the server took a proposal; the
      // wiring of its prop is what is checked here, with the event the form dispatches.
      one('saxon-entry-form').dispatchEvent(
        new CustomEvent('saxon-entry-submitted', {
          detail: { receipt: {}, statusLink: '#eintrag-status=abc' },
          bubbles: true,
          composed: true,
        }),
      );
      expect(received.submitted).toEqual(['#eintrag-status=abc']);
    });
  });
}
