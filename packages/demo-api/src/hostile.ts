/**
 * Hostile-data mode: every free-text field of the demo data is replaced by strings that break
 * careless renderers — script injection, dangerous URLs, bidi overrides, zero-width characters,
 * emoji, very long strings and empty values. Identifiers, enumerations, dates and numbers stay
 * valid, so the API still honours its contract and widgets reach the code that renders the text.
 */

const LONG = 'Sehr langer Text ohne Umbruch '.repeat(40) + 'Ende';
const LONG_WORD = 'Donaudampfschifffahrtsgesellschaftskapitän'.repeat(60);
/** 100,000 characters without a space: a layout must wrap or clip it, never grow sideways. */
const HUGE = 'x'.repeat(100_000);
const PWN = 'window.__saxonPwned=1';

/**
 * Elements and attributes that run script when parsed as HTML, combined into injection strings:
 * a renderer that ever treats text as markup runs at least one of them.
 */
const HTML_VECTORS = [
  `<script>${PWN}</script>`,
  `<img src=x onerror="${PWN}">`,
  `<svg><animate onbegin="${PWN}" attributeName=x dur=1s>`,
  `<body onload="${PWN}">`,
  `<details open ontoggle="${PWN}">`,
  `<input autofocus onfocus="${PWN}">`,
  `<video><source onerror="${PWN}"></video>`,
  `<audio src=x onerror="${PWN}">`,
  `<marquee onstart="${PWN}">`,
  `<object data="javascript:${PWN}">`,
  `<embed src="javascript:${PWN}">`,
  `<form><button formaction="javascript:${PWN}">x</button></form>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${PWN}">`,
  `<noscript><p title="</noscript><img src=x onerror=${PWN}>">`,
  `<template><img src=x onerror="${PWN}"></template>`,
  `<base href="javascript:${PWN}//">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${PWN}">`,
  `<link rel=stylesheet href="data:text/css,*{x:expression(${PWN})}">`,
];
/** Contexts a vector may be injected into: plain, after closing an attribute, inside a comment … */
const BREAKOUTS = ['', '">', "'>", '</textarea>', '</title>', '-->', ']]>', '</style>'];

/** Strings for text fields (titles, names, descriptions, keywords, labels). */
export const HOSTILE_TEXT: readonly string[] = [
  '<script>window.__saxonPwned = (window.__saxonPwned || 0) + 1</script>',
  '<img src=x onerror="window.__saxonPwned = (window.__saxonPwned || 0) + 1">',
  '<svg onload="window.__saxonPwned=1"><circle r="10"/></svg>',
  '"><script src="data:text/javascript,window.__saxonPwned=1"></script>',
  "'><img src=x onerror=window.__saxonPwned=1>",
  '<a href="javascript:window.__saxonPwned=1">Klick mich</a>',
  '<iframe src="javascript:window.__saxonPwned=1"></iframe>',
  '<style>body{display:none}</style>Unsichtbar?',
  '${window.__saxonPwned=1}',
  '{{constructor.constructor("window.__saxonPwned=1")()}}',
  'jaVasCript:/*-/*`/*\\`/*\'/*"/**/(/* */oNcliCk=window.__saxonPwned=1 )//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=window.__saxonPwned=1//>\\x3e',
  '[Link](javascript:window.__saxonPwned=1) **fett** <b>fett</b>',
  '\u202Eabc.exe\u202C Umgekehrte Schrift',
  'مجموعة بيانات النقل العام في دريسدن',
  'מאגר נתונים פתוח',
  'Null\u200B\u200B\u200Bbreite\u200DZeichen\uFEFF',
  '🚆🚲🧠🤖 KI-Daten 👩‍🔬🏳️‍🌈',
  'Z̸̡̢a̷͔͝l̵̛̪g̶̱̈o̸̟͝ Text',
  LONG,
  LONG_WORD,
  '',
  ' ',
  '&lt;b&gt;schon maskiert&lt;/b&gt; &amp; &quot;',
  '%3Cscript%3Ewindow.__saxonPwned=1%3C/script%3E',
  'Zeile 1\r\nZeile 2\n\n\tEingerückt',
  '0',
  'null',
  'undefined',
  'NaN',
  '-1e309',
  '__proto__',
  'constructor',
  HUGE,
  '\u202Dlinks\u202E rechts\u2066isoliert\u2069 \u200Fmark\u200E',
  '\u0000Nullbyte\u0007Glocke\u001BEscape',
  '\uD800 einsames Surrogat',
  '{{7*7}} ${7*7} #{7*7} <%= 7*7 %>',
  '123',
  '-0',
  'true',
  '1e999',
  '   führende und folgende Leerzeichen   ',
  '\t\n\r',
  'Ünïcödé – ÄÖÜ äöü ß ẞ „Anführung“ ‚halb‘ »Guillemets«',
  'https://example.invalid/als-text',
  'javascript:alert(1)',
  ...HTML_VECTORS.flatMap((vector) => BREAKOUTS.map((breakout) => breakout + vector)),
];

