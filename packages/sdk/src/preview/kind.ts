// Which preview a distribution gets, from what its metadata says — decided without a request.
import type { Distribution } from '../open-data/model.js';
import type { LinkPreview, PreviewKind } from './types.js';

const IMAGE_FORMATS = new Set([
  'PNG',
  'JPG',
  'JPEG',
  'GIF',
  'WEBP',
  'SVG',
  'TIF',
  'TIFF',
  'BMP',
  'AVIF',
]);

interface Described {
  format?: string | undefined;
  mediaType?: string | undefined;
  url?: string | undefined;
}

/** The file name extension of a URL's path, upper case (`…/a.geojson?x` → `GEOJSON`). */
function extensionOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const path = new URL(url).pathname;
    return /\.([a-z0-9]{2,8})$/i.exec(path)?.[1]?.toUpperCase();
  } catch {
    return undefined;
  }
}

/** The bare media type, lower case (`Text/CSV; charset=utf-8` → `text/csv`). */
function bareType(mediaType: string | undefined): string {
  return (mediaType ?? '').split(';')[0]!.trim().toLowerCase();
}

export function kindOf({ format, mediaType, url }: Described): PreviewKind {
  const named = (format ?? '').trim().toUpperCase() || extensionOf(url) || '';
  const type = bareType(mediaType);
  if (named === 'CSV' || named === 'TSV' || type === 'text/csv' || type === 'application/csv')
    return 'table';
  if (type === 'text/tab-separated-values') return 'table';
  if (named === 'GEOJSON' || type === 'application/geo+json' || type === 'application/vnd.geo+json')
    return 'geojson';
  if (named === 'JSON' || type === 'application/json' || type.endsWith('+json')) return 'json';
  return 'link';
}

export function linkReason({ format, mediaType, url }: Described): LinkPreview['reason'] {
  const named = (format ?? '').trim().toUpperCase() || extensionOf(url) || '';
  const type = bareType(mediaType);
  if (named === 'PDF' || type === 'application/pdf') return 'pdf';
  if (IMAGE_FORMATS.has(named) || type.startsWith('image/')) return 'image';
  return 'unsupported';
}

/** The link a preview reads: the download, else the access URL — only http(s). */
export function previewUrl(distribution: Distribution): string | undefined {
  for (const link of [distribution.downloadUrl, distribution.accessUrl]) {
    if (link && /^https?:\/\//i.test(link)) return link;
  }
  return undefined;
}

/**
 * What preview a distribution gets — `table` (CSV/TSV), `geojson`, `json` or `link` (images, PDF
 * and everything else) — from its format, media type and link. Makes no request; decides whether
 * a widget offers a preview button. A distribution without an http(s) link is always `link`.
 */
export function previewKind(distribution: Distribution): PreviewKind {
  const url = previewUrl(distribution);
  if (!url) return 'link';
  return kindOf({ format: distribution.format, mediaType: distribution.mediaType, url });
}
