import { DEFAULT_LOCALE } from './locales.js';
import type { Message, MessageParams } from './messages.js';
import { dateTimeFormat, numberFormat, pluralRules, relativeTimeFormat } from './intl-cache.js';

/** Dates and times are shown as they are in Saxony, wherever the visitor's computer is. */
export const TIME_ZONE = 'Europe/Berlin';

// A registered locale that `Intl` does not know (Upper Sorbian on some engines) formats as German.
const intlLocales = (locale: string) => [locale, DEFAULT_LOCALE];

/** A number as written in `locale` (`1.234,5` in German). */
export function formatNumber(
  locale: string,
  value: number,
  options?: Intl.NumberFormatOptions,
): string {
  return numberFormat(intlLocales(locale), options).format(value);
}

/**
 * A date or date-time in Europe/Berlin. An ISO string without a time (`2026-05-14`) is a calendar
 * date and is shown as that day, never shifted by a time zone.
 */
export function formatDate(
  locale: string,
  value: Date | string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  const dateOnly = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = dateOnly ? new Date(`${value}T12:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) return typeof value === 'string' ? value : '';
  const timeZone = dateOnly ? 'UTC' : TIME_ZONE;
  return dateTimeFormat(intlLocales(locale), { ...options, timeZone }).format(date);
}

/** "in 30 Sekunden", "in 10 Minuten", "in 2 Stunden": a wait of `seconds` from now. */
export function formatWait(locale: string, seconds: number): string {
  const format = relativeTimeFormat(intlLocales(locale), { numeric: 'auto' });
  if (seconds < 90) return format.format(Math.max(1, Math.round(seconds)), 'second');
  if (seconds < 90 * 60) return format.format(Math.round(seconds / 60), 'minute');
  return format.format(Math.round(seconds / 3600), 'hour');
}

/** Picks the plural form for `params.count` and fills in the placeholders. */
export function formatMessage(
  locale: string,
  message: Message,
  params: MessageParams = {},
): string {
  let template: string;
  if (typeof message === 'string') {
    template = message;
  } else {
    const count = Number(params['count'] ?? 0);
    const rule = pluralRules(intlLocales(locale)).select(count);
    template = message[rule] ?? message.other;
  }
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}