/** Strings for URL fields (websites, landing pages, downloads, registration links). */
export const HOSTILE_URLS: readonly string[] = [
  'javascript:window.__saxonPwned=1',
  'JaVaScRiPt:window.__saxonPwned=1',
  ' javascript:window.__saxonPwned=1',
  'java\tscript:window.__saxonPwned=1',
  'data:text/html,<script>window.__saxonPwned=1</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.invalid/path',
  'https://example.invalid/"><script>window.__saxonPwned=1</script>',
  'keine URL',
  '',
  'javascript&colon;window.__saxonPwned=1',
  'jav&#x09;ascript:window.__saxonPwned=1',
  '\u0000javascript:window.__saxonPwned=1',
  'javascript\u2028:window.__saxonPwned=1',
  'data:image/svg+xml,<svg onload=window.__saxonPwned=1>',
  'DATA:text/html;base64,PHNjcmlwdD53aW5kb3cuX19zYXhvblB3bmVkPTE8L3NjcmlwdD4=',
  'VBScript:msgbox(1)',
  'blob:https://example.invalid/1234',
  'mailto:test@example.invalid?body=<script>',
  'https://',
  'http://[::1',
  'ftp://example.invalid/datei.csv',
];

/**
 * Addresses that are plainly valid: the ones a widget may turn into a `mailto:` link. They still
 * carry characters that mean something in HTML or in a URL (`'`, `+`, `=`).
 */
export const VALID_HOSTILE_EMAILS: readonly string[] = [
  'info@example.de',
  'vorname.nachname+ki@forschung.example.org',
  "o'brien@example.ie",
  'x=1@example.com',
];

/**
 * Strings for e-mail fields: the valid addresses above, then what must stay text — markup and
 * script URLs dressed as addresses, extra mail headers smuggled in (`?cc=`, `&body=`, line breaks,
 * percent escapes), several addresses, display names, look-alike and direction-changing characters,
 * over-long addresses, blanks and nothing.
 */
