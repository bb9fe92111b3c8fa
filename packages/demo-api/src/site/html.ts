import type { Context } from 'hono';

/**
 * The demo site's pages: plain, accessible HTML in German, nothing inline (no script, no style
 * attribute or element), served with a policy that forbids all of it anyway.
 */
export const PAGE_CSP = [
  "default-src 'none'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

/** Text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Marks a string as already-escaped markup, so `markup` keeps it as it is. */
export class Markup {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Interpolation = string | number | Markup | readonly Markup[] | undefined | null | false;

/** A template tag that escapes every interpolated string; Markup and lists of Markup pass. */
export function markup(strings: TemplateStringsArray, ...values: Interpolation[]): Markup {
  let out = strings[0]!;
  values.forEach((value, i) => {
    if (value instanceof Markup) out += value.value;
    else if (Array.isArray(value)) out += value.map((item: Markup) => item.value).join('');
    else if (value !== undefined && value !== null && value !== false) {
      out += escapeHtml(String(value));
    }
    out += strings[i + 1]!;
  });
  return new Markup(out);
}

/** A `<dl>` of the facts that have a value. */
export function facts(
  items: readonly [term: string, value: string | Markup | undefined][],
): Markup {
  const rows = items
    .filter(([, value]) => value !== undefined && value !== '')
    .map(
      ([term, value]) =>
        markup`<dt>${term}</dt>
          <dd>${value}</dd>`,
    );
  return markup`<dl>${rows}</dl>`;
}

/** Paragraphs of a plain text (blank lines separate them; CRLF and LF both work). */
export function paragraphs(text: string | undefined, lang?: string): Markup[] {
  return (text ?? '')
    .split(/\r?\n\s*\r?\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => (lang ? markup`<p lang="${lang}">${part}</p>` : markup`<p>${part}</p>`));
}

export interface PageContent {
  /** German words before the title, e.g. "Anmeldung: ". */
  prefix?: string;
  title: string;
  /** Language of the title when it is not German (the data says so). */
  titleLang?: string;
  body: Markup;
}

const NOTE =
  'Diese Seite gehört zur Demo von @saxon-ai/demo-api: Alle Angaben sind Beispieldaten, nicht amtlich.';

/** A complete page, answered with the strict policy. */
export function page(c: Context, content: PageContent, status: 200 | 404 = 200): Response {
  const title = content.titleLang
    ? markup`<span lang="${content.titleLang}">${content.title}</span>`
    : markup`${content.title}`;
  const heading = markup`<h1>${content.prefix}${title}</h1>`;
  const document = markup`<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${content.prefix}${content.title} – Demo</title>
</head>
<body>
<header><p>${NOTE}</p></header>
<main>
${heading}
${content.body}
</main>
<footer><p><a href="/">Zur Startseite der Demo</a></p></footer>
</body>
</html>
`;
  return c.body(document.value, status, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': PAGE_CSP,
    'x-content-type-options': 'nosniff',
  });
}

/** The page for an address the demo site does not know. */
export function notFoundPage(c: Context): Response {
  return page(
    c,
    {
      title: 'Seite nicht gefunden',
      body: markup`<p>Diese Adresse gibt es in der Demo nicht.</p>`,
    },
    404,
  );
}
