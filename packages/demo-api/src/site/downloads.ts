import type { Context } from 'hono';
import { ORIGIN_VARIABLE } from '../../data/demo-links.js';
import { demoFile } from '../../data/files/index.js';
import type { DemoDataset, DemoDistribution } from '../../data/types.js';

interface Download {
  dataset: DemoDataset;
  distribution: DemoDistribution;
}

/** The site path a link template names (`{origin}/demo/dateien/a/a.csv?x` → `/demo/dateien/a/a.csv`). */
function sitePath(link: string | undefined): string | undefined {
  if (!link?.startsWith(ORIGIN_VARIABLE)) return undefined;
  return decodeURIComponent(link.slice(ORIGIN_VARIABLE.length).split('?')[0]!);
}

/**
 * Serves the file behind every distribution link of the demo data: the path of its accessUrl or
 * downloadUrl names it, so what the metadata says is exactly what is served.
 */
export function createDownloads(datasets: () => readonly DemoDataset[]) {
  // Built on first use: synthetic sets have thousands of files nobody may ask for.
  let byPath: Map<string, Download> | undefined;
  const index = () => {
    if (!byPath) {
      byPath = new Map();
      for (const dataset of datasets()) {
        for (const distribution of dataset.distributions) {
          for (const link of [distribution.accessUrl, distribution.downloadUrl]) {
            const path = sitePath(link);
            if (path && !byPath.has(path)) byPath.set(path, { dataset, distribution });
          }
        }
      }
    }
    return byPath;
  };

  return (c: Context, next: () => Promise<void>) => {
    const download = index().get(decodeURIComponent(new URL(c.req.url).pathname));
    if (!download) return next();
    const file = demoFile(download.dataset, download.distribution);
    // Files open in the browser where it can show them (XML of the services, JSON of an API);
    // downloads are saved under their own name.
    const service = !download.distribution.mediaType;
    return c.body(file.body as Uint8Array<ArrayBuffer>, 200, {
      'content-type': file.contentType,
      'content-length': String(file.body.byteLength),
      'content-disposition': `${service ? 'inline' : 'attachment'}; filename="${file.filename}"`,
      'x-content-type-options': 'nosniff',
    });
  };
}
