// JSON and GeoJSON files are only useful whole: over the cap they are refused, not cut.
import { TextSniffer } from './decode.js';
import { PreviewFormatError } from './errors.js';
import type { JsonPreview, PreviewInfo } from './types.js';

/** The bytes as text (BOM and encoding detected) parsed as JSON; PreviewFormatError when they are not. */
export function parseJsonBytes(bytes: Uint8Array, info: PreviewInfo): unknown {
  const text = new TextSniffer(info.mediaType).decode(bytes, true);
  if (!text.trim()) throw new PreviewFormatError('empty');
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    if (/^\s*</.test(text)) throw new PreviewFormatError('html', { cause });
    throw new PreviewFormatError('invalid_json', { cause });
  }
}

export function jsonPreview(bytes: Uint8Array, info: PreviewInfo): JsonPreview {
  return { kind: 'json', value: parseJsonBytes(bytes, info), bytesRead: bytes.length };
}
