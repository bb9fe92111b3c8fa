// Checks that a downloaded body really is a file of its format: parsed, not just sniffed.
import { unzipSync } from 'fflate';
import { expect } from 'vitest';

/** RFC 4180 rows (quoted fields may hold delimiters, quotes and line breaks). */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && char === '"') {
      quoted = false;
    } else if (quoted) {
      field += char;
    } else if (char === '"') {
      quoted = true;
    } else if (char === delimiter) {
      row.push(field);
      field = '';
    } else if (char === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** XML well-formedness as far as a test needs it: one root, every element closed in order. */
export function checkXml(text: string): string {
  expect(text.startsWith('<?xml')).toBe(true);
  const stack: string[] = [];
  let root = '';
  const body = text.replace(/<\?xml[^?]*\?>/, '');
  for (const [, closing, name, selfClosing] of body.matchAll(
    /<(\/?)([A-Za-z_][\w.:-]*)(?:\s+[\w.:-]+="[^"<]*")*\s*(\/?)>/g,
  )) {
    if (closing) expect(stack.pop()).toBe(name);
    else if (!selfClosing) {
      if (!stack.length) {
        expect(root).toBe('');
        root = name!;
      }
      stack.push(name!);
    }
  }
  expect(stack).toEqual([]);
  expect(body.replace(/<[^>]*>/g, '')).not.toMatch(/[<>]|&(?!(amp|lt|gt|quot|apos);)/);
  return root;
}

/** A PDF whose cross-reference table points at its objects. */
export function checkPdf(bytes: Uint8Array): void {
  const text = new TextDecoder('latin1').decode(bytes);
  expect(text.startsWith('%PDF-1.')).toBe(true);
  expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
  const xref = Number(/startxref\n(\d+)\n/.exec(text)![1]);
  expect(text.slice(xref, xref + 4)).toBe('xref');
  const offsets = [...text.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
  expect(offsets.length).toBeGreaterThan(0);
  offsets.forEach((offset, i) => expect(text.slice(offset)).toMatch(new RegExp(`^${i + 1} 0 obj`)));
}

export function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  const files = unzipSync(bytes);
  expect(Object.keys(files).length).toBeGreaterThan(0);
  return files;
}

/** A point shapefile: .shp/.shx/.dbf agree on the number of records. */
export function checkShapefile(files: Record<string, Uint8Array>): void {
  const part = (ext: string) => {
    const name = Object.keys(files).find((n) => n.endsWith(ext));
    expect(name, ext).toBeDefined();
    return new DataView(files[name!]!.buffer, files[name!]!.byteOffset, files[name!]!.byteLength);
  };
  const shp = part('.shp');
  const shx = part('.shx');
  const dbf = part('.dbf');
  expect(shp.getInt32(0)).toBe(9994);
  expect(shp.getInt32(24) * 2).toBe(shp.byteLength);
  expect(shp.getInt32(32, true)).toBe(1);
  const records = (shx.byteLength - 100) / 8;
  expect(records).toBeGreaterThan(0);
  expect((shp.byteLength - 100) / 28).toBe(records);
  expect(dbf.getUint32(4, true)).toBe(records);
}
