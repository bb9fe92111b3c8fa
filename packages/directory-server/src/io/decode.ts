// Bytes to text for imported files. Offices save CSV from Excel as UTF-8 with a BOM, as UTF-8
// without one, as "Unicode text" (UTF-16) or — the old default "CSV (Trennzeichen-getrennt)" — as
// Windows-1252. A file that is not valid UTF-8 and holds no UTF-8 sequence at all is read as
// Windows-1252 with a warning (that is what such a file is); a file that mixes valid UTF-8 with
// invalid bytes was damaged, so its damaged cells carry U+FFFD and those rows are rejected.
import type { Message } from './model.js';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  warning?: Message;
}

/** True when the bytes contain at least one well-formed multi-byte UTF-8 sequence. */
function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length - 1; i++) {
    const lead = bytes[i]!;
    const length =
      lead >= 0xc2 && lead <= 0xdf
        ? 2
        : lead >= 0xe0 && lead <= 0xef
          ? 3
          : lead >= 0xf0 && lead <= 0xf4
            ? 4
            : 0;
    if (length === 0 || i + length > bytes.length) continue;
    let ok = true;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) ok = false;
    if (ok) return true;
  }
  return false;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const body =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    if (hasUtf8Sequence(body)) {
      return {
        text: new TextDecoder('utf-8').decode(body),
        encoding: 'utf-8',
        warning: {
          de: 'Die Datei ist UTF-8, enthält aber einzelne ungültige Bytes (gemischte Kodierung); betroffene Zeilen werden abgelehnt.',
          en: 'The file is UTF-8 but contains some invalid bytes (mixed encoding); the affected rows are rejected.',
        },
      };
    }
    return {
      text: new TextDecoder('windows-1252').decode(body),
      encoding: 'windows-1252',
      warning: {
        de: 'Die Datei ist nicht in UTF-8 gespeichert; sie wurde als Windows-1252 (ANSI) gelesen. Bitte prüfen Sie Umlaute und speichern Sie künftig als „CSV UTF-8“.',
        en: 'The file is not saved as UTF-8; it was read as Windows-1252 (ANSI). Please check umlauts and save as "CSV UTF-8" in future.',
      },
    };
  }
}
