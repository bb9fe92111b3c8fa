// A one-page PDF placeholder: what the document would be about, and the first rows of the demo
// table. Written by hand (PDF 1.4, the standard Helvetica font, WinAnsi text), no library needed.

import type { DemoDataset } from '../types.ts';
import type { DemoTable } from './table.ts';

/** A PDF string literal in WinAnsi: Latin-1 letters as octal escapes, anything else as "?". */
function pdfString(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === '(' || char === ')' || char === '\\') out += `\\${char}`;
    else if (code >= 0x20 && code < 0x7f) out += char;
    else if (code >= 0xa0 && code <= 0xff) out += `\\${code.toString(8).padStart(3, '0')}`;
    else if (char === '–') out += '\\226';
    else out += '?';
  }
  return `(${out})`;
}

export function toPdf(dataset: DemoDataset, table: DemoTable): Uint8Array {
  const lines = [
    { size: 16, text: dataset.title.slice(0, 70) },
    { size: 11, text: 'Demo-Dokument von @saxon-ai/demo-api: erfundene Daten, nicht amtlich.' },
    { size: 11, text: `Stand: ${dataset.modified.slice(0, 10)}` },
    { size: 11, text: '' },
    ...table.rows
      .slice(0, 20)
      .map((row) => ({ size: 10, text: `${row[0]}. ${row[1]} (${row[2]}): ${row[5]}` })),
  ];
  const content = [
    'BT',
    '56 790 Td',
    ...lines.flatMap(({ size, text }) => [
      `/F1 ${size} Tf`,
      `${pdfString(text)} Tj`,
      `0 -${size + 8} Td`,
    ]),
    'ET',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  // Every character above is ASCII, so string offsets are byte offsets.
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const offset = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}
