// The plain-text reader of descriptions (markdown-plain-text.ts) against the parser it stands in
// for (markdownToPlainText): the same text for every demo event, the hostile corpus, and Markdown of
// every construct of the subset. The event list ships the reader only (a smaller script, issue 27).
import { createDirectoryClient, type DirectoryEvent } from '@saxon-ai/sdk';
import { createDemoApi, HOSTILE_TEXT } from '@saxon-ai/demo-api';
import { describe, expect, it } from 'vitest';
import { markdownPlainText } from './markdown-plain-text.js';
import { markdownToPlainText } from './plain-text.js';

/** Every event of a demo API (in the page, as the event list's tests run it), past ones too. */
async function demoEvents(hostile: boolean): Promise<DirectoryEvent[]> {
  const api = createDemoApi({ now: () => new Date('2026-03-16T10:00:00+01:00'), hostile });
  const client = createDirectoryClient({
    baseUrl: 'https://fixed-clock.invalid/directory/v1',
    fetch: (input, init) => Promise.resolve(api.fetch(new Request(input, init))),
  });
  const events: DirectoryEvent[] = [];
  for await (const event of client.events.all({ from: '1990-01-01' })) events.push(event);
  return events;
}

/** The sources whose reading differs from the parser's, with both readings. */
const differences = (sources: readonly (string | null | undefined)[]) =>
  sources
    .map((source) => ({
      source,
      parser: markdownToPlainText(source),
      reader: markdownPlainText(source),
    }))
    .filter(({ parser, reader }) => parser !== reader);

const mark = (level: number) => (level % 2 ? '_' : '*');
const levels = Array.from({ length: 2_000 }, (_, level) => level);

/** Markdown of every construct of the subset, the parser's own test inputs first. */
const SAMPLES: string[] = [
  // the parser's own test inputs (markdown.test.ts, plain-text.test.ts)
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
  'datei_name_hier.csv * 5 \\*nicht kursiv\\* 2*3*4 a ~ b',
  [
    '[Klick](javascript:window.__saxonPwned=1) [Daten](data:text/html,<script>x</script>)',
    '[rel](/relativ) [proto](//evil.invalid/x) [vb](VBScript:msgbox(1))',
    '[tab](java\tscript:alert(1)) <javascript:alert(1)> ![Bild](https://example.org/x.png)',
    '[Text][ref] <ftp://example.org/datei>',
  ].join('\n'),
  '<script>window.__saxonPwned=1</script><img src=x onerror="window.__saxonPwned=1">' +
    '<a href="javascript:window.__saxonPwned=1">Klick</a> &lt;b&gt;fett&lt;/b&gt; ' +
    '[**<b>x</b>**](https://example.org/"onmouseover="alert(1))',
  '[a [b] c](https://example.org/1) [[x](https://example.org/2)](https://example.org/3) [[[[[tief]]]]]',
  'Anmeldezahlen der **Grundschulen**.\n\n**Inhalt**\n- Schulbezirk\n- Hortplätze\n\n' +
    'Weitere Informationen: [Dokumentation](https://example.org/doku)',
  [
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
  ].join('\n'),
  '<p>Erste&nbsp;Zeile<br>zweite</p><script>alert(1)</script><ul><li>Punkt &amp; Komma</li></ul>' +
    '<img src=x onerror="alert(1)">Ende &lt;b&gt; &#x1F600; &#0;',
  'Siehe <https://example.org/x> und file_name_here.',
  '| Jahr | Wert |\n| --- | ---: |\n| 2024 | 17 |',
  '   \n\n ',
  // more of the subset: emphasis runs, code with backticks, link tails, headings, quotes, tables
  '***fett und kursiv*** **fett *kursiv* fett** *a **b** c* __unter__ _a_b_ __a__b',
  '**ungepaart *auch __nicht ~einzeln~ ~~durch~~ ~~~drei~~~ a**b**c _x_y_ *x*y*',
  '`` code mit ` darin `` und `offen und ``doppelt` ```drei``` `*nicht kursiv*`',
  '[Titel](https://example.org/a(b)c "T") [T2](<https://example.org/mit leer>) [T3](x \'t\') [T4]( y )',
  '[kaputt](https://example.org [leer]() [x] (y) ![bild]() ![](z) !nicht [ref][] [a][b',
  '## Überschrift ##\n###### sechs\n####### sieben\n#ohne Leerzeichen',
  '> Zitat **fett**\n> > doppelt\nweiter\n\n>\n\n- a\n\n- b\nc\n\n1) eins\n2. zwei\n- drei',
  'Zeile mit zwei Leerzeichen  \nnächste\\\nletzte\\',
  '| a | *b* |\n|---|:-:|\n| `c` | [d](https://e.org) |\n\n```\ncode\n```\n~~~\n___\n* * *',
  'https://example.org/pfad_mit_unterstrich_ und https://example.org/*stern*. und (https://example.org/x).',
  'mailto:info@example.org, Mailto:A@B.de! http://x.de/a**b** xhttps://nicht.de',
  'E-Mail <a@b.de> und <https://x.de/*a*> und <kaputt',
  '\\# kein Titel \\- kein Punkt \\[keine Klammer\\] \\`kein Code\\` \\\\ Schrägstrich \\q',
  'Sonder: 5 * 3 = 15, a*b, a * b *, **, ****, _ _, __init__, snake_case_, _führend',
  '„*Zitat*“ (*Klammer*) *„innen“* **„fett“**. *ende*. Punkt.*nach*',
  '&auml;&ouml;&uuml; &Auml; &szlig; &euro; &hellip; &#65; &#x41; &#xD800; &unbekannt; &amp;amp;',
  '<!-- Kommentar -->Text<br/>nach<BR>Bruch<div>Block</div><li>Punkt<h2>Titel</h2>',
  '*w _w *w _w tief w_ w* w_ w*',
  '[a]([b](c)) [[a]](b) [a]]](b) [[a](b) [a](b))',
  // hostile runs: deep nesting, unclosed brackets and backticks, long destinations
  levels.map((level) => `${mark(level)}w `).join('') +
    'tief' +
    [...levels]
      .reverse()
      .map((level) => ` w${mark(level)}`)
      .join(''),
  '['.repeat(10_000) + 'x' + ']'.repeat(10_000) + '(https://example.org)',
  '[a]('.repeat(2_000),
  '**a'.repeat(10_000) + ' `'.repeat(2_000),
  Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(i % 40)}- ${i}`).join('\n'),
  '`'.repeat(3_000) + ' x ' + '``'.repeat(1_500),
  '[x](' + 'a'.repeat(5_000) + ') [y](<' + 'b'.repeat(5_000) + '>)',
];

