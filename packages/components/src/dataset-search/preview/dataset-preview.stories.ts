import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createOpenDataClient, type Dataset, type OpenDataClient } from '@saxon-ai/sdk';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import {
  BUSY_DIRECTORY_URL,
  DEMO_API_ORIGIN,
  SLOW_CARD_API_ORIGIN,
} from '../../../../../.storybook/demo-origins.js';
import '../define.js';

type Story = StoryObj;

// The demo API's CKAN emulation, answered in the page by MSW (see .storybook/demo-api.ts).
const CKAN_DEMO = `${DEMO_API_ORIGIN}/ckan`;
const BIKE = 'ÖPNV + Rad: Bike+Ride-Anlagen im Verbundgebiet';
const COUNTS = 'Verkehrszählung "Blaues Wunder" 2024';

/** The demo portal, with files added to every dataset (for the failure states). */
function portal(extra: Dataset['distributions'] = []): OpenDataClient {
  const client = createOpenDataClient({ type: 'ckan', baseUrl: CKAN_DEMO });
  const add = (dataset: Dataset): Dataset => ({
    ...dataset,
    distributions: [...dataset.distributions, ...extra],
  });
  return {
    ...client,
    search: async (...args) => {
      const page = await client.search(...args);
      return { ...page, items: page.items.map(add) };
    },
    dataset: async (...args) => add(await client.dataset(...args)),
  };
}

const shadow = (canvas: HTMLElement) => canvas.querySelector('saxon-dataset-search')!.shadowRoot!;

/** The detail's row of the file named `file`. */
const distributionRow = (canvas: HTMLElement, file: string) =>
  [...shadow(canvas).querySelectorAll('[part="distribution"]')].find(
    (li) => li.querySelector('[part="distribution-link"]')?.textContent?.trim() === file,
  )!;

/** Opens the dataset titled `title` and presses "Vorschau" of its file `file`. */
const openPreviewButton =
  (title: string, file: string): NonNullable<Story['play']> =>
  async ({ canvasElement }) => {
    const root = () => shadow(canvasElement);
    await waitFor(
      () =>
        expect(
          [...root().querySelectorAll('[part="result-link"]')].some(
            (a) => a.textContent!.trim() === title,
          ),
        ).toBe(true),
      { timeout: 10_000 },
    );
    [...root().querySelectorAll<HTMLAnchorElement>('[part="result-link"]')]
      .find((a) => a.textContent!.trim() === title)!
      .click();
    await waitFor(() => expect(root().querySelector('[part="distribution"]')).not.toBeNull());
    distributionRow(canvasElement, file)
      .querySelector<HTMLButtonElement>('[part="preview-button"]')!
      .click();
  };

/** Opens the dataset titled `title`, presses "Vorschau" of its file `file`, waits for the preview. */
const openPreview =
  (title: string, file: string, says = ''): Story['play'] =>
  async (context) => {
    await openPreviewButton(title, file)(context);
    const row = distributionRow(context.canvasElement, file);
    await waitFor(() => expect(row.querySelector('.preview-panel')).not.toBeNull(), {
      timeout: 20_000,
    });
    await expect(row.querySelector('.preview-panel')!.textContent).toContain(says);
  };

const render = (client: OpenDataClient, query: string) => () =>
  html`<saxon-dataset-search .client=${client} query=${query}></saxon-dataset-search>`;

const meta: Meta = {
  title: 'Widgets/Datensatzsuche/Vorschau',
  component: 'saxon-dataset-search',
};
export default meta;

/** A dataset's files, each that can be shown with its "Vorschau" button; nothing is fetched yet. */
export const Closed: Story = {
  render: render(portal(), 'Bike+Ride'),
  play: async ({ canvasElement }) => {
    const root = () => shadow(canvasElement);
    await waitFor(() => expect(root().querySelector('[part="result-link"]')).not.toBeNull(), {
      timeout: 10_000,
    });
    [...root().querySelectorAll<HTMLAnchorElement>('[part="result-link"]')]
      .find((a) => a.textContent!.trim() === BIKE)!
      .click();
    await waitFor(() =>
      expect(
        root().querySelectorAll('[part="preview-button"][aria-expanded="false"]'),
      ).toHaveLength(2),
    );
  },
};

/** A CSV file as a table: caption, column headers, numbers right-aligned, its own scroll region. */
export const Table: Story = {
  render: render(portal(), 'Bike+Ride'),
  play: openPreview(BIKE, `${BIKE} (CSV)`, 'Alle'),
};

