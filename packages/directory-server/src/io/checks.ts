// Readers for single field values, shared by the CSV and the JSON import. Each returns the clean
// value, or undefined after recording why the value cannot be taken.
import { excerpt, type FieldKey, type IssueList } from './fields.js';

export interface FieldReader {
  issues: IssueList;
  /** The value came from a spreadsheet cell: formula characters and German formats apply. */
  spreadsheet: boolean;
  warn(field: FieldKey, de: string, en: string): void;
}

export interface TextRule {
  required?: boolean;
  max: number;
  /** Line breaks (and tabs) are allowed, as in a description. */
  multiline?: boolean;
}

/** Characters a spreadsheet reads as the start of a formula (OWASP "CSV injection"). */
export const FORMULA_START = /^[=+\-@\t\r]/;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LINE_BREAK_OR_TAB = /[\t\n\r\u2028\u2029]/;
const LONE_SURROGATE = /\p{Surrogate}/u;

export function isBlank(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
  );
}

/**
 * A spreadsheet marks a cell as text with a leading apostrophe; our CSV export writes one before
 * every value that a spreadsheet would otherwise run as a formula. Import removes exactly that mark.
 */
export function unmarkSpreadsheetText(value: string): string {
  return /^'[=+\-@\t\r']/.test(value) ? value.slice(1) : value;
}

export function readText(
  reader: FieldReader,
  field: FieldKey,
  value: unknown,
  rule: TextRule,
): string | undefined {
  const { issues } = reader;
  if (isBlank(value)) {
    if (rule.required)
      issues.add(field, 'Pflichtfeld ist leer.', 'required field is empty.', 'required');
    return undefined;
  }
  if (typeof value !== 'string') {
    return issues.add(
      field,
      `„${excerpt(value)}“ ist kein Text.`,
      `"${excerpt(value)}" is not text.`,
      'invalid',
    );
  }
  let text = value;
  if (reader.spreadsheet) {
    if (FORMULA_START.test(text) || FORMULA_START.test(text.trimStart())) {
      return issues.add(
        field,
        `„${excerpt(text)}“ beginnt mit = + - @ oder einem Tabulator und würde in einer Tabellenkalkulation als Formel ausgeführt. Schreiben Sie ein ' davor, wenn es Text ist.`,
        `"${excerpt(text)}" starts with = + - @ or a tab and would run as a formula in a spreadsheet. Put a ' in front if it is text.`,
        'invalid',
      );
    }
    text = unmarkSpreadsheetText(text);
  }
  if (LONE_SURROGATE.test(text)) {
    return issues.add(
      field,
      'enthält ungültiges Unicode (einzelnes Surrogat).',
      'contains invalid Unicode (a lone surrogate).',
      'invalid',
    );
  }
  if (text.includes('\uFFFD')) {
    return issues.add(
      field,
      `„${excerpt(text)}“ enthält das Ersatzzeichen �: die Datei ist nicht in UTF-8 gespeichert (falsche Kodierung).`,
      `"${excerpt(text)}" contains the replacement character �: the file is not saved as UTF-8 (wrong encoding).`,
      'invalid',
    );
  }
  if (CONTROL.test(text) || (!rule.multiline && LINE_BREAK_OR_TAB.test(text.trim()))) {
    return issues.add(
      field,
      `„${excerpt(text)}“ enthält Steuerzeichen${rule.multiline ? '' : ' oder Zeilenumbrüche'}.`,
      `"${excerpt(text)}" contains control characters${rule.multiline ? '' : ' or line breaks'}.`,
      'invalid',
    );
  }
  text = text.replace(/\r\n?/g, '\n').trim().normalize('NFC');
  const length = [...text].length;
  if (length > rule.max) {
    return issues.add(
      field,
      `ist ${length} Zeichen lang, höchstens ${rule.max} sind erlaubt.`,
      `is ${length} characters long, at most ${rule.max} are allowed.`,
      'too_long',
      rule.max,
    );
  }
  return text;
}

const UNSAFE_SCHEME = /^\s*(javascript|data|vbscript|file|blob)\s*:/i;

