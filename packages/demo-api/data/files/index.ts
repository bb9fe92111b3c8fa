// What each demo download contains, by the distribution's format. Every format the demo data
// names is generated for real (the map services answer GetCapabilities), so no link leads to a 404.

import type { DemoDataset, DemoDistribution } from '../types.ts';
import { toCapabilities } from './ogc.ts';
import { toPdf } from './pdf.ts';
import { demoTable } from './table.ts';
import { hashString } from '../random.ts';
import { toCsv, toGeoJson, toGermanCsv, toJson, toXml } from './text-formats.ts';
import { toXlsx, toZippedShapefile, toZipPackage } from './zip-formats.ts';

export interface DemoFile {
  body: Uint8Array;
  /** The Content-Type: the distribution's media type (text types with their charset). */
  contentType: string;
  /** Name to save the file under. */
  filename: string;
}

const text = (value: string) => new TextEncoder().encode(value);
const utf8 = (mediaType: string) => `${mediaType}; charset=utf-8`;

/** The last path segment of a link template (without query), e.g. `baeume.csv`. */
function lastSegment(link: string): string {
  return decodeURIComponent(link.split('?')[0]!.split('/').pop() ?? '');
}

/**
 * About a third of the CSV files are written the German way (`;`, decimal comma), as on the real
 * portals — chosen by the dataset's name, and only where that keeps the file's size, so the
 * `byteSize` in datasets.json stays true without regenerating it.
 */
function csvOf(dataset: DemoDataset, table: ReturnType<typeof demoTable>): string {
  const plain = toCsv(table);
  if (hashString(`csv-style:${dataset.name}`) % 3 !== 0) return plain;
  const german = toGermanCsv(table);
  return text(german).length === text(plain).length ? german : plain;
}

/** The file behind a distribution's links (its accessUrl and downloadUrl name the same file). */
export function demoFile(dataset: DemoDataset, distribution: DemoDistribution): DemoFile {
  const table = demoTable(dataset);
  const name = lastSegment(distribution.downloadUrl ?? distribution.accessUrl);
  const mediaType = distribution.mediaType ?? 'application/octet-stream';
  switch (distribution.format) {
    case 'CSV':
      return { body: text(csvOf(dataset, table)), contentType: utf8(mediaType), filename: name };
    case 'JSON':
      return {
        body: text(toJson(dataset, table)),
        contentType: mediaType,
        filename: name.includes('.') ? name : `${name}.json`,
      };
    case 'GeoJSON':
      return { body: text(toGeoJson(dataset, table)), contentType: mediaType, filename: name };
    case 'XML':
      return { body: text(toXml(dataset, table)), contentType: mediaType, filename: name };
    case 'PDF':
      return { body: toPdf(dataset, table), contentType: mediaType, filename: name };
    case 'XLSX':
      return { body: toXlsx(table), contentType: mediaType, filename: name };
    case 'ZIP':
      return { body: toZipPackage(dataset, table), contentType: mediaType, filename: name };
    case 'SHP':
      return { body: toZippedShapefile(dataset, table), contentType: mediaType, filename: name };
    case 'WMS':
    case 'WFS':
      return {
        body: text(toCapabilities(distribution.format, dataset, table)),
        contentType: utf8('text/xml'),
        filename: `${name}-${distribution.format.toLowerCase()}-capabilities.xml`,
      };
  }
}