describe("markdownPlainText: the parser's plain text without the parser", () => {
  it("reads every demo event's description as the parser does", async () => {
    const events = await demoEvents(false);
    expect(events.length).toBeGreaterThanOrEqual(40);
    expect(differences(events.map((event) => event.description))).toEqual([]);
  });

  it('reads the hostile corpus and the hostile demo events as the parser does', async () => {
    const events = await demoEvents(true);
    expect(events.length).toBeGreaterThanOrEqual(40);
    expect(differences([...HOSTILE_TEXT, ...events.map((event) => event.description)])).toEqual([]);
  });

  it('reads every construct of the Markdown subset as the parser does', () => {
    expect(differences(SAMPLES)).toEqual([]);
  });

  it('reads random lines of plain and marked-up characters as the parser does', () => {
    // One-line sources, most of them plain (the reader's shortcut), the others with one of the
    // characters that make Markdown, HTML or a block marker of them — at the start too.
    const plain = [
      ...'Ab KI-Tag 2026 e.V. (Dresden): https://x.de/a?b=c ✓ 🤖 \t\u00a0\u2003\u2028',
    ];
    const marked = [
      ...'*_~`[]<>&\\|#•+-=>1.)!\n\r\ue000\ue100',
      ...['&amp;', '&#65;', '&nbsp;', '<b>', '<!-- x -->', '\\*', '**', '[a](b)', '`c`', '---'],
    ];
    let seed = 27;
    // MINSTD: exact in doubles (the product stays below 2^53)
    const next = (n: number) => (seed = (seed * 48_271) % 2_147_483_647) % n;
    const sources = Array.from({ length: 20_000 }, () => {
      const chars = Array.from({ length: 1 + next(24) }, () => plain[next(plain.length)]!);
      if (next(3) === 0) chars.splice(next(chars.length + 1), 0, marked[next(marked.length)]!);
      if (next(8) === 0) chars.unshift(marked[next(marked.length)]!, ' ');
      if (next(8) === 0) chars.unshift(`${next(100)}.`, ' ');
      return chars.join('');
    });
    expect(differences(sources).slice(0, 5)).toEqual([]);
  });

  it('gives the words of a description, blocks apart, syntax and tags left out', () => {
    expect(
      markdownPlainText(
        '# Termin **heute**\n\nIm [Rathaus](https://example.org) _Dresden_, `Saal 2`\n' +
          '- Anmeldung: <info@example.org>\n- 2*3*4 und \\*kein\\* ~~alt~~ snake_case\n' +
          '<script>alert(1)</script>&amp; fertig',
      ),
    ).toBe(
      'Termin heute\n\nIm Rathaus Dresden, Saal 2\n\nAnmeldung: info@example.org\n\n' +
        '234 und *kein* alt snake_case alert(1)& fertig',
    );
    expect(markdownPlainText(undefined)).toBe('');
    expect(markdownPlainText(' \n\n ')).toBe('');
  });
});
