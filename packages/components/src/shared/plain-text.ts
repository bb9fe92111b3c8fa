import { blockText, parseMarkdown } from './markdown.js';

/** A block of text from a Markdown or HTML description. */
export interface TextBlock {
  kind: 'paragraph' | 'heading' | 'list-item';
  text: string;
}

/**
 * Turns a Markdown (or HTML-sprinkled) description from a portal into plain text blocks: paragraphs,
 * headings and list items, with the syntax removed and the words kept — the words
 * `renderMarkdown()` shows, without links or emphasis. Nothing is interpreted as HTML: tags are
 * dropped as text, entities decoded to characters, and the result is meant for Lit text bindings
 * (`${block.text}`), never for `innerHTML`.
 */
export function markdownToText(source: string | null | undefined): TextBlock[] {
  return parseMarkdown(source)
    .flatMap((block): TextBlock[] =>
      block.type === 'list'
        ? block.items.map((item) => ({ kind: 'list-item', text: blockText(item) }))
        : [{ kind: block.type, text: blockText(block.children) }],
    )
    .filter((block) => block.text !== '');
}

/** The description as one plain string, blocks separated by blank lines (for `title`, meta tags, …). */
export function markdownToPlainText(source: string | null | undefined): string {
  return markdownToText(source)
    .map((block) => block.text)
    .join('\n\n');
}
