// The script-tag build's CSS compaction (scripts/cdn-css-whitespace.mjs): comments and layout
// whitespace out of css`…` templates, strings, `${…}` parts and everything outside them as written.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  compactCss as compact,
  compactCssTemplates as compactTemplates,
} from '../scripts/cdn-css-whitespace.mjs';

describe('CSS compaction of the script-tag build', () => {
  it('drops comments and blanks where CSS ignores them, keeps strings and needed blanks', () => {
    expect(
      compact(`
      /* Filters: the "x" */
      .a > .b,
      .c :focus {
        margin: calc(var(--_space) * 0.5) 0;
        content: '✓ ';  font-family: "A ,  B";
      }
      @media (forced-colors: active) {
        .d { border-color: CanvasText; }
      }
    `),
    ).toBe(
      // one blank kept at a piece's start: beside a `${…}` it may separate two selectors
      ' .a > .b,.c :focus{margin:calc(var(--_space) * 0.5) 0;content:\'✓ \';font-family:"A ,  B";}' +
        '@media (forced-colors:active){.d{border-color:CanvasText;}}',
    );
  });

  it('compacts css`…` templates only, around their ${…} parts', () => {
    const source = [
      "import { css } from 'lit';",
      'const note = `keep  this   ${"{"}  text`;',
      'export const styles = css`',
      '  .filter select {',
      '    ${formControl}',
      '    padding: 0.25em ${pad({ a: 1 })};',
      '  }',
      '`;',
      'const otherCss`  not  ` = 1;',
    ].join('\n');
    expect(compactTemplates(source)).toBe(
      [
        "import { css } from 'lit';",
        'const note = `keep  this   ${"{"}  text`;',
        'export const styles = css`.filter select{${formControl} padding:0.25em ${pad({ a: 1 })};}`;',
        'const otherCss`  not  ` = 1;',
      ].join('\n'),
    );
  });

  it("ships the event list's styles compacted in its script tag (after `pnpm build`)", () => {
    const bundle = readFileSync(
      new URL('../dist/cdn/saxon-event-list.js', import.meta.url),
      'utf8',
    );
    expect(bundle).toContain('.month-events{display:grid;');
    expect(bundle).not.toContain('/* Months and events */');
  });
});
