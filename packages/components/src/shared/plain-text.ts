/** A block of text from a Markdown or HTML description. */
export interface TextBlock {
  kind: 'paragraph' | 'heading' | 'list-item';
  text: string;
}

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

// Private-use code points that stand in for backslash-escaped ASCII characters while parsing.
const ESCAPED = 0xe000;

/** Markdown and HTML inline syntax removed, the words kept. */
function inlineText(line: string): string {
  return (
    line
      // backslash escapes are literal characters: park them where no syntax rule can see them
      .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, (_, char: string) =>
        String.fromCharCode(ESCAPED + char.charCodeAt(0)),
      )
      // images and links: keep what a reader sees, drop the URL
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      // code spans, strong, emphasis, strike-through
      .replace(/`+([^`]+)`+/g, '$1')
      .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
      .replace(/(^|[^\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\w)/g, '$1$2')
      .replace(/(^|[^\w_])_(?=\S)(.+?)(?<=\S)_(?!\w)/g, '$1$2')
      .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
      .replace(/[\ue000-\ue07f]/g, (char) => String.fromCharCode(char.charCodeAt(0) - ESCAPED))
      .replace(/[ \t\u00a0]+/g, ' ')
      .trim()
  );
}

/**
 * Turns a Markdown (or HTML-sprinkled) description from a portal into plain text blocks: paragraphs,
 * headings and list items, with the syntax removed and the words kept. Nothing is interpreted as
 * HTML: tags are dropped as text, entities decoded to characters, and the result is meant for Lit
 * text bindings (`${block.text}`), never for `innerHTML`.
 */
export function markdownToText(source: string | null | undefined): TextBlock[] {
  if (!source) return [];
  const text = decodeEntities(
    source
      .replace(/\r\n?/g, '\n')
      .replace(/<!--[\s\S]*?-->/g, '')
      // autolinks keep their address as text
      .replace(/<((?:https?|mailto):[^>\s]+)>/gi, '$1')
      // block-level tags end a block; every other tag is dropped
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/?(p|div|h[1-6]|ul|ol|table|tr|blockquote|pre)\b[^>]*>/gi, '\n\n')
      .replace(/<li\b[^>]*>/gi, '\n- ')
      .replace(/<\/?[a-z][^>]*>/gi, ''),
  );

  const blocks: TextBlock[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    const joined = inlineText(paragraph.join(' '));
    if (joined) blocks.push({ kind: 'paragraph', text: joined });
    paragraph = [];
  };

  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/^\s*(>\s*)+/, '').trimEnd();
    const heading = /^\s*#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    const item = /^\s*(?:[-*+•]|\d{1,9}[.)])\s+(.*)$/.exec(line);
    if (!line.trim() || /^\s*(```|~~~)/.test(line) || /^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
      flush();
    } else if (heading) {
      flush();
      const words = inlineText(heading[1]!);
      if (words) blocks.push({ kind: 'heading', text: words });
    } else if (item) {
      flush();
      paragraph.push(item[1]!);
      const words = inlineText(paragraph.join(' '));
      paragraph = [];
      if (words) blocks.push({ kind: 'list-item', text: words });
    } else if (/^\s*\|?(\s*:?-+:?\s*\|)+\s*:?-*:?\s*$/.test(line)) {
      // a table's header separator row
    } else {
      const cells = line.trimStart().startsWith('|')
        ? line.replace(/^\s*\||\|\s*$/g, '').split('|')
        : [line];
      paragraph.push(cells.map((cell) => cell.trim()).join(' · '));
    }
  }
  flush();
  return blocks;
}

/** The description as one plain string, blocks separated by blank lines (for `title`, meta tags, …). */
export function markdownToPlainText(source: string | null | undefined): string {
  return markdownToText(source)
    .map((block) => block.text)
    .join('\n\n');
}
