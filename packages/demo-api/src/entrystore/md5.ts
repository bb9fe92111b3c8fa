/**
 * MD5 (RFC 1321), written out here because the demo API's core must run in browsers too (no
 * `node:crypto`) and EntryStore names its per-predicate Solr fields after the first 8 hex digits of
 * the MD5 of the predicate URI (`metadata.predicate.uri.0ce6b231` = dcat:theme).
 */

/** Per-round left-rotation amounts (RFC 1321, section 3.4). */
const ROTATIONS = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];

/** T[i] = floor(2^32 · |sin(i + 1)|); doubles are precise enough to give the exact table. */
const SINE_TABLE = Array.from(
  { length: 64 },
  (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) >>> 0,
);

export function md5Hex(text: string): string {
  const bytes = new TextEncoder().encode(text);
  // Message + 0x80 + zero padding + 64-bit little-endian bit length, in 64-byte blocks.
  const blocks = Math.ceil((bytes.length + 9) / 64);
  const padded = new Uint8Array(blocks * 64);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  const bitLength = bytes.length * 8;
  view.setUint32(padded.length - 8, bitLength >>> 0, true);
  view.setUint32(padded.length - 4, Math.floor(bitLength / 2 ** 32), true);

  const state = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
  for (let offset = 0; offset < padded.length; offset += 64) {
    let [a, b, c, d] = state as [number, number, number, number];
    for (let i = 0; i < 64; i++) {
      let mixed: number;
      let word: number;
      if (i < 16) {
        mixed = (b & c) | (~b & d);
        word = i;
      } else if (i < 32) {
        mixed = (d & b) | (~d & c);
        word = (5 * i + 1) % 16;
      } else if (i < 48) {
        mixed = b ^ c ^ d;
        word = (3 * i + 5) % 16;
      } else {
        mixed = c ^ (b | ~d);
        word = (7 * i) % 16;
      }
      const sum = (a + mixed + SINE_TABLE[i]! + view.getUint32(offset + word * 4, true)) >>> 0;
      const shift = ROTATIONS[(i >> 4) * 4 + (i % 4)]!;
      a = d;
      d = c;
      c = b;
      b = (b + ((sum << shift) | (sum >>> (32 - shift)))) >>> 0;
    }
    state[0] = (state[0]! + a) >>> 0;
    state[1] = (state[1]! + b) >>> 0;
    state[2] = (state[2]! + c) >>> 0;
    state[3] = (state[3]! + d) >>> 0;
  }

  const digest = new DataView(new ArrayBuffer(16));
  state.forEach((word, i) => digest.setUint32(i * 4, word, true));
  return Array.from(new Uint8Array(digest.buffer), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}

const hashes = new Map<string, string>();

/** The 8-hex-digit predicate hash EntryStore uses in field names (SolrSearchIndex, entrystore.js `shorten`). */
export function predicateHash(predicate: string): string {
  let hash = hashes.get(predicate);
  if (hash === undefined) {
    hash = md5Hex(predicate).slice(0, 8);
    // Predicates come from a small vocabulary; the cache stays tiny.
    hashes.set(predicate, hash);
  }
  return hash;
}
