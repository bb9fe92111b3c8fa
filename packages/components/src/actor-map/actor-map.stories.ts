import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { DirectoryClient } from '@saxon-ai/sdk';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, waitFor } from 'storybook/test';
import {
  BUSY_DIRECTORY_URL,
  DEMO_API_ORIGIN,
  DEMO_DIRECTORY_URL,
  FAILING_CARD_API_ORIGIN,
  HOSTILE_DIRECTORY_URL,
  SLOW_CARD_API_ORIGIN,
} from '../../../../.storybook/demo-origins.js';
import { syntheticDirectoryClient } from '../../test/support/demo-clients.js';
import './define.js';

interface Args {
  'api-url': string;
  category?: string;
  topic?: string;
  text?: string;
  ags?: string;
  view?: 'map' | 'list';
  tiles?: string;
  'tile-attribution'?: string;
  'consent-remember'?: boolean;
  context?: string;
  'open-data-type'?: string;
  'open-data-url'?: string;
  'entry-form-url'?: string;
  onSelect: (detail: unknown) => void;
}
type Story = StoryObj<Args>;

/**
 * A tile server inside the demo origin: never reached (`.invalid`), so the tile story shows the
 * consent overlay and, after the click, the requests it lets through (Storybook's network panel).
 */
const DEMO_TILES = `${DEMO_API_ORIGIN.replace('//', '//tiles.')}/{z}/{x}/{y}.png`;

const shadow = (canvas: HTMLElement) => canvas.querySelector('saxon-actor-map')!.shadowRoot!;
const part = (canvas: HTMLElement, name: string) =>
  shadow(canvas).querySelector<HTMLElement>(`[part~="${name}"]`);

/** Waits until the count is announced, so that the accessibility check sees the real content. */
const counted =
  (text: RegExp): NonNullable<Story['play']> =>
  async ({ canvasElement }) => {
    await waitFor(() => expect(part(canvasElement, 'status')?.textContent).toMatch(text), {
      timeout: 15_000,
    });
  };
const onMap = counted(/^[\d.]+ (Akteure auf der Karte|actors on the map)$/);

const meta: Meta<Args> = {
  title: 'Widgets/Akteurskarte',
  component: 'saxon-actor-map',
  args: { 'api-url': DEMO_DIRECTORY_URL, onSelect: fn() },
  argTypes: {
    view: { control: 'inline-radio', options: ['map', 'list'] },
    category: { control: 'text' },
  },
  render: (args) =>
    html`<saxon-actor-map
      api-url=${args['api-url']}
      category=${ifDefined(args.category)}
      topic=${ifDefined(args.topic)}
      text=${ifDefined(args.text)}
      ags=${ifDefined(args.ags)}
      view=${ifDefined(args.view)}
      tiles=${ifDefined(args.tiles)}
      tile-attribution=${ifDefined(args['tile-attribution'])}
      ?consent-remember=${args['consent-remember'] ?? false}
      context=${ifDefined(args.context)}
      open-data-type=${ifDefined(args['open-data-type'])}
      open-data-url=${ifDefined(args['open-data-url'])}
      entry-form-url=${ifDefined(args['entry-form-url'])}
      @saxon-actor-select=${(event: CustomEvent) => args.onSelect(event.detail)}
    ></saxon-actor-map>`,
};
export default meta;

/** The 50 real AI actors of Saxony on the bundled map of the 13 Kreise: no tile server at all. */
export const Default: Story = { play: onMap };

/** 10,000 synthetic actors besides the real ones: clusters keep the map light. */
export const TenThousandActors: Story = {
  loaders: [
    () => {
      return { client: syntheticDirectoryClient(10_000) };
    },
  ],
  render: (_, { loaded }) =>
    html`<saxon-actor-map .client=${loaded['client'] as DirectoryClient}></saxon-actor-map>`,
  play: onMap,
};

/** The map's equivalent: the same actors under the same filters, as a list. */
export const ListView: Story = {
  args: { view: 'list' },
  play: counted(/^50 (Akteure in der Liste|actors in the list)$/),
};

/** The detail card, opened from the list (name, category, kind, place, topics, website). */
export const Detail: Story = {
  args: { view: 'list', category: 'research' },
  play: async (context) => {
    await counted(/in der Liste|in the list/)(context);
    part(context.canvasElement, 'item-button')!.click();
    await waitFor(() => expect(part(context.canvasElement, 'detail-website')).not.toBeNull());
    await expect(context.args.onSelect).toHaveBeenCalled();
  },
};

/** Filtered by attributes: research and networks in Dresden. */
export const Filtered: Story = {
  args: { category: 'research network', ags: '14612' },
  play: onMap,
};

/** With a tile server set: nothing is loaded from it until the visitor agrees. */
export const TilesWithConsent: Story = {
  args: {
    tiles: DEMO_TILES,
    'tile-attribution': '© Demo-Kacheln',
    'consent-remember': true,
  },
  play: async (context) => {
    await onMap(context);
    await expect(part(context.canvasElement, 'consent')?.textContent).toContain(
      'tiles.demo-api.saxon-ai.invalid',
    );
    await expect(shadow(context.canvasElement).querySelector('.tile')).toBeNull();
  },
};

/** After the visitor's click: tiles load, and their attribution joins the map's. */
export const TilesAfterConsent: Story = {
  args: TilesWithConsent.args,
  play: async (context) => {
    await onMap(context);
    part(context.canvasElement, 'consent-button')!.click();
    await waitFor(() =>
      expect(shadow(context.canvasElement).querySelector('.tile')).not.toBeNull(),
    );
    await expect(part(context.canvasElement, 'attribution')?.textContent).toContain(
      '© Demo-Kacheln',
    );
  },
};

