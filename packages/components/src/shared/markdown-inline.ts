import { safeUrl } from './safe-url.js';

/** Inline content of a description: what a Lit template can show as text and a few elements. */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'break' }
  | { type: 'code'; text: string }
  | { type: 'emphasis' | 'strong' | 'strike'; children: Inline[] }
  /** Only with an `href` that passed `safeUrl()`; other links become their text. */
  | { type: 'link'; href: string; children: Inline[] };

// Private-use code points the block parser leaves in the text: backslash-escaped ASCII characters
// (U+E000 + the character), `<…>` autolinks and hard line breaks. No syntax rule sees them.
export const ESCAPED = 0xe000;
export const AUTOLINK_OPEN = '\ue100';
export const AUTOLINK_CLOSE = '\ue101';
export const HARD_BREAK = '\ue102';

/** Deeper links (in link text) and emphasis than this are shown as plain text. */
const MAX_DEPTH = 8;
/** A link destination longer than this is not one (keeps the scan linear on hostile text). */
const MAX_DESTINATION = 2048;

/** The text with every private marker back as the characters it stands for. */
export const unescape = (text: string) =>
  text.replace(/[\ue000-\ue07f\ue100-\ue102]/g, (char) =>
    char === AUTOLINK_OPEN
      ? '<'
      : char === AUTOLINK_CLOSE
        ? '>'
        : char === HARD_BREAK
          ? ' '
          : String.fromCharCode(char.charCodeAt(0) - ESCAPED),
  );

const isSpace = (char: string | undefined) =>
  char === undefined || char === HARD_BREAK || char <= ' ' || (char > '~' && /\s/.test(char));