export const HOSTILE_EMAILS: readonly string[] = [
  ...VALID_HOSTILE_EMAILS,
  '"><script>window.__saxonPwned=1</script>@example.de',
  '<img src=x onerror=window.__saxonPwned=1>@example.de',
  'javascript:window.__saxonPwned=1//@example.de',
  'mailto:info@example.de',
  'info@example.de?body=<script>window.__saxonPwned=1</script>',
  'info@example.de?cc=alle@example.org',
  'info@example.de&bcc=alle@example.org',
  'info@example.de%0ABcc:alle@example.org',
  'info%0a@example.de',
  'info@example.de\r\nBcc: alle@example.org',
  'info@example.de, zweite@example.org',
  'info@example.de;zweite@example.org',
  'Max Mustermann <info@example.de>',
  '<info@example.de>',
  'info@@example.de',
  '@example.de',
  'info@',
  'info@example',
  'info@example.de.',
  '.info@example.de',
  'in..fo@example.de',
  'info@-example.de',
  'info@exa_mple.de',
  'in fo@example.de',
  'in\u200Bfo@example.de',
  '\u202Eed.elpmaxe@ofni',
  'info\u0000@example.de',
  'info@example.de#fragment',
  'info@example.de/pfad',
  'info@example.de:25',
  'info@[127.0.0.1]',
  '"quoted local"@example.de',
  `${'a'.repeat(65)}@example.de`,
  `info@${'sub.'.repeat(70)}example.de`,
  'Donaudampfschifffahrtsgesellschaftskapitän'.repeat(6) + '@example.de',
  'keine Adresse',
  '',
  ' ',
];

/** Picks a payload for a field deterministically, so every run shows the same hostile page. */
function pick<T>(list: readonly T[], key: string): T {
  let hash = 2166136261;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 16777619);
  return list[(hash >>> 0) % list.length]!;
}

/**
 * Chooses the payload for one value: `list` is `HOSTILE_TEXT` or `HOSTILE_URLS`, `key` the value's
 * path (`[3].address.city`), `field` its field name (`city`).
 */
export type HostilePicker = <T>(list: readonly T[], key: string, field: string) => T;

/** The default picker: a hash of the path, so neighbouring records get unrelated payloads. */
export const hashPicker: HostilePicker = (list, key) => pick(list, key);

/**
 * A picker that hands out payloads in sequence, per field: the k-th value of a field gets
 * `list[(k + offset) % list.length]`. A field is a path with the array positions left out
 * (`[].title` and `[].distributions[].title` count apart). A collection with m values of a field
 * therefore shows m consecutive payloads from `offset` on, and offsets 0, m, 2m, … bring every
 * payload into every field. Make a new picker for each pass over the data: it counts.
 */
export function sequencePicker(offset: number): HostilePicker {
  const counters = new Map<string, number>();
  return (list, key) => {
    const kind =
      list === (HOSTILE_URLS as unknown)
        ? 'url'
        : list === (HOSTILE_EMAILS as unknown)
          ? 'email'
          : 'text';
    const counter = `${kind} ${key.replace(/\[\d+\]/g, '[]')}`;
    const k = counters.get(counter) ?? 0;
    counters.set(counter, k + 1);
    const index = (((k + offset) % list.length) + list.length) % list.length;
    return list[index]!;
  };
}

export interface HostileFields {
  /** Field names holding free text. */
  text: ReadonlySet<string>;
  /** Field names holding URLs. */
  urls: ReadonlySet<string>;
}

/**
 * Returns a deep copy of `value` with hostile strings in the named fields. Arrays of strings under
 * a text field (keywords) get one payload per element. `picker` chooses each payload (default: by
 * a hash of the value's path).
 */
export function makeHostile<T>(
  value: T,
  fields: HostileFields,
  path = '',
  picker: HostilePicker = hashPicker,
): T {
  if (Array.isArray(value)) {
    return value.map((item, index) => makeHostile(item, fields, `${path}[${index}]`, picker)) as T;
  }
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const here = `${path}.${key}`;
    if (fields.text.has(key) && typeof item === 'string')
      out[key] = picker(HOSTILE_TEXT, here, key);
    else if (
      fields.text.has(key) &&
      Array.isArray(item) &&
      item.every((v) => typeof v === 'string')
    )
      out[key] = item.map((_, i) => picker(HOSTILE_TEXT, `${here}[${i}]`, key));
    else if (fields.urls.has(key) && typeof item === 'string')
      out[key] = picker(HOSTILE_URLS, here, key);
    else out[key] = makeHostile(item, fields, here, picker);
  }
  return out as T;
}