/** A GeoJSON file on the Kreis map, fitted to its features, with the attribute table below. */
export const Map: Story = {
  render: render(portal(), 'Bike+Ride'),
  play: openPreview(BIKE, 'Geodaten (GeoJSON)', '© GeoBasis-DE / BKG'),
};

/** A JSON file as a collapsible tree. */
export const JsonTree: Story = {
  render: render(portal(), 'Blaues Wunder'),
  play: openPreview(COUNTS, 'Daten (JSON)', 'Einträge'),
};

/** A JSON file in the dark colour scheme. */
export const JsonTreeDark: Story = { ...JsonTree, globals: { theme: 'dark' } };

/** The file's server answers 404: says so, with the download link and "Erneut versuchen". */
export const NotFound: Story = {
  render: render(
    portal([
      {
        title: 'Fehlende Datei (CSV)',
        format: 'CSV',
        downloadUrl: `${DEMO_API_ORIGIN}/demo/dateien/gibt-es-nicht/gibt-es-nicht.csv`,
      },
    ]),
    'Blaues Wunder',
  ),
  play: openPreview(COUNTS, 'Fehlende Datei (CSV)', 'HTTP 404'),
};

/** The file's server refuses (HTTP 429): says so, with the download link and "Erneut versuchen". */
export const ServerBusy: Story = {
  render: render(
    portal([
      {
        title: 'Ausgelastet (JSON)',
        format: 'JSON',
        downloadUrl: `${new URL(BUSY_DIRECTORY_URL).origin}/demo/dateien/x/x.json`,
      },
    ]),
    'Blaues Wunder',
  ),
  play: openPreview(COUNTS, 'Ausgelastet (JSON)', 'HTTP 429'),
};

/** The file is on its way (its server has not answered yet): a busy status, announced politely. */
export const Loading: Story = {
  render: render(
    portal([
      {
        title: 'Langsam (CSV)',
        format: 'CSV',
        // this origin's `/ckan` paths never answer (see .storybook/demo-api.ts)
        downloadUrl: `${SLOW_CARD_API_ORIGIN}/ckan/dateien/langsam.csv`,
      },
    ]),
    'Blaues Wunder',
  ),
  play: async (context) => {
    await openPreviewButton(COUNTS, 'Langsam (CSV)')(context);
    const row = distributionRow(context.canvasElement, 'Langsam (CSV)');
    await waitFor(() =>
      expect(
        row.querySelector('[part="preview"] [role="status"][aria-busy="true"]'),
      ).not.toBeNull(),
    );
    await expect(row.querySelector('[part="preview"]')!.textContent).toContain(
      'Vorschau wird geladen',
    );
    await expect(row.querySelector('.preview-panel')).toBeNull();
  },
};

/** The file's host does not let the page read it (CORS, or no answer at all): download link. */
export const Blocked: Story = {
  render: render(
    portal([
      {
        title: 'Gesperrt (CSV)',
        format: 'CSV',
        // a name that never resolves: the request fails as a CORS refusal does
        downloadUrl: 'https://dateien.portal.saxon-ai.invalid/einwohner.csv',
      },
    ]),
    'Blaues Wunder',
  ),
  play: openPreview(COUNTS, 'Gesperrt (CSV)', 'Datei herunterladen'),
};

/** A JSON file over the preview's 2 MB cap: says so, with the download link. */
export const TooLarge: Story = {
  render: render(
    portal([
      {
        title: 'Groß (JSON, 3 MB)',
        format: 'JSON',
        downloadUrl: `${DEMO_API_ORIGIN}/demo/vorschau/gross-3mb.json`,
      },
    ]),
    'Blaues Wunder',
  ),
  play: openPreview(COUNTS, 'Groß (JSON, 3 MB)', '2 MB'),
};

/** A file that is not what its format says (an HTML error page as "CSV"): says so, no table. */
export const FormatError: Story = {
  render: render(
    portal([
      {
        title: 'Fehlerseite (CSV)',
        format: 'CSV',
        downloadUrl: `${DEMO_API_ORIGIN}/demo/vorschau/fehlerseite.csv`,
      },
    ]),
    'Blaues Wunder',
  ),
  play: openPreview(COUNTS, 'Fehlerseite (CSV)', 'nicht als CSV lesen'),
};
