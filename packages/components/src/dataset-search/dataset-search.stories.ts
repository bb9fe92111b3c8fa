import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createOpenDataClient } from '@saxon-ai/sdk';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { expect, waitFor } from 'storybook/test';
import {
  BUSY_DIRECTORY_URL,
  DEMO_API_ORIGIN,
  HOSTILE_DIRECTORY_URL,
} from '../../../../.storybook/demo-origins.js';
import './define.js';
import { facetsSource } from './facets-source.js';

interface Args {
  portal?: string;
  'api-type'?: string;
  'api-url'?: string;
  query?: string;
  facets?: string;
  'page-size'?: number;
}
type Story = StoryObj<Args>;

// The demo API's portal emulations, answered in the page by MSW (see .storybook/demo-api.ts).
const SACHSEN_DEMO = `${DEMO_API_ORIGIN}/entrystore/store`;
const CKAN_DEMO = `${DEMO_API_ORIGIN}/ckan`;
const HOSTILE_CKAN = `${new URL(HOSTILE_DIRECTORY_URL).origin}/ckan`;
const BUSY_SACHSEN = `${new URL(BUSY_DIRECTORY_URL).origin}/entrystore/store`;

const widget = (canvas: HTMLElement) => canvas.querySelector('saxon-dataset-search')!;
const shadow = (canvas: HTMLElement) => widget(canvas).shadowRoot!;

/** Waits until results are rendered, so that the accessibility check sees the real content. */
const resultsShown: Story['play'] = async ({ canvasElement }) => {
  await waitFor(
    () =>
      expect(shadow(canvasElement).querySelectorAll('[part="result"]').length).toBeGreaterThan(0),
    { timeout: 5000 },
  );
};

const render = (args: Args) =>
  html`<saxon-dataset-search
    portal=${ifDefined(args.portal)}
    api-type=${ifDefined(args['api-type'])}
    api-url=${ifDefined(args['api-url'])}
    query=${ifDefined(args.query)}
    facets=${ifDefined(args.facets)}
    page-size=${ifDefined(args['page-size'])}
  ></saxon-dataset-search>`;

const meta: Meta<Args> = {
  title: 'Widgets/Datensatzsuche',
  component: 'saxon-dataset-search',
  args: { portal: 'sachsen', 'api-url': SACHSEN_DEMO },
  render,
};
export default meta;

/** The Saxon state portal (`portal="sachsen"`, EntryStore), here answered by the demo API's EntryStore emulation. */
export const SaxonPortal: Story = { play: resultsShown };

/** GovData (`portal="govdata"`, CKAN), answered by the demo API's CKAN emulation. */
export const GovData: Story = {
  args: { portal: 'govdata', 'api-url': CKAN_DEMO },
  play: resultsShown,
};

/** Opens the first result, waits for its downloads and checks that focus moved to its title. */
const openFirstResult: Story['play'] = async (context) => {
  await resultsShown(context);
  const root = shadow(context.canvasElement);
  root.querySelector<HTMLAnchorElement>('[part="result-link"]')!.click();
  await waitFor(() => expect(root.querySelector('[part="distribution-link"]')).not.toBeNull());
  await expect(root.activeElement?.classList.contains('detail-title')).toBe(true);
};

/** A result opened: full description, keywords, categories, downloads, licence and portal link. */
export const Detail: Story = { args: { query: 'Luftqualität' }, play: openFirstResult };

/** The detail in the dark colour scheme. */
export const DetailDark: Story = {
  args: { query: 'Luftqualität' },
  globals: { theme: 'dark' },
  play: openFirstResult,
};

/** English texts of the element and English category labels from the SDK. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async (context) => {
    await resultsShown(context);
    await waitFor(() =>
      expect(shadow(context.canvasElement).textContent).toContain('datasets found'),
    );
  },
};

/** The dark defaults of the theme tokens, on a page that declares `color-scheme: dark`. */
export const Dark: Story = { globals: { theme: 'dark' }, play: resultsShown };

/** Nothing matches: the empty state offers to clear the search term. */
export const Empty: Story = {
  args: { query: 'Quastenflosser' },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(shadow(canvasElement).querySelector('[part="empty-action"]')).not.toBeNull(),
    );
  },
};

/** The portal refuses (HTTP 429, `Retry-After: 600`): the error panel with its retry button. */
export const ServerBusy: Story = {
  args: { 'api-url': BUSY_SACHSEN },
  play: async ({ canvasElement }) => {
    await waitFor(
      () =>
        expect(
          shadow(canvasElement).querySelector('[part="error"]')?.shadowRoot?.textContent,
        ).toContain('in 10 Minuten'),
      { timeout: 5000 },
    );
  },
};

/** A slow portal (every answer 2.5 s late): placeholders until the results arrive. */
export const Slow: Story = {
  render: () => {
    const slowPortal = createOpenDataClient({
      type: 'ckan',
      baseUrl: CKAN_DEMO,
      fetch: (input, init) =>
        new Promise((resolve) => setTimeout(resolve, 2500)).then(() => fetch(input, init)),
    });
    return html`<saxon-dataset-search .client=${slowPortal}></saxon-dataset-search>`;
  },
};

