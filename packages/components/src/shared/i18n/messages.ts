/**
 * A message that depends on a number. The form is chosen with `Intl.PluralRules` of the locale;
 * `{count}` inside it is the number formatted for that locale.
 */
export type PluralMessage = { other: string } & Partial<
  Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>
>;

/** A plain message with `{name}` placeholders, or plural forms. */
export type Message = string | PluralMessage;

declare global {
  /**
   * Every message key, filled in the way element tags fill in `HTMLElementTagNameMap`: the shared
   * texts (`de.ts`) and each widget's `messages.ts` add their keys, so this base module names no
   * widget. Global because a module augmentation by relative path does not survive bundling the
   * type declarations (`dist/index.d.ts`); `declare global` does. A widget's `messages.ts` ends with
   *
   * ```ts
   * declare global {
   *   interface SaxonMessageMap extends Record<keyof typeof myWidgetDe, Message> {}
   * }
   * ```
   */
  // Empty on purpose: the augmentations are its members.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SaxonMessageMap {}
}

/** The name of a message: the shared keys (`de.ts`) and each widget's own (`<widget>/messages.ts`). */
export type MessageKey = keyof SaxonMessageMap;

/** Some texts of one language, keyed by message key. */
export type CatalogTexts = Partial<Record<MessageKey, Message>>;

/** Fetches texts that are not in the bundle (a widget's English: `import('./messages.en.js')`). */
export type CatalogLoader = () => Promise<CatalogTexts>;

/**
 * The built-in texts of one widget, German and English, keyed alike. German is always in the
 * bundle; English may be a loader, fetched when an element's language first resolves to English.
 */
export interface MessageCatalog {
  de: CatalogTexts;
  en: CatalogTexts | CatalogLoader;
}

/** One complete translation. `registerLocale()` takes a partial one: missing keys fall back to German. */
export type Messages = Record<MessageKey, Message>;

/** Values for a message's placeholders. Numbers are formatted for the locale. */
export type MessageParams = Record<string, string | number>;
