// Bytes → text for a file of unknown encoding, chunk by chunk: a byte order mark decides first,
// then a legacy charset the server declared, then UTF-8 as long as the bytes are valid UTF-8, and
// Windows-1252 (what German spreadsheets export) from the first byte that is not.

/** Charsets a server may declare that are single-byte legacy encodings worth honouring. */
const LEGACY = /^(windows-125\d|iso-8859-\d+|latin-?1|l1|cp125\d|us-ascii|ascii)$/i;

/** The `charset` parameter of a Content-Type, lower case, when present. */
export function charsetOf(mediaType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(mediaType ?? '');
  return match?.[1]?.toLowerCase();
}

function legacyDecoder(charset: string | undefined): TextDecoder | undefined {
  if (!charset || !LEGACY.test(charset)) return undefined;
  try {
    return new TextDecoder(charset, { ignoreBOM: true });
  } catch {
    return undefined; // a label this platform does not know: detect instead
  }
}

/** How many bytes at the end of `bytes` start a UTF-8 sequence that the next chunk completes. */
function incompleteTail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (!a.length) return b;
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

/**
 * Decodes a file chunk by chunk. `encoding` and `bom` are settled after the first chunk (the
 * encoding may still change from `utf-8` to `windows-1252` later, at the first invalid byte).
 */
export class TextSniffer {
  encoding = 'utf-8';
  bom = false;
  private decoder: TextDecoder | undefined;
  private readonly declared: TextDecoder | undefined;
  private readonly utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private pending: Uint8Array = new Uint8Array(0);
  private started = false;

  constructor(mediaType?: string) {
    this.declared = legacyDecoder(charsetOf(mediaType));
  }

  /** Text of the next chunk; `last` flushes what an incomplete sequence held back. */
  decode(chunk: Uint8Array, last = false): string {
    let bytes = concat(this.pending, chunk);
    this.pending = new Uint8Array(0);
    if (!this.started) {
      if (bytes.length < 3 && !last) {
        this.pending = bytes; // too short to see a byte order mark
        return '';
      }
      this.started = true;
      bytes = this.start(bytes);
    }
    if (this.decoder) return this.decoder.decode(bytes, { stream: !last });
    const keep = last ? 0 : incompleteTail(bytes);
    const whole = bytes.subarray(0, bytes.length - keep);
    this.pending = bytes.slice(bytes.length - keep);
    try {
      return this.utf8.decode(whole);
    } catch {
      // Not UTF-8. Earlier chunks were valid UTF-8; if they were ASCII (the usual header and
      // first rows), Windows-1252 reads them the same, so switching here loses nothing.
      this.decoder = new TextDecoder('windows-1252', { ignoreBOM: true });
      this.encoding = this.decoder.encoding;
      const held = this.pending;
      this.pending = new Uint8Array(0);
      return this.decoder.decode(concat(whole, held), { stream: !last });
    }
  }

  /** Reads the byte order mark or the declared charset; returns the bytes after any mark. */
  private start(bytes: Uint8Array): Uint8Array {
    const [a, b, c] = bytes;
    if (a === 0xef && b === 0xbb && c === 0xbf) {
      this.bom = true;
      return bytes.subarray(3);
    }
    if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) {
      this.bom = true;
      this.decoder = new TextDecoder(a === 0xff ? 'utf-16le' : 'utf-16be', { ignoreBOM: true });
      this.encoding = this.decoder.encoding;
      return bytes.subarray(2);
    }
    if (this.declared) {
      this.decoder = this.declared;
      this.encoding = this.declared.encoding;
    }
    return bytes;
  }
}
