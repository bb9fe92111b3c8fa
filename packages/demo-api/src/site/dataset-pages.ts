import type { Context } from 'hono';
import { demoLinks, expandOrigin } from '../../data/demo-links.js';
import { COLUMNS } from '../../data/files/table.js';
import type { DemoDataset, Publisher } from '../../data/types.js';
import { licenseById, THEME_GROUP_TITLES } from '../ckan/vocabulary.js';
import { originOf } from '../http.js';
import type { SiteRecords } from '../store.js';
import { facts, markup, notFoundPage, page, paragraphs, type Markup } from './html.js';

const dateFormat = new Intl.DateTimeFormat('de-DE', {
  dateStyle: 'long',
  timeZone: 'Europe/Berlin',
});
const sizeFormat = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

function byteText(bytes: number | undefined): string | undefined {
  if (bytes === undefined) return undefined;
  return bytes < 1024 ? `${bytes} Byte` : `${sizeFormat.format(bytes / 1024)} KB`;
}

function downloads(dataset: DemoDataset, origin: string): Markup {
  const items = dataset.distributions.map((distribution) => {
    const href = expandOrigin(distribution.downloadUrl ?? distribution.accessUrl, origin);
    const size = byteText(distribution.byteSize);
    return markup`<li>
      <a href="${href}">${distribution.title}</a> (${distribution.format}${size ? `, ${size}` : ''})
    </li>`;
  });
  return markup`<h2>Daten und Dienste</h2>
    <ul>
      ${items}
    </ul>`;
}

/** `/demo/portal/datensatz/{name}` and `/demo/portal/dokumentation/{name}`. */
export function createDatasetPages(records: SiteRecords) {
  let byName: Map<string, DemoDataset> | undefined;
  const find = (name: string) => {
    byName ??= new Map(records.datasets.map((dataset) => [dataset.name, dataset]));
    return byName.get(name);
  };
  const publisherOf = (dataset: DemoDataset): Publisher | undefined =>
    records.publishers.find((publisher) => publisher.id === dataset.publisherId);

  const datasetPage = (c: Context) => {
    const dataset = find(c.req.param('name') ?? '');
    if (!dataset) return notFoundPage(c);
    const origin = originOf(c);
    const license = licenseById(dataset.license);
    return page(c, {
      title: dataset.title,
      body: markup`<p>Datensatz im Open-Data-Portal (Demo).</p>
        ${paragraphs(expandOrigin(dataset.description, origin))}
        ${facts([
          ['Herausgeber', publisherOf(dataset)?.title],
          ['Kategorien', dataset.themes.map((code) => THEME_GROUP_TITLES[code] ?? code).join(', ')],
          ['Schlagwörter', dataset.keywords.join(', ')],
          ['Lizenz', license?.title ?? dataset.license],
          ['Veröffentlicht', dateFormat.format(new Date(dataset.issued))],
          ['Zuletzt geändert', dateFormat.format(new Date(dataset.modified))],
          ['Ansprechpartner', dataset.contact?.name],
        ])}
        ${downloads(dataset, origin)}
        <p>
          <a href="${expandOrigin(demoLinks.documentationPage(dataset.name), origin)}"
            >Dokumentation zum Datensatz</a
          >
        </p>`,
    });
  };

  const documentationPage = (c: Context) => {
    const dataset = find(c.req.param('name') ?? '');
    if (!dataset) return notFoundPage(c);
    const origin = originOf(c);
    const columns = COLUMNS.map((column) => markup`<li>${column}</li>`);
    return page(c, {
      prefix: 'Dokumentation: ',
      title: dataset.title,
      body: markup`<p>
          Jede Datei dieses Datensatzes enthält dieselbe kleine Tabelle mit diesen Spalten:
        </p>
        <ul>
          ${columns}
        </ul>
        <p>
          Die Werte sind erfunden und aus dem Namen des Datensatzes berechnet: Sie bleiben bei jedem
          Abruf gleich. Koordinaten in WGS 84 (Längengrad, Breitengrad).
        </p>
        <p>
          <a href="${expandOrigin(demoLinks.datasetPage(dataset.name), origin)}"
            >Zurück zum Datensatz</a
          >
        </p>`,
    });
  };

  return { datasetPage, documentationPage };
}
