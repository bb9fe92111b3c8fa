import {
  AUTOLINK_CLOSE,
  delimiter,
  matchBrackets,
  matchEmphasis,
  unescape,
  type Delimiter,
  type Token,
} from './markdown-inline.js';
import { inlineSource, sourceLines } from './markdown.js';

/** Deeper link text than this is read as it is written (the parser's limit too). */
const MAX_DEPTH = 8;

/**
 * What the inline reading stops at: a run of backticks (a code span), `[` or `![` (a link or an
 * image), a `<…>` autolink, a run of emphasis characters, or a bare `https://…`/`mailto:…` address,
 * whose characters are never emphasis (without the punctuation that ends a sentence).
 */
const INLINE =
  /(`+)|!?\[|\ue100([^\ue101]*)|([*_~])\3*|(?<![\p{L}\p{N}])(?:https?:\/\/|mailto:)[^\s<>\ue100-\ue1ff]*[^\s<>\ue100-\ue1ff.,:;!?'"*_~()]/giu;

/** `(destination "title")` or `[reference]` right after a link text's `]`. */
const LINK_TAIL =
  /\( *(?:<[^>\n]{0,2048}>|(?:[^\s()]|\([^\s()]*\)){0,2048})(?: *(?:"[^"]*"|'[^']*'))? *\)|\[[^\]]*\]/y;

/**
 * The words of one block's inline Markdown, as `parseInline()` + `inlineText()` give them: code
 * spans as their code, links and images as their text, autolinks as their address, and the
 * emphasis characters that pair (by the parser's own rules) left out.
 */
function inlineWords(source: string, depth = 0): string {
  if (depth >= MAX_DEPTH) return source;
  const brackets = matchBrackets(source);
  const tokens: Token[] = [];
  const text = (value: string) =>
    tokens.push({ kind: 'inline', inline: { type: 'text', text: value } });
  let at = 0;
  INLINE.lastIndex = 0;
  for (let found; (found = INLINE.exec(source));) {
    let end = INLINE.lastIndex;
    text(source.slice(at, found.index));
    const [match, backticks, address, emphasis] = found;
    if (backticks) {
      const close = new RegExp(`(?<!\`)${backticks}(?!\`)`, 'g');
      close.lastIndex = end;
      const closing = close.exec(source);
      if (closing) {
        text(unescape(source.slice(end, closing.index)).trim());
        end = close.lastIndex;
      } else text(backticks);
    } else if (address !== undefined) {
      text(address);
      if (source[end] === AUTOLINK_CLOSE) end++;
    } else if (emphasis) tokens.push(delimiter(source, found.index, match.length));
    else if (match === '[' || match === '![') {
      const open = end - 1;
      const close = brackets[open]!;
      LINK_TAIL.lastIndex = close + 1;
      if (close >= 0 && LINK_TAIL.test(source)) {
        end = LINK_TAIL.lastIndex; // before the link text's reading moves it
        text(inlineWords(source.slice(open + 1, close), depth + 1));
      } else {
        text(match[0]!);
        end = found.index + 1;
      }
    } else text(match);
    at = end;
    INLINE.lastIndex = end;
  }
  text(source.slice(at));
  matchEmphasis(tokens);
  return tokens
    .map((token) =>
      token.kind === 'inline'
        ? token.inline.type === 'text'
          ? token.inline.text
          : ''
        : (token as Delimiter).char.repeat(token.count),
    )
    .join('');
}

/**
 * One line with nothing Markdown or HTML would read — no emphasis, code, link, tag, entity or escape
 * character, no block marker at its start: its text is the line itself, with blanks collapsed.
 * Many descriptions are one such line (all the demo's), and reading it in full cost the event list
 * a few milliseconds per page of 200. markdown-plain-text.test.ts compares it with the parser.
 */
const PLAIN_LINE =
  /^(?![-+=#•]|\d{1,9}[.)])[^\s\\&`*_~[\]<>|\ue000-\ue1ff][^\n\r\\&`*_~[\]<>|\ue000-\ue1ff]*$/u;

/**
 * A Markdown (or HTML-sprinkled) description as plain text: headings, paragraphs and list items
 * each a block, blocks separated by a blank line — the same text as `markdownToPlainText()`, read
 * without building the parser's tree, for widgets that show descriptions as text only (the event
 * list: a smaller script). Nothing is interpreted as HTML; the result is for text bindings.
 */
export function markdownPlainText(source: string | null | undefined): string {
  if (!source) return '';
  if (PLAIN_LINE.test(source)) return source.replace(/[ \t\u00a0]+/g, ' ').trim();
  const blocks: string[][] = [];
  /** The block the next text line continues: none after a blank line or a heading. */
  let open: string[] | undefined;
  for (const line of sourceLines(source)) {
    if (line.kind === 'blank') open = undefined;
    else if (line.kind === 'heading') {
      blocks.push([line.text]);
      open = undefined;
    } else if (line.kind === 'item' || !open) blocks.push((open = [line.text]));
    else open.push(line.text);
  }
  return blocks
    .map((lines) =>
      unescape(inlineWords(inlineSource(lines)))
        .replace(/[ \t\u00a0]+/g, ' ')
        .trim(),
    )
    .filter(Boolean)
    .join('\n\n');
}
