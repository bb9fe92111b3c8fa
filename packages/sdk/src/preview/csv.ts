// A resumable RFC 4180 reader: text goes in as it arrives (any split, even inside a quoted field
// or between `\r` and `\n`), finished records come out through a callback. Lenient where real
// files are sloppy: a quote inside an unquoted field and text after a closing quote are kept as
// they are.

const QUOTE = 34;
const LF = 10;
const CR = 13;

export class CsvReader {
  private field = '';
  private record: string[] = [];
  private quoted = false;
  /** A quote closed or doubled the quoted field at the end of the last chunk: the next char decides. */
  private quoteAtEnd = false;
  /** The last chunk ended with `\r`: a `\n` starting the next one belongs to it. */
  private skipLf = false;
  /** Something of the current record has been read (even an empty first field). */
  private started = false;
  private readonly delimiterCode: number;

  constructor(
    delimiter: string,
    private readonly onRecord: (record: string[]) => void,
  ) {
    this.delimiterCode = delimiter.charCodeAt(0);
  }

  /** A quoted field is still open. */
  get inQuotes(): boolean {
    return this.quoted && !this.quoteAtEnd;
  }

  write(text: string): void {
    let i = 0;
    const n = text.length;
    if (this.skipLf && n) {
      if (text.charCodeAt(0) === LF) i = 1;
      this.skipLf = false;
    }
    if (this.quoteAtEnd && i < n) {
      this.quoteAtEnd = false;
      if (text.charCodeAt(i) === QUOTE) {
        this.field += '"';
        i++;
      } else {
        this.quoted = false;
      }
    }
    while (i < n) {
      if (this.quoted) {
        const close = text.indexOf('"', i);
        if (close === -1) {
          this.field += text.slice(i);
          return;
        }
        this.field += text.slice(i, close);
        if (close + 1 === n) {
          this.quoteAtEnd = true;
          return;
        }
        if (text.charCodeAt(close + 1) === QUOTE) {
          this.field += '"';
          i = close + 2;
        } else {
          this.quoted = false;
          i = close + 1;
        }
        continue;
      }
      const start = i;
      let code = 0;
      while (i < n) {
        code = text.charCodeAt(i);
        if (code === this.delimiterCode || code === LF || code === CR) break;
        if (code === QUOTE && i === start && this.field === '') break;
        i++;
      }
      if (i > start) {
        this.field += text.slice(start, i);
        this.started = true;
      }
      if (i === n) return;
      i++;
      if (code === QUOTE) {
        this.quoted = true;
        this.started = true;
      } else if (code === this.delimiterCode) {
        this.record.push(this.field);
        this.field = '';
        this.started = true;
      } else {
        this.endRecord();
        if (code === CR) {
          if (i === n) this.skipLf = true;
          else if (text.charCodeAt(i) === LF) i++;
        }
      }
    }
  }

  /**
   * The input is over. `complete`: it was the whole file, so a last line without a line end counts;
   * otherwise the record being read was cut by the cap and is dropped.
   */
  end(complete: boolean): void {
    if (this.quoteAtEnd) {
      this.quoteAtEnd = false;
      this.quoted = false;
    }
    if (complete && this.started) this.endRecord();
    this.field = '';
    this.record = [];
    this.started = false;
  }

  /** Hands the finished record on (a blank line is none). */
  private endRecord(): void {
    this.record.push(this.field);
    const record = this.record;
    this.field = '';
    this.record = [];
    this.started = false;
    // A blank line is no record.
    if (record.length === 1 && record[0] === '') return;
    this.onRecord(record);
  }
}
