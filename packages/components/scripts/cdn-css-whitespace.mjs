// An esbuild plugin of the script-tag build: the CSS in the components' css`…` templates without
// its comments and layout whitespace. esbuild minifies the code around a template but keeps its
// text as written, so indentation, line breaks and comments of every widget's styles shipped in
// each script tag (saxon-event-list.js: 0.4 kB gzip). Quoted strings (`content: '✓ '`) and the
// `${…}` parts are kept as they are; only whitespace between tokens goes, which CSS ignores.
import { readFile } from 'node:fs/promises';

const STYLE_SOURCES = /\/packages\/components\/src\/.*\.ts$/;

/** CSS outside strings: one blank where there were blanks, none beside braces, `;`, `,` or after `:`. */
const compactPlain = (text) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/: /g, ':');

/** A static piece of CSS without comments and layout whitespace, its quoted strings untouched. */
export function compactCss(text) {
  let out = '';
  let plain = '';
  for (let i = 0; i < text.length;) {
    const char = text[i];
    if (char === "'" || char === '"') {
      const close = text.indexOf(char, i + 1);
      const end = close < 0 ? text.length : close + 1;
      out += compactPlain(plain) + text.slice(i, end);
      plain = '';
      i = end;
    } else if (text.startsWith('/*', i)) {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 2;
      plain += ' ';
    } else {
      plain += char;
      i++;
    }
  }
  return out + compactPlain(plain);
}

/**
 * The source with every css`…` template's static text compacted. A template is read to its
 * closing backtick, skipping `${…}` (braces counted) and backslash escapes.
 */
export function compactCssTemplates(source) {
  let out = '';
  let from = 0;
  for (let start = source.indexOf('css`'); start >= 0; start = source.indexOf('css`', from)) {
    // `css` as a whole identifier only (not `someCss\``)
    if (/[\w$]/.test(source[start - 1] ?? '')) {
      out += source.slice(from, start + 4);
      from = start + 4;
      continue;
    }
    out += source.slice(from, start + 4);
    let i = start + 4;
    let piece = '';
    let body = '';
    for (; i < source.length && source[i] !== '`'; i++) {
      if (source[i] === '\\') {
        piece += source.slice(i, i + 2);
        i++;
      } else if (source.startsWith('${', i)) {
        body += compactCss(piece);
        piece = '';
        let depth = 0;
        const open = i;
        for (; i < source.length; i++) {
          if (source[i] === '{') depth++;
          else if (source[i] === '}' && --depth === 0) break;
        }
        body += source.slice(open, i + 1);
      } else piece += source[i];
    }
    // no blank at the template's two ends (beside a `${…}` one may separate selectors)
    out += `${(body + compactCss(piece)).replace(/^ | $/g, '')}\``;
    from = i + 1;
  }
  return out + source.slice(from);
}

/** The plugin: components' TypeScript sources with their CSS templates compacted. */
export const cssWhitespace = () => ({
  name: 'css-whitespace',
  setup(build) {
    build.onLoad({ filter: STYLE_SOURCES }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      return source.includes('css`')
        ? { contents: compactCssTemplates(source), loader: 'ts' }
        : undefined;
    });
  },
});
