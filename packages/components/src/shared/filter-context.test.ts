import { ReactiveElement } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as firstCopy from './filter-context.js';
import type { ContextFilters, ContextOrigin } from './filter-context.js';

type FilterContextModule = typeof firstCopy;

/**
 * A second, separate instance of the module — what a page gets when the map and the event list come
 * from two `<script>` bundles. The query makes Vite serve it as a module of its own.
 */
const secondCopy = (await import(
  /* @vite-ignore */ new URL('./filter-context.ts?second-bundle', import.meta.url).href
)) as FilterContextModule;

/** A minimal element that joins the context named by its `context` attribute and records what it hears. */
function probeClass(module: FilterContextModule) {
  return class ContextProbe extends ReactiveElement {
    static override properties = { context: { type: String } };
    declare context: string | null;
    readonly heard: { state: ContextFilters; origin: ContextOrigin }[] = [];
    readonly filters = new module.FilterContextController(this, {
      name: () => this.context,
      onChange: (state, origin) => this.heard.push({ state, origin }),
    });
  };
}

const FirstProbe = probeClass(firstCopy);
const SecondProbe = probeClass(secondCopy);
customElements.define('context-probe-first', FirstProbe);
customElements.define('context-probe-second', SecondProbe);

type Probe = InstanceType<typeof FirstProbe>;

let uniqueContext = 0;
/** A context name no other test used: the registry is page-wide and outlives each test. */
const freshContext = () => `test-context-${++uniqueContext}`;

