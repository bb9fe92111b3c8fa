// Helpers of the preview tests of <saxon-dataset-search>: open a demo dataset and its previews.
// Outside src/: not part of the package.
import type { Dataset, Distribution, OpenDataClient, PortalType } from '@saxon-ai/sdk';
import { expect } from 'vitest';
import { until } from '../fixture.js';
import {
  apiOrigin,
  datasetSearch,
  demoClient,
  part,
  parts,
  resultsShown,
} from './dataset-search.js';
import type { SaxonDatasetSearch } from '../../src/dataset-search/dataset-search.js';

/** A preview sample of the demo API (`/demo/vorschau/<file>`, or `/demo/ohne-cors/<file>`). */
export const sample = (file: string, { cors = true } = {}) =>
  `${apiOrigin}/demo/${cors ? 'vorschau' : 'ohne-cors'}/${file}`;

/** A distribution of a sample file, as a portal would describe it. */
export const sampleDistribution = (
  title: string,
  url: string,
  format: string,
  mediaType?: string,
): Distribution => ({ title, format, downloadUrl: url, ...(mediaType ? { mediaType } : {}) });

/**
 * A client of the demo portal that adds `extra` distributions to every dataset it returns — the
 * portal's own answer otherwise unchanged — so that the preview samples of the demo API (which no
 * demo dataset links to) can be opened like any other file.
 */
export function clientWithFiles(type: PortalType, extra: Distribution[]): OpenDataClient {
  const client = demoClient(type);
  const add = (dataset: Dataset): Dataset => ({
    ...dataset,
    distributions: [...dataset.distributions, ...extra],
  });
  return new Proxy(client, {
    get(target, key, receiver) {
      if (key === 'search')
        return async (...args: Parameters<OpenDataClient['search']>) => {
          const page = await target.search(...args);
          return { ...page, items: page.items.map(add) };
        };
      if (key === 'dataset')
        return async (...args: Parameters<OpenDataClient['dataset']>) =>
          add(await target.dataset(...args));
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

/** Searches `query`, opens the result titled `title`, and returns the element. */
export async function openDataset(
  client: OpenDataClient,
  query: string,
  title: string,
): Promise<SaxonDatasetSearch> {
  const el = await datasetSearch((e) => {
    e.client = client;
    e.query = query;
  });
  await resultsShown(el, 15_000);
  const link = parts<HTMLAnchorElement>(el, 'result-link').find(
    (a) => a.textContent!.trim() === title,
  );
  if (!link) throw new Error(`no result titled ${title}`);
  link.click();
  await until(() => expect(part(el, 'detail')).not.toBeNull(), 15_000);
  return el;
}

/** The distribution row whose link or name reads `name`. */
export function distributionRow(el: Element, name: string): HTMLElement {
  const row = parts(el, 'distribution').find(
    (li) =>
      li.querySelector('[part="distribution-link"], .distribution-name')?.textContent?.trim() ===
      name,
  );
  if (!row) throw new Error(`no distribution named ${name}`);
  return row;
}

export const previewButton = (row: Element) =>
  row.querySelector<HTMLButtonElement>('[part="preview-button"]');
export const previewPanel = (row: Element) => row.querySelector<HTMLElement>('[part="preview"]')!;

/** Presses a distribution's "Vorschau" and waits until its panel shows anything but "wird geladen". */
export async function openPreview(el: Element, name: string): Promise<HTMLElement> {
  const row = distributionRow(el, name);
  previewButton(row)!.click();
  const panel = previewPanel(row);
  await until(() => expect(panel.querySelector('.preview-panel')).not.toBeNull(), 30_000);
  return panel;
}
