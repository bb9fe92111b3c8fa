import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createDirectoryClient } from '@saxon-ai/sdk';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import {
  BUSY_DIRECTORY_URL,
  DEMO_DIRECTORY_URL,
  HOSTILE_DIRECTORY_URL,
  demoDay,
} from '../../../../.storybook/demo-origins.js';
import './define.js';
import type { SaxonEventList } from './event-list.js';

interface Args {
  'api-url': string;
  from?: string;
  to?: string;
  topic?: string;
  city?: string;
  organizer?: string;
  'attendance-mode'?: string;
  limit?: number;
  layout?: 'list' | 'compact' | 'cards';
  filters?: boolean;
  onSelect: (detail: unknown) => void;
}
type Story = StoryObj<Args>;

const element = (canvas: HTMLElement) => canvas.querySelector('saxon-event-list')!;
const shadow = (canvas: HTMLElement) => element(canvas).shadowRoot!;
const events = (canvas: HTMLElement) => shadow(canvas).querySelectorAll('[part~="event"]');

/** Waits until `count` events are shown, so that the accessibility check sees the real content. */
const eventsShown =
  (count: number): Story['play'] =>
  async ({ canvasElement }) => {
    await waitFor(() => expect(events(canvasElement)).toHaveLength(count), { timeout: 5000 });
  };

/** Waits for a state part (`empty`, `error`) to appear. */
const stateShown =
  (part: string): Story['play'] =>
  async ({ canvasElement }) => {
    await waitFor(
      () => expect(shadow(canvasElement).querySelector(`[part~="${part}"]`)).not.toBeNull(),
      { timeout: 5000 },
    );
  };

const meta: Meta<Args> = {
  title: 'Widgets/Veranstaltungen',
  component: 'saxon-event-list',
  args: { 'api-url': DEMO_DIRECTORY_URL, onSelect: fn() },
  argTypes: {
    layout: { control: 'inline-radio', options: ['list', 'compact', 'cards'] },
    'attendance-mode': { control: 'text' },
  },
  // A title link fires `saxon-event-select`; cancelling it keeps the visitor on the page (the demo
  // events' web pages do not exist) and shows the event in the Actions panel instead.
  render: (args) =>
    html`<saxon-event-list
      api-url=${args['api-url']}
      from=${ifDefined(args.from)}
      to=${ifDefined(args.to)}
      topic=${ifDefined(args.topic)}
      city=${ifDefined(args.city)}
      organizer=${ifDefined(args.organizer)}
      attendance-mode=${ifDefined(args['attendance-mode'])}
      limit=${ifDefined(args.limit)}
      layout=${ifDefined(args.layout)}
      ?filters=${args.filters ?? false}
      @saxon-event-select=${(event: CustomEvent) => {
        event.preventDefault();
        args.onSelect(event.detail);
      }}
    ></saxon-event-list>`,
};
export default meta;

/** The next ten events of the demo directory, in the toolbar's language. */
export const Upcoming: Story = {
  play: async (context) => {
    await eventsShown(10)!(context);
    // Upcoming means not over yet: each event's last day (its last `<time datetime>`) is today or later.
    const lastDays = [...events(context.canvasElement)].map((event) =>
      [...event.querySelectorAll('[part="date"] time')].at(-1)!.getAttribute('datetime')!,
    );
    // Today by the real clock, not the demo's: the story must stay true for whoever looks at it.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(
      new Date(),
    );
    await expect(lastDays.filter((day) => day.slice(0, 10) < today)).toEqual([]);
  },
};

/** Past events: the real Saxon AI congresses and meetings from 2021 to 2024. */
export const Past: Story = {
  args: { from: '2021-01-01', to: '2024-12-31' },
  play: eventsShown(5),
};

/** Cancelled, postponed and rescheduled events say so in words, not only by striking through. */
export const CancelledAndPostponed: Story = {
  args: { from: demoDay(10), to: demoDay(70), limit: 20 },
  play: async (context) => {
    await eventsShown(12)!(context);
    const badges = [...shadow(context.canvasElement).querySelectorAll('[part="event-status"]')];
    await expect(badges.map((badge) => badge.textContent!.trim())).toEqual([
      'Verschoben',
      'Abgesagt',
      'Neuer Termin',
    ]);
  },
};

/** Online and hybrid events only (`attendance-mode="online,mixed"`). */
export const OnlineAndHybrid: Story = {
  args: { 'attendance-mode': 'online,mixed', limit: 20 },
  play: eventsShown(17),
};

/** The event across the end of daylight-saving time: both zones are named. */
export const AcrossDaylightSaving: Story = {
  args: { from: '2026-10-20', to: '2026-10-31' },
  play: async (context) => {
    await eventsShown(1)!(context);
    await expect(
      shadow(context.canvasElement).querySelector('[part="date"]')!.textContent,
    ).toContain('MEZ');
  },
};

/** English texts, dates and API labels. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async (context) => {
    await eventsShown(10)!(context);
    await expect(shadow(context.canvasElement).textContent).toContain('Add to calendar');
  },
};

/** The dark defaults of the theme tokens, on a page that declares `color-scheme: dark`. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { filters: true },
  play: eventsShown(10),
};

/** Cards in a grid (`layout="cards"`). */
export const Cards: Story = { args: { layout: 'cards' }, play: eventsShown(10) };

