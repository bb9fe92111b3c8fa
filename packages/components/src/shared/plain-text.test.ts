import { describe, expect, it } from 'vitest';
import { markdownToPlainText, markdownToText } from './plain-text.js';

describe('markdownToText', () => {
  it('keeps paragraphs, headings and list items as text', () => {
    const md = [
      '# Verkehrszählung **Dresden**',
      '',
      'Die Daten stammen vom [Straßen- und Tiefbauamt](https://example.org/amt)',
      'und werden _täglich_ aktualisiert.',
      '',
      '- Zählstellen als `CSV`',
      '* Jahreswerte ~~2019~~ 2020–2025',
      '1. Lizenz: dl-de/by-2-0',
      '',
      '---',
      '> Hinweis: ![Karte](karte.png) vorläufige Werte \\*ungeprüft\\*',
    ].join('\n');
    expect(markdownToText(md)).toEqual([
      { kind: 'heading', text: 'Verkehrszählung Dresden' },
      {
        kind: 'paragraph',
        text: 'Die Daten stammen vom Straßen- und Tiefbauamt und werden täglich aktualisiert.',
      },
      { kind: 'list-item', text: 'Zählstellen als CSV' },
      { kind: 'list-item', text: 'Jahreswerte 2019 2020–2025' },
      { kind: 'list-item', text: 'Lizenz: dl-de/by-2-0' },
      { kind: 'paragraph', text: 'Hinweis: Karte vorläufige Werte *ungeprüft*' },
    ]);
  });

  it('drops HTML as text and decodes entities, never interpreting anything', () => {
    const blocks = markdownToText(
      '<p>Erste&nbsp;Zeile<br>zweite</p><script>alert(1)</script><ul><li>Punkt &amp; Komma</li></ul>' +
        '<img src=x onerror="alert(1)">Ende &lt;b&gt; &#x1F600; &#0;',
    );
    expect(blocks.map((b) => b.text)).toEqual([
      'Erste Zeile zweite',
      'alert(1)',
      'Punkt & Komma',
      'Ende <b> 😀',
    ]);
    expect(blocks[2]!.kind).toBe('list-item');
  });

  it('keeps autolinks and snake_case words, and reads tables row by row', () => {
    expect(markdownToPlainText('Siehe <https://example.org/x> und file_name_here.')).toBe(
      'Siehe https://example.org/x und file_name_here.',
    );
    expect(markdownToPlainText('| Jahr | Wert |\n| --- | ---: |\n| 2024 | 17 |')).toBe(
      'Jahr · Wert 2024 · 17',
    );
  });

  it('returns nothing for nothing', () => {
    expect(markdownToText(undefined)).toEqual([]);
    expect(markdownToText('   \n\n ')).toEqual([]);
  });
});
