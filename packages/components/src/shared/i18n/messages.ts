import type { de } from './de.js';

/**
 * A message that depends on a number. The form is chosen with `Intl.PluralRules` of the locale;
 * `{count}` inside it is the number formatted for that locale.
 */
export type PluralMessage = { other: string } & Partial<
  Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>
>;

/** A plain message with `{name}` placeholders, or plural forms. */
export type Message = string | PluralMessage;

/** The name of a message; German (`de.ts`) is the list of every key. */
export type MessageKey = keyof typeof de;

/** One complete translation. `registerLocale()` takes a partial one: missing keys fall back to German. */
export type Messages = Record<MessageKey, Message>;

/** Values for a message's placeholders. Numbers are formatted for the locale. */
export type MessageParams = Record<string, string | number>;
