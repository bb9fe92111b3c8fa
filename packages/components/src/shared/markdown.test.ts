// The safe Markdown subset of descriptions: what it shows, and what hostile Markdown cannot do.
import { render } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { parseMarkdown } from './markdown.js';
import { renderMarkdown, teaserOf } from './markdown.view.js';

const shown = (source: string) => {
  const box = document.createElement('div');
  document.body.append(box);
  render(renderMarkdown(parseMarkdown(source)), box);
  return box;
};
/** The rendered markup without Lit's comment markers: what the reader's DOM holds. */
const markup = (box: Element) => box.innerHTML.replace(/<!--[^>]*-->/g, '').replace(/\s+/g, ' ');

afterEach(() => {
  document.body.replaceChildren();
});

describe('Markdown of descriptions', () => {
  it('shows paragraphs, line breaks, lists, emphasis, code and safe links', () => {
    const box = shown(
      [
        'Zählstellen des **Radverkehrs** in _Dresden_, Stand `2025-06`.  ',
        'Zweite Zeile\\',
        'dritte Zeile',
        '',
        '**Inhalt**',
        '- Zählstelle',
        '- Tageswerte mit',
        '  Wetter',
        '',
        '3. drei',
        '4. vier',
        '',
        'Weitere Informationen: [Dokumentation](https://example.org/doku "Titel"), ',
        '<https://example.org/auto>, <info@example.org>, https://example.org/x_(y). ~~alt~~',
        '[Mail](mailto:amt@example.org)',
      ].join('\n'),
    );
    expect(markup(box)).toBe(
      [
        '<p>Zählstellen des <strong>Radverkehrs</strong> in <em>Dresden</em>, Stand <code>2025-06</code>. <br>Zweite Zeile <br>dritte Zeile</p>',
        '<p><strong>Inhalt</strong></p>',
        '<ul class="md-list"> <li>Zählstelle</li><li>Tageswerte mit Wetter</li> </ul>',
        '<ol class="md-list" start="3"> <li>drei</li><li>vier</li> </ol>',
        '<p>Weitere Informationen: <a href="https://example.org/doku">Dokumentation</a>, ' +
          '<a href="https://example.org/auto">https://example.org/auto</a>, ' +
          '<a href="mailto:info@example.org">info@example.org</a>, ' +
          '<a href="https://example.org/x_(y)">https://example.org/x_(y)</a>. <del>alt</del> ' +
          '<a href="mailto:amt@example.org">Mail</a></p>',
      ].join(''),
    );
  });

  it('keeps snake_case, lone asterisks and escapes as they are written', () => {
    const box = shown('datei_name_hier.csv * 5 \\*nicht kursiv\\* 2*3*4 a ~ b');
    expect(markup(box)).toBe('<p>datei_name_hier.csv * 5 *nicht kursiv* 2<em>3</em>4 a ~ b</p>');
  });

  it('turns links of other schemes into their text', () => {
    const box = shown(
      [
        '[Klick](javascript:window.__saxonPwned=1) [Daten](data:text/html,<script>x</script>)',
        '[rel](/relativ) [proto](//evil.invalid/x) [vb](VBScript:msgbox(1))',
        '[tab](java\tscript:alert(1)) <javascript:alert(1)> ![Bild](https://example.org/x.png)',
        '[Text][ref] <ftp://example.org/datei>',
      ].join('\n'),
    );
    expect(box.querySelectorAll('a, img, script')).toHaveLength(0);
    expect(box.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      // a tab inside the scheme ends the destination: no link, the brackets stay as written
      'Klick Daten rel proto vb [tab](java script:alert(1)) Bild Text',
    );
  });

  it('shows HTML as text without its tags and runs none of it', () => {
    const box = shown(
      '<script>window.__saxonPwned=1</script><img src=x onerror="window.__saxonPwned=1">' +
        '<a href="javascript:window.__saxonPwned=1">Klick</a> &lt;b&gt;fett&lt;/b&gt; ' +
        '[**<b>x</b>**](https://example.org/"onmouseover="alert(1))',
    );
    expect(box.querySelectorAll('script, img, b')).toHaveLength(0);
    const links = [...box.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/%22onmouseover=%22alert(1)',
    ]);
    expect(links[0]!.attributes).toHaveLength(1);
    expect(box.textContent).toBe('window.__saxonPwned=1Klick <b>fett</b> x');
  });

  it('reads nested brackets and links inside link text as text', () => {
    const box = shown(
      '[a [b] c](https://example.org/1) [[x](https://example.org/2)](https://example.org/3) [[[[[tief]]]]]',
    );
    const links = [...box.querySelectorAll('a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['a [b] c', 'https://example.org/1'],
      ['x', 'https://example.org/3'],
    ]);
    expect(box.querySelectorAll('a a')).toHaveLength(0);
    expect(box.textContent).toContain('[[[[[tief]]]]]');
  });

  it('keeps huge nesting shallow and hostile runs linear', () => {
    const depthOf = (root: Element): number =>
      Math.max(0, ...[...root.children].map((child) => 1 + depthOf(child)));
    // *w _w *w _w … tief … w_ w* w_ w*: two thousand levels of emphasis
    const mark = (level: number) => (level % 2 ? '_' : '*');
    const levels = Array.from({ length: 2_000 }, (_, level) => level);
    const nested =
      levels.map((level) => `${mark(level)}w `).join('') +
      'tief' +
      levels
        .reverse()
        .map((level) => ` w${mark(level)}`)
        .join('');
    const brackets = '['.repeat(10_000) + 'x' + ']'.repeat(10_000) + '(https://example.org)';
    const links = '[a]('.repeat(2_000);
    const stars = '**a'.repeat(10_000) + ' `'.repeat(2_000);
    const lists = Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(i % 40)}- ${i}`).join('\n');
    for (const source of [nested, brackets, links, stars, lists]) {
      const box = shown(source);
      expect(depthOf(box)).toBeLessThanOrEqual(10);
      expect(box.textContent!.length).toBeGreaterThan(0);
    }
    const deep = shown(nested);
    expect(deep.textContent).toBe('w '.repeat(2_000) + 'tief' + ' w'.repeat(2_000));
    expect(deep.querySelectorAll('em').length).toBeGreaterThan(0);
  });
});

describe('teasers of descriptions', () => {
  it('joins blocks in one line with list items apart, links as text, cut at a word', () => {
    const source =
      'Anmeldezahlen der **Grundschulen**.\n\n**Inhalt**\n- Schulbezirk\n- Hortplätze\n\n' +
      'Weitere Informationen: [Dokumentation](https://example.org/doku)';
    const full = teaserOf(parseMarkdown(source), 240);
    expect(full.text).toBe(
      'Anmeldezahlen der Grundschulen. Inhalt: Schulbezirk · Hortplätze. Weitere Informationen: Dokumentation',
    );
    expect(full.inlines.some((inline) => inline.type === 'link')).toBe(false);
    const cut = teaserOf(parseMarkdown(source), 52);
    expect(cut.text).toBe('Anmeldezahlen der Grundschulen. Inhalt: Schulbezirk …');
  });
});
