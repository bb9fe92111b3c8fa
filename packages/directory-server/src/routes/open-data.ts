// The directory as open data: `GET /dcat` (DCAT-AP.de; JSON-LD, or Turtle by `Accept`) and the
// downloads it lists that the read contract does not serve itself: `/export/actors.csv` (opens
// safely in a spreadsheet) and `/export/directory.json` (what `saxon-directory import` reads).
import { Hono, type Context } from 'hono';
import { directoryDataset, toTurtle, type DcatOptions } from '../dcat.js';
import { exportActorsCsv, exportJson } from '../io/export.js';
import { formatBerlinDateTime } from '../berlin-time.js';
import type { DirectoryStorage } from '../storage/types.js';

/** What an operator configures about the published dataset (`serve --public-url --licence --publisher …`). */
export type OpenDataOptions = Partial<Omit<DcatOptions, 'modified' | 'baseUrl'>> & {
  /** The server's public root URL; default: the origin of the request. */
  publicUrl?: string;
};

/** Turtle when the client prefers it (`Accept: text/turtle`), JSON-LD otherwise. */
export function prefersTurtle(accept: string | undefined): boolean {
  let best: { type: string; q: number } | undefined;
  for (const part of (accept ?? '').split(',')) {
    const [type = '', ...params] = part.trim().toLowerCase().split(';');
    const q = Number(
      params
        .map((p) => p.trim())
        .find((p) => p.startsWith('q='))
        ?.slice(2) ?? '1',
    );
    if (!['text/turtle', 'application/ld+json', 'application/json'].includes(type.trim())) continue;
    if (!best || q > best.q) best = { type: type.trim(), q: Number.isFinite(q) ? q : 0 };
  }
  return best?.type === 'text/turtle' && best.q > 0;
}

function newest(values: Iterable<string>): string | undefined {
  let latest: number | undefined;
  for (const value of values) {
    const time = Date.parse(value);
    if (Number.isFinite(time) && (latest === undefined || time > latest)) latest = time;
  }
  return latest === undefined ? undefined : formatBerlinDateTime(latest);
}

export function createOpenDataRoutes(
  storage: DirectoryStorage,
  options: OpenDataOptions = {},
): Hono {
  const app = new Hono();
  // The last change of the data, recomputed only after a write (the data version moved).
  let modified: { version: number; value: string } | undefined;
  async function lastModified(): Promise<string> {
    const version = await storage.dataVersion();
    if (modified?.version !== version) {
      const data = await storage.exportAll();
      const value =
        newest([...data.actors, ...data.events].map((item) => item.updatedAt)) ??
        formatBerlinDateTime(Date.now());
      modified = { version, value };
    }
    return modified.value;
  }

  app.get('/dcat', async (c: Context) => {
    const { publicUrl, ...dataset } = options;
    const document = directoryDataset({
      ...dataset,
      baseUrl: publicUrl ?? new URL(c.req.url).origin,
      modified: await lastModified(),
    });
    c.header('vary', 'Accept');
    c.header('cache-control', 'public, max-age=300');
    if (prefersTurtle(c.req.header('accept'))) {
      return c.body(toTurtle(document), 200, { 'content-type': 'text/turtle; charset=utf-8' });
    }
    return c.body(JSON.stringify(document, null, 2), 200, {
      'content-type': 'application/ld+json; charset=utf-8',
    });
  });

  app.get('/export/actors.csv', async (c) => {
    const { actors } = await storage.exportAll();
    return c.body(exportActorsCsv(actors), 200, {
      'content-type': 'text/csv; charset=utf-8; header=present',
      'content-disposition': 'attachment; filename="ki-akteure-sachsen.csv"',
    });
  });

  app.get('/export/directory.json', async (c) => {
    return c.body(exportJson(await storage.exportAll()), 200, {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': 'attachment; filename="ki-verzeichnis-sachsen.json"',
    });
  });

  return app;
}