/** Dense rows without descriptions (`layout="compact"`), e.g. for a sidebar. */
export const Compact: Story = { args: { layout: 'compact', limit: 5 }, play: eventsShown(5) };

/** Filter controls for topic, place and attendance (`filters`); a choice applies at once. */
export const WithFilters: Story = {
  args: { filters: true },
  play: async (context) => {
    await eventsShown(10)!(context);
    const topic = shadow(context.canvasElement).querySelector<HTMLSelectElement>('#filter-topic')!;
    await userEvent.selectOptions(topic, 'robotics');
    await eventsShown(1)!(context);
  },
};

/**
 * The page shows an event itself (it cancels `saxon-event-select`): the list marks it
 * (`aria-current="true"`, part `selected-event`). With `sync-url` the page URL names it too.
 */
export const SelectedEvent: Story = {
  play: async (context) => {
    await eventsShown(10)!(context);
    const link = shadow(context.canvasElement).querySelector<HTMLAnchorElement>(
      '[part~="title-link"]',
    )!;
    await userEvent.click(link);
    await waitFor(() =>
      expect(link.closest('[part~="event"]')!.getAttribute('aria-current')).toBe('true'),
    );
  },
};

/** "Weitere Veranstaltungen laden" appends the next page and moves focus to its first event. */
export const LoadMore: Story = {
  args: { limit: 5 },
  play: async (context) => {
    await eventsShown(5)!(context);
    const button = shadow(context.canvasElement).querySelector<HTMLButtonElement>(
      '[part~="more-button"]',
    )!;
    await userEvent.click(button);
    await eventsShown(10)!(context);
    await waitFor(() =>
      expect(shadow(context.canvasElement).activeElement).toBe(events(context.canvasElement)[5]),
    );
  },
};

/** Loading the next page fails: the shown events stay, the reason is given, the button retries. */
export const LoadMoreFails: Story = {
  render: () => {
    // The first page comes from the demo directory, every further page from the busy one (429).
    const client = createDirectoryClient({
      baseUrl: DEMO_DIRECTORY_URL,
      fetch: (input, init) => {
        const url = new URL(new Request(input, init).url);
        const busy = url.searchParams.has('offset') && url.searchParams.get('offset') !== '0';
        return fetch(busy ? url.href.replace(DEMO_DIRECTORY_URL, BUSY_DIRECTORY_URL) : url, init);
      },
    });
    return html`<saxon-event-list .client=${client} limit="3"></saxon-event-list>`;
  },
  play: async (context) => {
    await eventsShown(3)!(context);
    await userEvent.click(
      shadow(context.canvasElement).querySelector<HTMLButtonElement>('[part~="more-button"]')!,
    );
    await stateShown('more-error')!(context);
  },
};

/** Nothing matches: "Keine anstehenden Veranstaltungen." */
export const Empty: Story = { args: { city: 'Bautzen' }, play: stateShown('empty') };

/** The directory refuses (HTTP 429, `Retry-After: 600`): the error panel with its retry button. */
export const ServerBusy: Story = {
  args: { 'api-url': BUSY_DIRECTORY_URL },
  play: stateShown('error'),
};

/** No `api-url`: the webmaster is told which attribute is missing, without a retry button. */
export const NotConfigured: Story = {
  render: () => html`<saxon-event-list></saxon-event-list>`,
  play: stateShown('error'),
};

/** Still loading (a directory that never answers): placeholder bars and a busy area. */
export const Loading: Story = {
  render: () => {
    const silentDirectory = {
      events: {
        list: () => new Promise<never>(() => {}),
        icalUrl: () => `${DEMO_DIRECTORY_URL}/events.ics`,
        eventIcalUrl: (id: string) => `${DEMO_DIRECTORY_URL}/events/${id}.ics`,
      },
    };
    return html`<saxon-event-list
      .client=${silentDirectory as unknown as SaxonEventList['client']}
    ></saxon-event-list>`;
  },
};

/** A page's own look: a few `--saxon-*` tokens and a `::part()` rule are all it takes. */
export const ThemedByThePage: Story = {
  render: (args) =>
    html`<saxon-event-list
      api-url=${args['api-url']}
      layout="cards"
      limit="6"
      style=${styleMap({
        '--saxon-color-accent': '#006b3d',
        '--saxon-color-surface-raised': '#eef7f1',
        '--saxon-color-border': '#3d7a58',
        '--saxon-radius': '0',
        '--saxon-font-family': 'Georgia, serif',
      })}
    ></saxon-event-list>`,
  play: eventsShown(6),
};

/** Hostile directory text — injections, bidi tricks, 2,500-character words — stays inert text. */
export const HostileData: Story = {
  args: { 'api-url': HOSTILE_DIRECTORY_URL },
  play: async (context) => {
    await waitFor(() => expect(events(context.canvasElement).length).toBeGreaterThan(0), {
      timeout: 5000,
    });
    await expect((window as { __saxonPwned?: unknown }).__saxonPwned).toBeUndefined();
  },
};