/**
 * Eight actors in Leipzig give only the city as their place: activating their group spreads them
 * out in a ring around it (Tab walks them, Escape gathers them).
 */
export const ActorsAtOnePlace: Story = {
  args: { ags: '14713' },
  play: async (context) => {
    await onMap(context);
    const root = shadow(context.canvasElement);
    const clusters = () => [...root.querySelectorAll<HTMLElement>('.cluster')];
    const atOnePlace = () =>
      clusters().find((cluster) => cluster.textContent!.includes('8 Akteure an diesem Ort'));
    for (let round = 0; round < 10 && !atOnePlace(); round++) {
      const cluster = clusters()[0]!;
      cluster.click();
      await waitFor(() => expect(cluster.isConnected).toBe(false));
    }
    atOnePlace()!.click();
    await waitFor(() => expect(atOnePlace()!.getAttribute('aria-expanded')).toBe('true'));
    await expect(root.querySelectorAll('.marker').length).toBeGreaterThanOrEqual(8);
  },
};

/** English texts and topic labels. */
export const English: Story = { globals: { locale: 'en' }, play: onMap };

/** The dark defaults, on a page that declares `color-scheme: dark`. */
export const Dark: Story = { globals: { theme: 'dark' }, play: onMap };

/** The palette of forced colours (simulated): categories still differ by shape. */
export const ForcedColours: Story = { globals: { forcedColors: 'simulated' }, play: onMap };

/** The directory refuses (HTTP 429, `Retry-After: 600`): the error panel with its retry button. */
export const ServerBusy: Story = {
  args: { 'api-url': BUSY_DIRECTORY_URL },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(part(canvasElement, 'error')).not.toBeNull(), { timeout: 5000 });
  },
};

/** No actor matches the filters: the empty state, and the map stays usable. */
export const Empty: Story = {
  args: { text: 'Quantenbäckerei Zzyzx' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(part(canvasElement, 'empty')).not.toBeNull(), { timeout: 5000 });
  },
};

/** Hostile directory text — injections, bidi tricks, giant words — stays inert text. */
export const HostileData: Story = {
  args: { 'api-url': HOSTILE_DIRECTORY_URL, view: 'list' },
  play: async (context) => {
    await counted(/in der Liste|in the list/)(context);
    await expect((window as { __saxonPwned?: unknown }).__saxonPwned).toBeUndefined();
  },
};

/** Opens the card of the first actor in the list and waits until `ready` holds. */
const openFirstCard =
  (ready: string): NonNullable<Story['play']> =>
  async (context) => {
    await counted(/in der Liste|in the list/)(context);
    part(context.canvasElement, 'item-button')!.click();
    await waitFor(() => expect(part(context.canvasElement, ready)).not.toBeNull(), {
      timeout: 15_000,
    });
  };

const cardArgs: Partial<Args> = {
  view: 'list',
  text: 'DiAS',
  context: 'demo',
  'open-data-type': 'ckan',
  'open-data-url': `${DEMO_API_ORIGIN}/ckan`,
  'entry-form-url': 'eintragen.html?entry-id={id}',
};

/**
 * The actor card in full: offers and topics (buttons into the page's filter context), the actor's
 * next events, its open data on the configured portal (here: none under its name) and "Änderung
 * vorschlagen", the link to the entry form.
 */
export const ActorCard: Story = {
  args: cardArgs,
  play: async (context) => {
    await openFirstCard('detail-event')(context);
    await waitFor(() =>
      expect(part(context.canvasElement, 'detail-datasets-empty')).not.toBeNull(),
    );
  },
};

/** The portal refuses: the datasets part shows its error and retry; the rest of the card stands. */
export const ActorCardPortalBusy: Story = {
  args: { ...cardArgs, 'open-data-url': `${BUSY_DIRECTORY_URL.replace('/directory/v1', '')}/ckan` },
  play: openFirstCard('detail-datasets-error'),
};

/** An actor without announced events: the events part says so. */
export const ActorCardNoEvents: Story = {
  args: { ...cardArgs, text: 'CeTI' },
  play: openFirstCard('detail-events-empty'),
};

/** The card in the dark defaults. */
export const ActorCardDark: Story = {
  args: cardArgs,
  globals: { theme: 'dark' },
  play: ActorCard.play,
};

/** The card in forced colours (simulated). */
export const ActorCardForcedColours: Story = {
  args: cardArgs,
  globals: { forcedColors: 'simulated' },
  play: ActorCard.play,
};

/** The card of an API whose events and portal are `origin`'s (the actor itself loads). */
const cardOn = (origin: string): Partial<Args> => ({
  ...cardArgs,
  'api-url': `${origin}/directory/v1`,
  'open-data-url': `${origin}/ckan`,
});

/** While the actor's events and its datasets load: each part shows its placeholder bars. */
export const ActorCardLoading: Story = {
  args: cardOn(SLOW_CARD_API_ORIGIN),
  play: async (context) => {
    await openFirstCard('detail-events-skeleton')(context);
    await waitFor(() =>
      expect(part(context.canvasElement, 'detail-datasets-skeleton')).not.toBeNull(),
    );
  },
};

/** Events and portal fail: each part shows its error with retry, announced; the card stands. */
export const ActorCardErrors: Story = {
  args: cardOn(FAILING_CARD_API_ORIGIN),
  play: async (context) => {
    await openFirstCard('detail-events-error')(context);
    await waitFor(
      () => expect(part(context.canvasElement, 'detail-datasets-error')).not.toBeNull(),
      {
        timeout: 15_000,
      },
    );
    await waitFor(() =>
      expect(part(context.canvasElement, 'detail-sections-status')!.textContent).toMatch(
        /Nächste Veranstaltungen: .+ Offene Daten dieses Akteurs: /,
      ),
    );
  },
};
