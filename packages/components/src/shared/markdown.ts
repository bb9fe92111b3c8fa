import {
  AUTOLINK_CLOSE,
  AUTOLINK_OPEN,
  ESCAPED,
  HARD_BREAK,
  inlineText,
  parseInline,
  type Inline,
} from './markdown-inline.js';

export { inlineText, type Inline } from './markdown-inline.js';

/** A block of a description: a paragraph, a heading-like line, or a list of items. */
export type MarkdownBlock =
  | { type: 'paragraph' | 'heading'; children: Inline[] }
  | { type: 'list'; ordered: boolean; start: number; items: Inline[][] };

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  szlig: 'ß',
  euro: '€',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] !== '#') return ENTITIES[name] ?? entity;
    const code =
      name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
      ? String.fromCodePoint(code)
      : '';
  });
}

/**
 * The source with HTML reduced to line structure and text: comments dropped, `<br>` a hard break,
 * block-level tags a blank line, `<li>` a list item, every other tag dropped, entities decoded;
 * `<https://…>` and `<name@host>` autolinks kept apart from tags.
 */
export function withoutHtml(source: string): string {
  return decodeEntities(
    source
      .replace(/\r\n?/g, '\n')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(
        /<((?:https?|mailto):[^>\s]+|[^\s<>@:]+@[^\s<>@]+)>/gi,
        `${AUTOLINK_OPEN}$1${AUTOLINK_CLOSE}`,
      )
      .replace(/<br\s*\/?>/gi, `${HARD_BREAK}\n`)
      .replace(/<\/?(p|div|h[1-6]|ul|ol|table|tr|blockquote|pre)\b[^>]*>/gi, '\n\n')
      .replace(/<li\b[^>]*>/gi, '\n- ')
      .replace(/<\/?[a-z][^>]*>/gi, ''),
  );
}