/** Hostile portal text — injections, bidi tricks, 2,500-character words, `javascript:` URLs — stays inert text. */
export const HostileData: Story = {
  args: {
    portal: undefined,
    'api-type': 'ckan',
    'api-url': HOSTILE_CKAN,
    facets: 'publisher theme format license keyword',
  },
  play: async (context) => {
    await resultsShown(context);
    const root = shadow(context.canvasElement);
    await expect(root.querySelector('a[href^="javascript:" i]')).toBeNull();
    await expect((window as { __saxonPwned?: unknown }).__saxonPwned).toBeUndefined();
  },
};

/** On a phone (320 px): the filters stack above the results. */
export const Narrow: Story = {
  name: '320 px wide',
  render: (args) =>
    html`<div style=${styleMap({ width: '320px', border: '1px dashed GrayText' })}>
      ${render(args)}
    </div>`,
  play: resultsShown,
};

/** Opens the region group's Kreis map (it loads then) and waits for its 13 Kreise. */
const openMap: Story['play'] = async (context) => {
  await resultsShown(context);
  const root = shadow(context.canvasElement);
  await waitFor(() => expect(root.querySelector('[part="region-map-toggle"]')).not.toBeNull(), {
    timeout: 5000,
  });
  root.querySelector<HTMLButtonElement>('[part="region-map-toggle"]')!.click();
  await waitFor(() => expect(root.querySelectorAll('[part="region-map-kreis"]').length).toBe(13), {
    timeout: 5000,
  });
};

/** Place: the region facet with the Kreis map opened, each Kreis a switch with its count. */
export const RegionMap: Story = { args: { facets: 'region theme' }, play: openMap };

/** Place in the dark colour scheme, Leipzig chosen on the map. */
export const RegionMapDark: Story = {
  args: { facets: 'region theme' },
  globals: { theme: 'dark' },
  play: async (context) => {
    await openMap(context);
    const root = shadow(context.canvasElement);
    root.querySelector<SVGElement>('[data-ags="14713"]')!.dispatchEvent(new MouseEvent('click'));
    await waitFor(
      () =>
        expect(root.querySelector('[data-ags="14713"]')!.getAttribute('aria-checked')).toBe('true'),
      { timeout: 5000 },
    );
  },
};

/** Time: the time group opened with "Eigener Zeitraum" for the publication date. */
export const TimeRange: Story = {
  args: { facets: 'time theme' },
  play: async (context) => {
    await resultsShown(context);
    const root = shadow(context.canvasElement);
    // The time group comes with the facets, which load beside the first search.
    await waitFor(() => expect(root.querySelector('[part~="time-filters"]')).not.toBeNull(), {
      timeout: 5000,
    });
    root.querySelector<HTMLElement>('[part~="time-filters"] summary')!.click();
    await waitFor(() => expect(root.querySelector('#time-issued')).not.toBeNull(), {
      timeout: 5000,
    });
    const issued = root.querySelector<HTMLSelectElement>('#time-issued')!;
    issued.value = 'custom';
    issued.dispatchEvent(new Event('change'));
    await waitFor(() => expect(root.querySelector('input[name="from"]')).not.toBeNull());
  },
};

/**
 * The facets' code could not be loaded (offline after the page): the results show all the same;
 * the filters column says why, with "Erneut versuchen".
 */
export const FiltersLoadFailed: Story = {
  beforeEach: () => {
    const load = facetsSource.load;
    facetsSource.load = () => Promise.reject(new Error('offline'));
    return () => {
      facetsSource.load = load;
    };
  },
  play: async (context) => {
    await resultsShown(context);
    const root = shadow(context.canvasElement);
    await waitFor(() => expect(root.querySelector('[part="filters-retry"]')).not.toBeNull(), {
      timeout: 5000,
    });
  },
};

/** For experts: the detail's panel with API URL, SDK snippet, DCAT links, attribution and feed. */
export const ExpertPanel: Story = {
  args: { portal: 'govdata', 'api-url': CKAN_DEMO, query: 'Luftqualität' },
  play: async (context) => {
    await openFirstResult(context);
    const root = shadow(context.canvasElement);
    root.querySelector<HTMLElement>('[part="expert-summary"]')!.click();
    await waitFor(() => expect(root.querySelector('[part="snippet"]')).not.toBeNull(), {
      timeout: 5000,
    });
  },
};

/** Hostile region labels and attribution texts stay text, on the map and in the expert panel. */
export const HostileRegionsAndAttribution: Story = {
  args: { portal: undefined, 'api-type': 'ckan', 'api-url': HOSTILE_CKAN, facets: 'region' },
  play: async (context) => {
    await openMap(context);
    const root = shadow(context.canvasElement);
    root.querySelector<HTMLAnchorElement>('[part="result-link"]')!.click();
    await waitFor(() => expect(root.querySelector('[part="expert-summary"]')).not.toBeNull());
    root.querySelector<HTMLElement>('[part="expert-summary"]')!.click();
    await waitFor(() => expect(root.querySelector('[part="attribution-text"]')).not.toBeNull(), {
      timeout: 5000,
    });
    await expect((window as { __saxonPwned?: unknown }).__saxonPwned).toBeUndefined();
  },
};