const isPunctuation = (char: string | undefined) =>
  char !== undefined && (/[!-/:-@[-`{-~]/.test(char) || (char > '~' && /[\p{P}\p{S}]/u.test(char)));

/** A run of `*`, `_` or `~~` that may open or close emphasis. */
export interface Delimiter {
  kind: 'delimiter';
  char: string;
  count: number;
  canOpen: boolean;
  canClose: boolean;
  /** Emphasis this run opens, innermost first, and closes, innermost first. */
  opens: Inline['type'][];
  closes: Inline['type'][];
}
export type Token = { kind: 'inline'; inline: Inline } | Delimiter;

/** For every `[`, the index of its matching `]`, or -1: one pass, so nested brackets stay linear. */
export function matchBrackets(source: string): Int32Array {
  const match = new Int32Array(source.length).fill(-1);
  const open: number[] = [];
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '[') open.push(i);
    else if (source[i] === ']' && open.length > 0) match[open.pop()!] = i;
  }
  return match;
}

/** For every run of backticks, the start of the next run of the same length, or -1. */
function matchBackticks(source: string): Map<number, number> {
  const next = new Map<number, number>();
  const lastOfLength = new Map<number, number>();
  const runs = source.matchAll(/`+/g);
  for (const run of runs) {
    const previous = lastOfLength.get(run[0].length);
    if (previous !== undefined) next.set(previous, run.index);
    lastOfLength.set(run[0].length, run.index);
  }
  return next;
}

/** `(destination "title")` after a link's `]`: the destination and the index after `)`. */
function linkTail(source: string, start: number): { destination: string; end: number } | null {
  let i = start + 1;
  while (source[i] === ' ') i++;
  let destination: string;
  if (source[i] === '<') {
    const close = source.indexOf('>', i);
    if (close < 0 || close - i > MAX_DESTINATION) return null;
    destination = source.slice(i + 1, close);
    i = close + 1;
  } else {
    const from = i;
    let depth = 0;
    for (; i < source.length && i - from <= MAX_DESTINATION; i++) {
      const char = source[i]!;
      if (isSpace(char)) break;
      if (char === '(') depth++;
      else if (char === ')' && depth-- === 0) break;
    }
    destination = source.slice(from, i);
  }
  while (source[i] === ' ') i++;
  const quote = source[i];
  if (quote === '"' || quote === "'") {
    const close = source.indexOf(quote, i + 1);
    if (close < 0 || close - i > MAX_DESTINATION) return null;
    i = close + 1;
    while (source[i] === ' ') i++;
  }
  return source[i] === ')' ? { destination: unescape(destination), end: i + 1 } : null;
}

const BARE_URL = /(?:https?:\/\/|mailto:)[^\s<>\ue100-\ue1ff]+/iy;

/** A bare `https://…` or `mailto:…` at `start`, without the punctuation that ends a sentence. */
function bareUrl(source: string, start: number): string | undefined {
  if (start > 0 && /[\p{L}\p{N}]/u.test(source[start - 1]!)) return undefined;
  BARE_URL.lastIndex = start;
  const match = BARE_URL.exec(source)?.[0];
  if (!match) return undefined;
  let url = match;
  for (;;) {
    const trimmed: string = url.replace(/[.,:;!?'"*_~]+$/, '');
    const unbalanced =
      trimmed.endsWith(')') && trimmed.split(')').length > trimmed.split('(').length;
    url = unbalanced ? trimmed.slice(0, -1) : trimmed;
    if (!unbalanced) break;
  }
  return /^(?:https?:\/\/|mailto:)./i.test(url) ? url : undefined;
}

/** A link when its URL is safe, else its text: portal data decides neither scheme nor markup. */
function linkOrText(url: string | undefined, children: Inline[], inLink: boolean): Inline[] {
  const href = inLink ? undefined : safeUrl(url);
  return href ? [{ type: 'link', href, children }] : children;
}

const SPECIAL = /[`![*_~\ue100\ue102hHmM]/g;

/**
 * Parses the inline Markdown of one block (escapes already replaced by the block parser): code
 * spans, links, images (their text), `<…>` and bare autolinks, emphasis, strong, strike-through and
 * hard breaks. Links inside link text, and nesting deeper than {@link MAX_DEPTH}, become text.
 */
export function parseInline(source: string, depth = 0, inLink = false): Inline[] {
  if (depth >= MAX_DEPTH) return [{ type: 'text', text: unescape(source) }];
  const brackets = matchBrackets(source);
  const backticks = matchBackticks(source);
  const tokens: Token[] = [];
  const text = (value: string) =>
    tokens.push({ kind: 'inline', inline: { type: 'text', text: value } });
  const push = (...inlines: Inline[]) =>
    inlines.forEach((inline) => tokens.push({ kind: 'inline', inline }));

  let i = 0;
  while (i < source.length) {
    SPECIAL.lastIndex = i;
    const found = SPECIAL.exec(source);
    const at = found ? found.index : source.length;
    if (at > i) text(source.slice(i, at));
    if (!found) break;
    i = at;
    const char = source[i]!;
    if (char === HARD_BREAK) {
      push({ type: 'break' });
      i++;
    } else if (char === '`') {
      const run = /`+/y;
      run.lastIndex = i;
      const length = run.exec(source)![0].length;
      const close = backticks.get(i);
      if (close === undefined) {
        text(source.slice(i, i + length));
        i += length;
      } else {
        push({ type: 'code', text: unescape(source.slice(i + length, close)).trim() });
        i = close + length;
      }
    } else if (char === '[' || (char === '!' && source[i + 1] === '[')) {
      const open = char === '!' ? i + 1 : i;
      const close = brackets[open]!;
      const tail = close >= 0 && source[close + 1] === '(' ? linkTail(source, close + 1) : null;
      const reference =
        close >= 0 && source[close + 1] === '[' ? source.indexOf(']', close + 2) : -1;
      if (tail || reference >= 0) {
        const children = parseInline(source.slice(open + 1, close), depth + 1, true);
        // An image shows its text: no picture is loaded from a portal's address.
        push(
          ...(char === '!' || !tail ? children : linkOrText(tail.destination, children, inLink)),
        );
        i = tail ? tail.end : reference + 1;
      } else {
        text(char);
        i++;
      }
    } else if (char === AUTOLINK_OPEN) {
      const close = source.indexOf(AUTOLINK_CLOSE, i);
      const address = unescape(source.slice(i + 1, close < 0 ? undefined : close));
      const url = /^[^@:\s]+@[^@\s]+$/.test(address) ? `mailto:${address}` : address;
      push(...linkOrText(url, [{ type: 'text', text: address }], inLink));
      i = close < 0 ? source.length : close + 1;
    } else if (char === '*' || char === '_' || char === '~') {
      const run = char === '*' ? /\*+/y : char === '_' ? /_+/y : /~+/y;
      run.lastIndex = i;
      const count = run.exec(source)![0].length;
      tokens.push(delimiter(source, i, count));
      i += count;
    } else {
      const url = /[hHmM]/.test(char) ? bareUrl(source, i) : undefined;
      if (url) {
        push(...linkOrText(unescape(url), [{ type: 'text', text: unescape(url) }], inLink));
        i += url.length;
      } else {
        text(char);
        i++;
      }
    }
  }
  matchEmphasis(tokens);
  return buildTree(tokens, depth);
}

/** Whether a delimiter run can open or close, by what stands before and after it (CommonMark). */
export function delimiter(source: string, start: number, count: number): Delimiter {
  const char = source[start]!;
  const before = source[start - 1];
  const after = source[start + count];
  const leftFlanking =
    !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before));
  const rightFlanking =
    !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after));
  // `_` inside a word (snake_case) is a letter; `~` counts only as a pair.
  const intraword = char === '_';
  const usable = char !== '~' || count === 2;
  return {
    kind: 'delimiter',
    char,
    count,
    canOpen: usable && leftFlanking && (!intraword || !rightFlanking || isPunctuation(before)),
    canClose: usable && rightFlanking && (!intraword || !leftFlanking || isPunctuation(after)),
    opens: [],
    closes: [],
  };
}

/**
 * Pairs openers and closers, nearest first, one stack a character so that each closer looks at
 * one opener only (linear on hostile runs). Delimiters between a pair can no longer pair across it.
 */
export function matchEmphasis(tokens: Token[]): void {
  const stacks = new Map<string, number[]>([
    ['*', []],
    ['_', []],
    ['~', []],
  ]);
  tokens.forEach((token, index) => {
    if (token.kind !== 'delimiter') return;
    const stack = stacks.get(token.char)!;
    while (token.canClose && token.count > 0 && stack.length > 0) {
      const openerIndex = stack.at(-1)!;
      const opener = tokens[openerIndex] as Delimiter;
      const type =
        token.char === '~'
          ? 'strike'
          : opener.count >= 2 && token.count >= 2
            ? 'strong'
            : 'emphasis';
      const used = type === 'emphasis' ? 1 : 2;
      opener.count -= used;
      token.count -= used;
      opener.opens.push(type);
      token.closes.push(type);
      if (opener.count === 0) stack.pop();
      for (const other of stacks.values()) {
        while (other !== stack && other.length > 0 && other.at(-1)! > openerIndex) other.pop();
      }
    }
    if (token.canOpen && token.count > 0) stack.push(index);
  });
}

type Frame = { type: 'emphasis' | 'strong' | 'strike'; children: Inline[]; flat: boolean };

/** The paired delimiters as nested elements; unpaired ones as text. */
function buildTree(tokens: Token[], depth: number): Inline[] {
  const root: Inline[] = [];
  const frames: Frame[] = [];
  const current = () => frames.at(-1)?.children ?? root;
  const add = (inline: Inline) => {
    const into = current();
    const last = into.at(-1);
    if (inline.type !== 'text') into.push(inline);
    else if (last?.type === 'text') last.text += unescape(inline.text);
    else into.push({ type: 'text', text: unescape(inline.text) });
  };
  for (const token of tokens) {
    if (token.kind === 'inline') {
      add(token.inline);
      continue;
    }
    for (let closed = 0; closed < token.closes.length; closed++) {
      const frame = frames.pop()!;
      // a flat frame wrote into its parent's children all along
      if (!frame.flat) current().push({ type: frame.type, children: frame.children });
    }
    if (token.count > 0) add({ type: 'text', text: token.char.repeat(token.count) });
    for (const type of [...token.opens].reverse()) {
      const flat = depth + frames.length >= MAX_DEPTH;
      frames.push({ type: type as Frame['type'], children: flat ? current() : [], flat });
    }
  }
  return root;
}

/** The words of inline content, as a reader sees them. */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) =>
      inline.type === 'text' || inline.type === 'code'
        ? inline.text
        : inline.type === 'break'
          ? ' '
          : inlineText(inline.children),
    )
    .join('');
}
