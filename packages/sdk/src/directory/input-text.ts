// Value rules for single text fields — lengths, control characters, http(s) links, e-mail — as
// the directory server applies them (packages/directory-server/src/io/checks.ts). Each reader
// returns the cleaned value, or undefined after reporting why the value cannot be taken.
import type { FieldErrorCode } from '../http/errors.js';

export type Report = (
  name: string,
  code: FieldErrorCode,
  reason: string,
  limit?: number,
) => undefined;

export interface TextRule {
  required?: boolean;
  max: number;
  /** Line breaks (and tabs) are allowed, as in a description. */
  multiline?: boolean;
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LINE_BREAK_OR_TAB = /[\t\n\r\u2028\u2029]/;
const LONE_SURROGATE = /\p{Surrogate}/u;

export const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

export function readText(
  report: Report,
  name: string,
  value: unknown,
  rule: TextRule,
): string | undefined {
  if (isBlank(value)) return rule.required ? report(name, 'required', 'is required') : undefined;
  if (typeof value !== 'string') return report(name, 'invalid', 'is not text');
  if (LONE_SURROGATE.test(value))
    return report(name, 'invalid', 'contains invalid Unicode (a lone surrogate)');
  if (value.includes('\uFFFD'))
    return report(name, 'invalid', 'contains the replacement character (wrong encoding)');
  if (CONTROL.test(value) || (!rule.multiline && LINE_BREAK_OR_TAB.test(value.trim())))
    return report(name, 'invalid', 'contains control characters or line breaks');
  const text = value.replace(/\r\n?/g, '\n').trim().normalize('NFC');
  const length = [...text].length;
  if (length > rule.max)
    return report(name, 'too_long', `is ${length} characters long, at most ${rule.max}`, rule.max);
  return text;
}

const UNSAFE_SCHEME = /^\s*(javascript|data|vbscript|file|blob)\s*:/i;
/** An http(s) URI in RFC 3986 characters, percent signs only as `%XX`. */
const URI = /^https?:\/\/[^\s/?#%]+([A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;

/** A web address: http(s) only; `www.…` without a scheme counts as `https://www.…`. */
export function readUrl(report: Report, name: string, value: unknown): string | undefined {
  const text = readText(report, name, value, { max: 2000 });
  if (text === undefined) return undefined;
  const refuse = () => report(name, 'not_http_url', 'is not a web address (https://…)');
  if (UNSAFE_SCHEME.test(text)) return refuse();
  const given = /^www\./i.test(text) ? `https://${text}` : text;
  let url: URL | undefined;
  try {
    url = new URL(given);
  } catch {
    url = undefined;
  }
  const candidate = url && /[^\x21-\x7e]/.test(given.trim()) ? url.href : given;
  if (!url || !/^https?:$/.test(url.protocol) || !URI.test(candidate)) return refuse();
  return candidate;
}

const EMAIL =
  /^[^\s@<>()[\]\\,;:"]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i;

export function readEmail(report: Report, name: string, value: unknown): string | undefined {
  const text = readText(report, name, value, { max: 254 });
  if (text === undefined) return undefined;
  const address = text.replace(/^mailto:/i, '');
  return EMAIL.test(address) ? address : report(name, 'invalid_email', 'is not an email address');
}

/** `Künstliche Intelligenz & Straße` → `kuenstliche-intelligenz-strasse` (the server's new ids). */
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

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const isSlug = (value: string): boolean => SLUG.test(value) && value.length <= 100;
