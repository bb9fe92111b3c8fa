// Bytes → Preview, with no I/O and no DOM: usable in a Web Worker, a Node script or the page.
import { geoJsonPreview } from './geojson.js';
import { jsonPreview } from './json.js';
import { kindOf, linkReason } from './kind.js';
import { createTableParser } from './table.js';
import { PreviewTooLargeError } from './errors.js';
import type { Preview, PreviewInfo, TablePreview } from './types.js';

/**
 * The preview of a file's first bytes. `info.complete` says whether `bytes` is the whole file: a
 * table cut short drops its partial last row and has no `totalRows`; JSON and GeoJSON cut short
 * throw `PreviewTooLargeError` (with `limit` = the bytes given). Unreadable content throws
 * `PreviewFormatError`. Formats without an in-page preview give a `LinkPreview` (its `url` is
 * `info.url`, or `''`).
 *
 * Parses in one go; for large tables on the main thread use `createTableParser` or
 * `tableFromBytesInSlices`, which yield between slices.
 */
export function previewFromBytes(bytes: Uint8Array, info: PreviewInfo & { url?: string }): Preview {
  const kind = kindOf(info);
  if (kind === 'table') {
    const parser = createTableParser(info);
    parser.write(bytes);
    return parser.end();
  }
  if (kind === 'link') return { kind: 'link', reason: linkReason(info), url: info.url ?? '' };
  if (!info.complete)
    throw new PreviewTooLargeError({ limit: bytes.length, ...(info.url ? { url: info.url } : {}) });
  return kind === 'geojson' ? geoJsonPreview(bytes, info) : jsonPreview(bytes, info);
}

/** Bytes per slice of `tableFromBytesInSlices`: a few milliseconds of parsing on a slow phone. */
export const DEFAULT_SLICE_BYTES = 65_536;

/**
 * A table preview parsed in slices of `sliceBytes`, awaiting `pause()` between them (default: a
 * macrotask, so the page can paint and handle input). For the main thread when no worker is at hand.
 */
export async function tableFromBytesInSlices(
  bytes: Uint8Array,
  info: PreviewInfo,
  options: { sliceBytes?: number; pause?: () => Promise<void>; signal?: AbortSignal } = {},
): Promise<TablePreview> {
  const size = Math.max(1024, options.sliceBytes ?? DEFAULT_SLICE_BYTES);
  const pause = options.pause ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const parser = createTableParser(info);
  for (let start = 0; start < bytes.length; start += size) {
    options.signal?.throwIfAborted();
    parser.write(bytes.subarray(start, start + size));
    if (start + size < bytes.length) await pause();
  }
  return parser.end();
}
