// What must never be in the elements' source, whatever lint allows: HTML from strings, string
// styles and Lit's styleMap (a strict CSP blocks them), code from strings. The CDN test proves the rendered result
// under a strict CSP; this keeps every code path honest, including ones no test renders.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const srcDir = new URL('../src/', import.meta.url).pathname;
const sources = (readdirSync(srcDir, { recursive: true }) as string[])
  .filter((file) => file.endsWith('.ts') && !/\.(test|stories)\.ts$/.test(file))
  .map((file) => ({ file, code: readFileSync(join(srcDir, file), 'utf8') }));

const FORBIDDEN: [string, RegExp][] = [
  ['unsafeHTML / unsafeSVG', /unsafe(HTML|SVG)\b|unsafe-(html|svg)\.js/],
  ['innerHTML / outerHTML / insertAdjacentHTML', /\.(inner|outer)HTML\b|insertAdjacentHTML/],
  ['a style="…" string in a template', /\sstyle=["']/],
  // Lit's styleMap writes a style="…" attribute on its first render, which `style-src 'self'`
  // blocks; shared/cssom.ts sets properties through the CSSOM instead.
  ['a style attribute binding (styleMap included)', /\sstyle=\$\{/],
  ['styleMap', /lit\/directives\/style-map\.js/],
  ['eval / new Function / string timers', /\beval\(|new Function\(|setTimeout\(\s*['"`]/],
];

describe('element source', () => {
  it('is found', () => {
    expect(sources.length).toBeGreaterThan(10);
  });

  it.each(FORBIDDEN)('contains no %s', (_, pattern) => {
    const offenders = sources.filter(({ code }) => pattern.test(code)).map(({ file }) => file);
    expect(offenders).toEqual([]);
  });
});
