// The German way of writing a CSV, as most Saxon portals publish it (Excel's "CSV (Trennzeichen-
// getrennt)" in a German locale): `;` between fields, a decimal comma, thousands points.

/** `1234567.891` → `1.234.567,891` (`decimals` fixed; no grouping below 1000). */
export function germanNumber(value: number, decimals = 0): string {
  const [whole, fraction] = Math.abs(value).toFixed(decimals).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** One `;`-separated line; fields with `;`, a quote or a line break quoted (RFC 4180 rules). */
export function germanLine(cells: readonly (string | number)[]): string {
  return cells
    .map((cell) => {
      const text = String(cell);
      return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
    })
    .join(';');
}

/** Windows-1252 beyond Latin-1: the characters of German text that differ from ISO-8859-1. */
const CP1252_EXTRA: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  '„': 0x84,
  '…': 0x85,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
  '—': 0x97,
};

/** Text as Windows-1252 bytes; throws for a character the code page lacks (a bug in the sample). */
export function encodeWindows1252(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const code = char.charCodeAt(0);
    const byte = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : CP1252_EXTRA[char];
    if (byte === undefined) throw new Error(`not in Windows-1252: ${char}`);
    bytes[i] = byte;
  }
  return bytes;
}