/** One line's inline source: backslash escapes parked where no syntax rule can see them. */
const parkEscapes = (line: string) =>
  line.replace(/\\([\\`*_{}[\]()#+\-.!|>~<])/g, (_, char: string) =>
    String.fromCharCode(ESCAPED + char.charCodeAt(0)),
  );

/** Lines joined into one inline source: soft breaks a blank, hard breaks kept, blanks collapsed. */
export function inlineSource(lines: readonly string[]): string {
  return lines
    .map((line, index) => {
      // two blanks or a backslash at the end: a hard break, unless the block ends there
      const hard = /( {2,}|\\)$/.test(line) && index < lines.length - 1;
      const text = parkEscapes((hard ? line.replace(/\\$/, '') : line).trim());
      return hard ? `${text}${HARD_BREAK}` : text;
    })
    .join(' ')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(BLANKS_AROUND_BREAKS, HARD_BREAK)
    .replace(BLANKS_AT_ENDS, '');
}

const BLANKS_AROUND_BREAKS = new RegExp(` ?${HARD_BREAK}+ ?`, 'g');
const BLANKS_AT_ENDS = new RegExp(`^[ ${HARD_BREAK}]+|[ ${HARD_BREAK}]+$`, 'g');

const LIST_ITEM = /^\s*(?:([-*+•])|(\d{1,9})[.)])\s+(.*)$/;
const HEADING = /^\s*#{1,6}\s+(.*?)\s*#*\s*$/;
const TABLE_SEPARATOR = /^\s*\|?(\s*:?-+:?\s*\|)+\s*:?-*:?\s*$/;
const BREAK_LINE = /^\s*(```|~~~)|^\s*([-*_])(\s*\2){2,}\s*$/;

/** One line of a description by what it starts: the line rules the parser and the plain-text reader share. */
export type SourceLine =
  | { kind: 'blank' }
  | { kind: 'heading'; text: string }
  | { kind: 'item'; ordered: boolean; start: number; text: string }
  | { kind: 'text'; text: string };

/**
 * The lines of a description with HTML reduced (see `withoutHtml`): quote marks dropped, blank
 * lines, fences and rules as `blank`, a table's separator row left out and its other rows read
 * as cells joined by " · "; two or more blanks at a line's end kept as two (a hard break).
 */
export function sourceLines(source: string): SourceLine[] {
  const lines: SourceLine[] = [];
  for (const rawLine of withoutHtml(source).split('\n')) {
    const line = rawLine
      .replace(/^\s*(>\s*)+/, '')
      .replace(/\s+$/, (end) => (end.length >= 2 ? '  ' : ''));
    const heading = HEADING.exec(line);
    const listItem = LIST_ITEM.exec(line);
    if (!line.trim() || BREAK_LINE.test(line)) lines.push({ kind: 'blank' });
    else if (heading) lines.push({ kind: 'heading', text: heading[1]! });
    else if (listItem) {
      const ordered = listItem[2] !== undefined;
      lines.push({
        kind: 'item',
        ordered,
        start: ordered ? Number(listItem[2]) : 1,
        text: listItem[3]!,
      });
    } else if (!TABLE_SEPARATOR.test(line)) {
      const cells = line.trimStart().startsWith('|')
        ? line.replace(/^\s*\||\|\s*$/g, '').split('|')
        : [line];
      const text = cells.map((cell) => cell.trim()).join(' · ') + (/ {2}$/.test(line) ? '  ' : '');
      lines.push({ kind: 'text', text });
    }
  }
  return lines;
}

/**
 * Parses a Markdown (or HTML-sprinkled) description from a portal or the directory into blocks of
 * the safe subset: paragraphs with hard line breaks, heading lines, bullet and numbered lists,
 * emphasis, strong, strike-through, code spans, and links — only `http(s):` and `mailto:` through
 * `safeUrl()`, any other link is its text. HTML is never interpreted: tags are dropped, entities
 * decoded to characters. Tables are read row by row (cells joined by " · "), fences, rules and
 * quote marks are dropped. The result is data for Lit templates (`markdown.view.ts`).
 */
export function parseMarkdown(source: string | null | undefined): MarkdownBlock[] {
  if (!source) return [];
  const blocks: MarkdownBlock[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; start: number; items: string[][] } | undefined;
  /** The open list item, which the next line continues unless a blank line came between. */
  let item: string[] | undefined;

  const addBlock = (block: MarkdownBlock) => {
    if (block.type === 'list' ? block.items.length > 0 : block.children.length > 0) {
      blocks.push(block);
    }
  };
  const flushParagraph = () => {
    const children = parseInline(inlineSource(paragraph));
    addBlock({ type: 'paragraph', children });
    paragraph = [];
  };
  const flushList = () => {
    if (list) {
      const items = list.items.map((lines) => parseInline(inlineSource(lines)));
      addBlock({
        type: 'list',
        ordered: list.ordered,
        start: list.start,
        items: items.filter((inlines) => inlines.length > 0),
      });
    }
    list = undefined;
    item = undefined;
  };

  for (const line of sourceLines(source)) {
    if (line.kind === 'blank') {
      flushParagraph();
      item = undefined; // a list goes on after a blank line only with another item
    } else if (line.kind === 'heading') {
      flushParagraph();
      flushList();
      addBlock({ type: 'heading', children: parseInline(inlineSource([line.text])) });
    } else if (line.kind === 'item') {
      flushParagraph();
      if (list && list.ordered !== line.ordered) flushList();
      list ??= { ordered: line.ordered, start: line.start, items: [] };
      item = [line.text];
      list.items.push(item);
    } else if (item) item.push(line.text);
    else {
      flushList();
      paragraph.push(line.text);
    }
  }
  flushParagraph();
  flushList();
  return blocks;
}

/** The words of a block (list: each item), as plain text. */
export const blockText = (inlines: readonly Inline[]) =>
  inlineText(inlines)
    .replace(/[ \t\u00a0]+/g, ' ')
    .trim();
