import { describe, expect, it } from 'vitest';
import { CsvReader } from '../../src/preview/csv.js';
import { detectDelimiter } from '../../src/preview/delimiter.js';
import { columnNumbers, parseNumber } from '../../src/preview/numbers.js';
import {
  createTableParser,
  previewFromBytes,
  PreviewFormatError,
} from '../../src/preview/index.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

function records(text: string, delimiter: string, splits: number[] = [], complete = true) {
  const out: string[][] = [];
  const reader = new CsvReader(delimiter, (record) => out.push(record));
  let from = 0;
  for (const at of [...splits, text.length]) {
    reader.write(text.slice(from, at));
    from = at;
  }
  reader.end(complete);
  return out;
}

describe('CsvReader', () => {
  const text = 'a,b,c\r\n"x, ""y""","line\r\nbreak",3\r\n,,\r\nlast,row,"q"';
  const expected = [
    ['a', 'b', 'c'],
    ['x, "y"', 'line\r\nbreak', '3'],
    ['', '', ''],
    ['last', 'row', 'q'],
  ];

  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    expect(records(text, ',')).toEqual(expected);
  });

  it('gives the same records however the text is split (every split point)', () => {
    for (let at = 1; at < text.length; at++) {
      expect(records(text, ',', [at]), `split at ${at}`).toEqual(expected);
    }
  });

  it('drops the record a cut (incomplete input) leaves unfinished', () => {
    expect(records('a;b\n1;2\n3;"unfin', ';', [], false)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(records('a;b\n1;2\n3;4', ';', [], false)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('skips blank lines and keeps a stray quote inside an unquoted field', () => {
    expect(records('a|b\n\n5" Rohr|x\n', '|')).toEqual([
      ['a', 'b'],
      ['5" Rohr', 'x'],
    ]);
  });
});

describe('detectDelimiter', () => {
  it.each([
    [',', 'Nr,Name,Wert\n1,Dresden,3\n2,Leipzig,4\n'],
    [';', 'Nr;Name;Wert\n1;"Bautzen, Landkreis";1,5\n2;Görlitz;2,5\n'],
    ['\t', 'Nr\tName\tWert\n1\tA, B\t1,5\n'],
    ['|', 'Nr|Name|Wert\n1|A;B|1,5\n2|C|2\n'],
  ])('finds %j', (delimiter, sample) => {
    expect(detectDelimiter(sample, true)).toBe(delimiter);
  });

  it('ignores delimiters inside quotes (a comma-rich quoted text in a semicolon file)', () => {
    expect(detectDelimiter('a;b\n"1,2,3,4";x\n"5,6,7";y\n', true)).toBe(';');
  });

  it('prefers a tab for a TSV distribution when the lines say nothing, and "," otherwise', () => {
    expect(detectDelimiter('one column\nvalue\n', true, true)).toBe('\t');
    expect(detectDelimiter('one column\nvalue\n', true)).toBe(',');
  });
});

describe('number formats', () => {
  it('tells German from English per column, and leaves integers and ambiguous cells open', () => {
    expect(columnNumbers(['1.234,5', '7,25', '', '-3'])).toEqual({ numeric: true, format: 'de' });
    expect(columnNumbers(['1,234.5', '12.5'])).toEqual({ numeric: true, format: 'en' });
    expect(columnNumbers(['1.234', '12'])).toEqual({ numeric: true, format: undefined });
    expect(columnNumbers(['12', '13'])).toEqual({ numeric: true, format: undefined });
    expect(columnNumbers(['1,5', '2.5'])).toEqual({ numeric: false, format: undefined });
    expect(columnNumbers(['2026-01-05'])).toEqual({ numeric: false, format: undefined });
    expect(columnNumbers(['', ' '])).toEqual({ numeric: false, format: undefined });
  });

  it('parses a cell in its format', () => {
    expect(parseNumber('1.234,5', 'de')).toBe(1234.5);
    expect(parseNumber('-0,25', 'de')).toBe(-0.25);
    expect(parseNumber('1,234.5', 'en')).toBe(1234.5);
    expect(parseNumber('1.234,5', 'en')).toBeNaN();
  });
});

describe('createTableParser / previewFromBytes for tables', () => {
  const file =
    'Gebiet;Einwohner;Anteil\r\nDresden;563.011;12,5\r\nLeipzig;"628.718";13,1\r\nChemnitz;250.681;6,2\r\n';

  it('gives the exact preview of a German semicolon file', () => {
    expect(previewFromBytes(utf8(file), { format: 'CSV', complete: true, maxRows: 2 })).toEqual({
      kind: 'table',
      format: 'CSV',
      columns: ['Gebiet', 'Einwohner', 'Anteil'],
      rows: [
        ['Dresden', '563.011', '12,5'],
        ['Leipzig', '628.718', '13,1'],
      ],
      delimiter: ';',
      encoding: 'utf-8',
      bom: false,
      numberFormat: 'de',
      numericColumns: [false, true, true],
      columnNumberFormats: [undefined, undefined, 'de'],
      totalRows: 3,
      truncated: true,
      bytesRead: utf8(file).length,
    });
  });

  it('gives the same preview when fed in slices of one byte', () => {
    const bytes = utf8(file.replace('Dresden', 'Görlitz – Zgorzelec'));
    const parser = createTableParser({ format: 'CSV' });
    for (let i = 0; i < bytes.length; i++) parser.write(bytes.subarray(i, i + 1));
    expect(parser.end({ complete: true })).toEqual(
      previewFromBytes(bytes, { format: 'CSV', complete: true }),
    );
  });

  it('switches to Windows-1252 at the first byte that is not UTF-8, after 20 kB of ASCII', () => {
    const ascii = 'Ort;Wert\n' + 'Dresden;1\n'.repeat(2000);
    const bytes = new Uint8Array([
      ...utf8(ascii),
      0x50,
      0x69,
      0x72,
      0x6e,
      0x61,
      0x20,
      0xfc,
      0x62,
      0x65,
      0x72,
      0x3b,
      0x32,
      0x0a,
    ]);
    const preview = previewFromBytes(bytes, { format: 'CSV', complete: true, maxRows: 3000 });
    expect(preview.kind === 'table' && preview.encoding).toBe('windows-1252');
    expect(preview.kind === 'table' && preview.rows.at(-1)).toEqual(['Pirna über', '2']);
  });

  it('reads UTF-16 with a byte order mark', () => {
    const text = 'a\tb\n1\tÄ\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    const preview = previewFromBytes(bytes, { format: 'TSV', complete: true });
    expect(preview).toMatchObject({
      format: 'TSV',
      encoding: 'utf-16le',
      bom: true,
      rows: [['1', 'Ä']],
    });
  });

  it('keeps hostile cell text as data, byte for byte', () => {
    const hostile = [
      '<img src=x onerror=alert(1)>',
      '=HYPERLINK("http://evil")',
      '</td><script>x</script>',
      '{{7*7}}',
      '\u202Eevil',
    ];
    const csv = `a,b\n${hostile.map((cell) => `"${cell.replaceAll('"', '""')}",x`).join('\n')}\n`;
    const preview = previewFromBytes(utf8(csv), { format: 'CSV', complete: true });
    expect(preview.kind === 'table' && preview.rows.map((row) => row[0])).toEqual(hostile);
  });

  it.each([
    ['an empty file', '', 'empty'],
    ['an HTML page', '<!DOCTYPE html><html><body>Fehler</body></html>', 'html'],
    ['an unclosed quote', 'a,b\n"open,1\n', 'unterminated_quote'],
    ['binary bytes', 'PK\u0003\u0004\u0000\u0000', 'binary'],
  ])('refuses %s with PreviewFormatError', (_, text, problem) => {
    let error: unknown;
    try {
      previewFromBytes(utf8(text), { format: 'CSV', complete: true });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PreviewFormatError);
    expect((error as PreviewFormatError).problem).toBe(problem);
    expect((error as PreviewFormatError).code).toBe('preview_format');
  });
});
