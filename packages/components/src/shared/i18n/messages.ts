import type { actorMapDe } from '../../actor-map/messages.js';
import type { datasetSearchDe } from '../../dataset-search/messages.js';
import type { eventListDe } from '../../event-list/messages.js';
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

/** The name of a message: the shared keys (`de.ts`) and each widget's own (`<widget>/messages.ts`). */
export type MessageKey =
  | keyof typeof de
  | keyof typeof datasetSearchDe
  | keyof typeof actorMapDe
  | keyof typeof eventListDe;

/** The built-in texts of one widget, German and English, keyed alike. */
export interface MessageCatalog {
  de: Partial<Record<MessageKey, Message>>;
  en: Partial<Record<MessageKey, Message>>;
}

/** One complete translation. `registerLocale()` takes a partial one: missing keys fall back to German. */
export type Messages = Record<MessageKey, Message>;

/** Values for a message's placeholders. Numbers are formatted for the locale. */
export type MessageParams = Record<string, string | number>;