/** A web address: http(s) only; `www.…` without a scheme gets `https://`. */
export function readUrl(reader: FieldReader, field: FieldKey, value: unknown): string | undefined {
  const text = readText(reader, field, value, { max: 2000 });
  if (text === undefined) return undefined;
  if (UNSAFE_SCHEME.test(text)) {
    return reader.issues.add(
      field,
      `„${excerpt(text)}“ ist keine erlaubte Adresse: nur http:// und https:// (kein javascript:, data: …).`,
      `"${excerpt(text)}" is not an allowed address: only http:// and https:// (no javascript:, data: …).`,
      'not_http_url',
    );
  }
  const given = /^www\./i.test(text) ? `https://${text}` : text;
  let url: URL | undefined;
  try {
    url = new URL(given);
  } catch {
    url = undefined;
  }
  // Non-ASCII (müller.de, /straße) is written the URI way — punycode, percent-encoding — so the
  // value meets the contract's `format: uri`; ASCII that no URI may hold is a broken address.
  const candidate = url && /[^\x21-\x7e]/.test(given.trim()) ? url.href : given;
  if (!url || !/^https?:$/.test(url.protocol) || !URI.test(candidate)) {
    return reader.issues.add(
      field,
      `„${excerpt(text)}“ ist keine Webadresse (https://…).`,
      `"${excerpt(text)}" is not a web address (https://…).`,
      'not_http_url',
    );
  }
  return candidate;
}

/** An http(s) URI in RFC 3986 characters, percent signs only as `%XX`. */
const URI = /^https?:\/\/[^\s/?#%]+([A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;

const EMAIL =
  /^[^\s@<>()[\]\\,;:"]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i;

export function readEmail(
  reader: FieldReader,
  field: FieldKey,
  value: unknown,
): string | undefined {
  const text = readText(reader, field, value, { max: 254 });
  if (text === undefined) return undefined;
  const address = text.replace(/^mailto:/i, '');
  if (!EMAIL.test(address)) {
    return reader.issues.add(
      field,
      `„${excerpt(text)}“ ist keine E-Mail-Adresse.`,
      `"${excerpt(text)}" is not an email address.`,
      'invalid_email',
    );
  }
  return address;
}

/** A decimal number; in a string the German comma is accepted (`51,0504`). */
export function readNumber(
  reader: FieldReader,
  field: FieldKey,
  value: unknown,
): number | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
  } else if (typeof value === 'string') {
    const text = value.trim();
    if (/^-?\d{1,3}([.,]\d+)?$/.test(text)) return Number(text.replace(',', '.'));
  }
  return reader.issues.add(
    field,
    `„${excerpt(value)}“ ist keine Zahl (z. B. 51,0504 oder 51.0504).`,
    `"${excerpt(value)}" is not a number (e.g. 51.0504).`,
    'invalid',
  );
}

/** One value of a closed list, matched by its id or by one of its German or English names. */
export function readChoice<T extends string>(
  reader: FieldReader,
  field: FieldKey,
  value: unknown,
  choices: Record<T, readonly string[]>,
): T | undefined {
  if (isBlank(value)) return undefined;
  const key = typeof value === 'string' ? value.trim().toLowerCase() : '';
  for (const [choice, names] of Object.entries(choices) as [T, readonly string[]][]) {
    if (choice === key || names.includes(key)) return choice;
  }
  const allowed = Object.keys(choices).join(', ');
  return reader.issues.add(
    field,
    `„${excerpt(value)}“ ist unbekannt; erlaubt: ${allowed}.`,
    `"${excerpt(value)}" is unknown; allowed: ${allowed}.`,
    'invalid',
  );
}

/** A list: a JSON array, or a cell with items separated by `,`, `|`, `;` or line breaks. */
export function readList(value: unknown, separators = /[,|;\n]/): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value !== 'string') return isBlank(value) ? [] : [value];
  return value
    .split(separators)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function isSlug(value: string): boolean {
  return SLUG.test(value) && value.length <= 100;
}

/** `Künstliche Intelligenz & Straße` → `kuenstliche-intelligenz-strasse`. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
}

/** The record's id: given (a slug), or made from its name when the column is empty. */
export function readId(
  reader: FieldReader,
  value: unknown,
  name: string | undefined,
): string | undefined {
  if (isBlank(value)) {
    const made = name === undefined ? '' : slugify(name);
    return made === ''
      ? name === undefined
        ? undefined
        : reader.issues.add(
            'id',
            'fehlt und lässt sich nicht aus dem Namen bilden.',
            'is missing and cannot be made from the name.',
            'pattern',
          )
      : made;
  }
  const text = typeof value === 'string' ? value.trim() : value;
  if (typeof text !== 'string' || !isSlug(text)) {
    return reader.issues.add(
      'id',
      `„${excerpt(value)}“ ist keine gültige ID (Kleinbuchstaben, Ziffern und Bindestriche, z. B. tu-dresden).`,
      `"${excerpt(value)}" is not a valid id (lower-case letters, digits and hyphens, e.g. tu-dresden).`,
      'pattern',
    );
  }
  return text;
}
