// loadPreview: a distribution → its preview, reading at most the byte cap.
import type { Distribution } from '../open-data/model.js';
import type { Language } from '../http/messages.js';
import { PreviewFormatError, PreviewTooLargeError } from './errors.js';
import { readPreviewBytes, streamPreview, type PreviewFetchOptions } from './fetch.js';
import { geoJsonPreview } from './geojson.js';
import { jsonPreview } from './json.js';
import { linkReason, previewKind, previewUrl } from './kind.js';
import { createTableParser, type TableParser } from './table.js';
import type { Preview, PreviewInfo } from './types.js';

export interface PreviewOptions extends PreviewFetchOptions {
  /** Data rows of a table to keep. Default 100. */
  maxRows?: number;
  /** Features of a GeoJSON file to keep. Default 1000. */
  maxFeatures?: number;
}

/** A format error from the pure parsers, told again with the file's URL and in the caller's language. */
function located(error: unknown, url: string, language: Language | undefined): unknown {
  if (!(error instanceof PreviewFormatError) || error.url) return error;
  return new PreviewFormatError(error.problem, {
    url,
    cause: error,
    ...(language ? { language } : {}),
  });
}

/**
 * Loads the preview of one distribution. Images, PDF and formats without an in-page preview
 * resolve at once to a `LinkPreview` (no request). CSV/TSV is parsed while it streams in and cut
 * at `maxBytes` (`truncated: true`, no `totalRows`); JSON and GeoJSON over `maxBytes` throw
 * `PreviewTooLargeError`. The request carries no credentials.
 *
 * Errors: `PreviewBlockedError` (the page may not read the file: CORS, offline),
 * `PreviewFormatError` (not what its format says; no http(s) link), `PreviewTooLargeError`, the
 * SDK's HTTP errors (`NotFoundError`, `ServerError`, …), `TimeoutError` (option `timeout`), and
 * the signal's reason when `signal` aborts.
 */
export async function loadPreview(
  distribution: Distribution,
  options: PreviewOptions = {},
): Promise<Preview> {
  const url = previewUrl(distribution);
  const kind = previewKind(distribution);
  if (!url)
    throw new PreviewFormatError('no_url', options.language ? { language: options.language } : {});
  if (kind === 'link') {
    return { kind: 'link', reason: linkReason({ ...distribution, url }), url };
  }
  const info = (
    contentType: string | undefined,
    complete: boolean,
    contentLength?: number,
  ): PreviewInfo => {
    const byteSize = distribution.byteSize ?? contentLength;
    return {
      ...(distribution.format ? { format: distribution.format } : {}),
      // The response's Content-Type carries the charset; the distribution's says what it is.
      ...((contentType ?? distribution.mediaType)
        ? { mediaType: contentType ?? distribution.mediaType }
        : {}),
      complete,
      ...(byteSize === undefined ? {} : { byteSize }),
      ...(options.maxRows === undefined ? {} : { maxRows: options.maxRows }),
      ...(options.maxFeatures === undefined ? {} : { maxFeatures: options.maxFeatures }),
    };
  };
  try {
    if (kind === 'table') {
      // Parsed chunk by chunk as the body arrives: the bytes themselves are never collected.
      let parser: TableParser | undefined;
      const start = (contentType: string | undefined) =>
        createTableParser(info(contentType, false));
      const result = await streamPreview(url, options, (chunk, response) => {
        parser ??= start(response.contentType);
        parser.write(chunk);
      });
      parser ??= start(result.contentType);
      return parser.end({
        complete: result.complete,
        byteSize: distribution.byteSize ?? result.contentLength,
      });
    }
    const read = await readPreviewBytes(url, options);
    if (!read.complete) {
      throw new PreviewTooLargeError({
        url,
        limit: options.maxBytes ?? read.bytes.length,
        ...(options.language ? { language: options.language } : {}),
      });
    }
    const fileInfo = info(read.contentType, true, read.contentLength);
    return kind === 'geojson'
      ? geoJsonPreview(read.bytes, fileInfo)
      : jsonPreview(read.bytes, fileInfo);
  } catch (error) {
    throw located(error, url, options.language);
  }
}