async function probe(tag: 'first' | 'second', context: string | null): Promise<Probe> {
  const el = document.createElement(`context-probe-${tag}`) as Probe;
  if (context !== null) el.setAttribute('context', context);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

function recordContextEvents() {
  const seen: firstCopy.ContextChangeDetail[] = [];
  const listener = (event: Event) => seen.push((event as CustomEvent).detail);
  document.addEventListener(firstCopy.CONTEXT_CHANGE_EVENT, listener);
  return {
    seen,
    stop: () => document.removeEventListener(firstCopy.CONTEXT_CHANGE_EVENT, listener),
  };
}

afterEach(() => document.body.replaceChildren());

describe('FilterContextController', () => {
  it('shares state between two separate copies of the module (two script bundles)', async () => {
    expect(secondCopy.FilterContextController).not.toBe(firstCopy.FilterContextController);
    const context = freshContext();
    const map = await probe('first', context);
    const events = await probe('second', context);

    map.filters.publish({ topics: ['robotik'] });
    expect(events.heard).toEqual([{ state: { topics: ['robotik'] }, origin: 'other' }]);
    expect(events.filters.state).toEqual({ topics: ['robotik'] });

    events.filters.publish({ kreis: '14612' });
    expect(map.heard).toEqual([
      { state: { topics: ['robotik'], kreis: '14612' }, origin: 'other' },
    ]);
    // the publisher is not told of its own change
    expect(events.heard).toHaveLength(1);
  });

  it('hands the current state to a widget that joins late, from either copy', async () => {
    const context = freshContext();
    const early = await probe('first', context);
    early.filters.publish({ topics: ['nlp', 'robotik'], kreis: '14713' });

    const late = await probe('second', context);
    expect(late.heard).toEqual([
      { state: { topics: ['nlp', 'robotik'], kreis: '14713' }, origin: 'other' },
    ]);
    expect(late.filters.state).toEqual({ topics: ['nlp', 'robotik'], kreis: '14713' });

    // joining an empty context calls nothing
    const alone = await probe('first', freshContext());
    expect(alone.heard).toEqual([]);
  });

  it('keeps several contexts on one page apart', async () => {
    const north = freshContext();
    const south = freshContext();
    const northMap = await probe('first', north);
    const northEvents = await probe('second', north);
    const southEvents = await probe('second', south);

    northMap.filters.publish({ topics: ['robotik'] });
    expect(northEvents.heard).toHaveLength(1);
    expect(southEvents.heard).toEqual([]);
    expect(southEvents.filters.state).toEqual({});

    southEvents.filters.publish({ kreis: '14522' });
    expect(northMap.heard).toEqual([]);
    expect(northEvents.filters.state).toEqual({ topics: ['robotik'] });
  });

  it('does nothing without a context: no listener, no event, no state, deaf to others', async () => {
    const events = recordContextEvents();
    const added = vi.spyOn(document, 'addEventListener');
    try {
      const context = freshContext();
      const loner = await probe('first', null);
      expect(added).not.toHaveBeenCalled();
      const other = await probe('second', context);
      loner.filters.publish({ topics: ['robotik'] });
      expect(events.seen).toEqual([]);
      expect(loner.filters.state).toEqual({});

      other.filters.publish({ topics: ['nlp'] });
      expect(events.seen).toHaveLength(1);
      expect(loner.heard).toEqual([]);
      // an empty attribute is no context either
      const blank = await probe('first', '');
      blank.filters.publish({ kreis: '14612' });
      expect(events.seen).toHaveLength(1);
    } finally {
      added.mockRestore();
      events.stop();
    }
  });

  it('announces only real changes, so widgets that answer with a publish do not loop', async () => {
    const events = recordContextEvents();
    try {
      const context = freshContext();
      const a = await probe('first', context);
      await probe('second', context);
      a.filters.publish({ topics: ['nlp', 'robotik'] });
      a.filters.publish({ topics: ['robotik', 'nlp', 'nlp'] });
      expect(events.seen).toHaveLength(1);
      a.filters.publish({ topics: [] });
      expect(events.seen).toHaveLength(2);
      expect(a.filters.state).toEqual({});
    } finally {
      events.stop();
    }
  });

  it('clears a key with undefined and passes on the url origin', async () => {
    const context = freshContext();
    const a = await probe('first', context);
    const b = await probe('second', context);
    a.filters.publish({ topics: ['nlp'], kreis: '14612' });
    a.filters.publish({ kreis: undefined }, 'url');
    expect(b.heard.at(-1)).toEqual({ state: { topics: ['nlp'] }, origin: 'url' });
  });

  it('treats a hand-made event detail as untrusted input', async () => {
    const context = freshContext();
    const b = await probe('second', context);
    document.dispatchEvent(
      new CustomEvent(firstCopy.CONTEXT_CHANGE_EVENT, {
        detail: {
          context,
          source: document,
          origin: '<img src=x onerror=alert(1)>',
          state: {
            topics: ['ok', 7, '', null, 'ok', { toString: () => 'x' }],
            kreis: '1461<script>',
          },
        },
      }),
    );
    expect(b.heard).toEqual([{ state: { topics: ['ok'] }, origin: 'other' }]);
    // the registry follows, so a late joiner sees the same
    const late = await probe('first', context);
    expect(late.filters.state).toEqual({ topics: ['ok'] });
    for (const detail of [null, 'x', { context, state: 'nonsense' }]) {
      document.dispatchEvent(new CustomEvent(firstCopy.CONTEXT_CHANGE_EVENT, { detail }));
    }
    expect(b.heard.at(-1)).toEqual({ state: {}, origin: 'other' });
  });

  it('follows a changed context attribute and stops listening when removed', async () => {
    const first = freshContext();
    const second = freshContext();
    const publisher = await probe('first', second);
    publisher.filters.publish({ kreis: '14612' });

    const mover = await probe('second', first);
    expect(mover.heard).toEqual([]);
    mover.setAttribute('context', second);
    await mover.updateComplete;
    expect(mover.heard).toEqual([{ state: { kreis: '14612' }, origin: 'other' }]);

    mover.remove();
    publisher.filters.publish({ kreis: '14713' });
    expect(mover.heard).toHaveLength(1);
  });
});
