import { Hono, type Context } from 'hono';
import { ORIGIN_VARIABLE } from '../../data/demo-links.js';
import type { SiteRecords } from '../store.js';
import { createDatasetPages } from './dataset-pages.js';
import { createDownloads } from './downloads.js';
import { createEventPages } from './event-pages.js';
import { facts, markup, notFoundPage, page, paragraphs } from './html.js';

/**
 * The demo site under `/demo/` (paths in data/demo-links.ts): the files behind every download
 * link, the portal's dataset and documentation pages, event, registration and online-room pages,
 * and the websites of synthetic actors — so that every link in the demo data leads somewhere.
 */
export function createDemoSite(records: SiteRecords): Hono {
  const app = new Hono();
  const datasets = createDatasetPages(records);
  const events = createEventPages(records);

  app.get('/portal/datensatz/:name', datasets.datasetPage);
  app.get('/portal/dokumentation/:name', datasets.documentationPage);
  app.get('/veranstaltungen/:id', events.eventPage);
  app.get('/veranstaltungen/:id/anmeldung', events.registrationPage);
  app.get('/veranstaltungen/:id/online', events.onlinePage);
  app.get('/akteure/:id', (c: Context) => {
    const actor = records.actors.find((a) => a.id === c.req.param('id'));
    if (!actor?.website?.startsWith(ORIGIN_VARIABLE)) return notFoundPage(c);
    return page(c, {
      title: actor.name,
      body: markup`<p>Website eines synthetischen Eintrags im KI-Akteursverzeichnis (Demo).</p>
        ${paragraphs(actor.description)}
        ${facts([
          ['Art', actor.subtype],
          ['Ort', actor.address.city],
        ])}`,
    });
  });
  app.get(
    '*',
    createDownloads(() => records.datasets),
  );
  app.all('*', notFoundPage);
  return app;
}
