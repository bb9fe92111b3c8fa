import { de } from './de.js';
// Also for its `declare global` (the shared keys), which the published type declarations keep only
// through this import.
import './de.js';
import type { CatalogLoader, Message, MessageCatalog, MessageKey, Messages } from './messages.js';

/** The language of every element whose page names none or one without a translation. */
export const DEFAULT_LOCALE = 'de';

/** The texts that ship: the shared ones, and each widget's once its class is defined. */
const builtIn = new Map<string, Partial<Messages>>([
  ['de', { ...de }],
  ['en', {}],
]);
/**
 * English is not in the bundles: each catalog's English is a small file fetched with `import()`
 * the first time an element's language resolves to English. These loaders have not delivered yet.
 */
const pendingEnglish = new Set<CatalogLoader>([
  () => import('./en.js').then((module) => module.en),
]);
/** Loaders that delivered: a catalog added again (one per element) is not fetched again. */
const delivered = new Set<CatalogLoader>();
/** The loads under way, so that elements asking at once share one request per file. */
const inFlight = new Map<CatalogLoader, Promise<void>>();
/** Texts the page registered; they win over the built-in ones. */
const registered = new Map<string, Partial<Messages>>();
const listeners = new Set<() => void>();
/** Counts `registerLocale()` calls, so that output cached per language knows when texts changed. */
let revision = 0;

/** A number that changes whenever the page registers texts: part of any cache key for texts. */
export function localesRevision(): number {
  return revision;
}

/**
 * Adds a language, or replaces the texts of one, for every element on the page — for example Upper
 * Sorbian: `registerLocale('hsb', { retry: 'Hišće raz spytać', … })`. Keys left out fall back to
 * German. Elements already on the page switch at once if their `lang` asks for `code`.
 *
 * @param code - A BCP 47 language tag as written in `lang` attributes (`hsb`, `de-AT`, `fr`).
 * @param messages - Translations keyed like the German messages.
 */
export function registerLocale(code: string, messages: Partial<Messages>): void {
  const key = code.trim().toLowerCase();
  if (!key) throw new TypeError('registerLocale() needs a language code such as "hsb".');
  registered.set(key, { ...registered.get(key), ...messages });
  revision++;
  for (const listener of listeners) listener();
}

/**
 * Adds a widget's built-in German and English texts. Each widget calls it from its class, so a
 * bundle with one widget carries only that widget's texts.
 */
export function addBuiltInMessages(catalog: MessageCatalog): void {
  Object.assign(builtIn.get('de')!, catalog.de);
  if (typeof catalog.en === 'function') {
    if (!delivered.has(catalog.en)) pendingEnglish.add(catalog.en);
  } else Object.assign(builtIn.get('en')!, catalog.en);
}

/** Whether every built-in text of `locale` is here (German always is; English once loaded). */
export function isLocaleLoaded(locale: string): boolean {
  return locale !== 'en' || pendingEnglish.size === 0;
}

/**
 * Fetches the built-in texts of `locale` not yet here (English: the shared file and each defined
 * widget's). Rejects when a file cannot be loaded; what did load stays, and the next call tries
 * the rest again. Elements re-render with the new texts (`onLocalesChanged`).
 */
export function loadLocale(locale: string): Promise<void> {
  if (isLocaleLoaded(locale)) return Promise.resolve();
  const loads = [...pendingEnglish].map((loader) => {
    let load = inFlight.get(loader);
    if (!load) {
      load = loader()
        .then((messages) => {
          Object.assign(builtIn.get('en')!, messages);
          pendingEnglish.delete(loader);
          delivered.add(loader);
        })
        .finally(() => inFlight.delete(loader));
      inFlight.set(loader, load);
    }
    return load;
  });
  return Promise.all(loads).then(() => {
    revision++;
    for (const listener of listeners) listener();
  });
}

function hasLocale(tag: string): boolean {
  return builtIn.has(tag) || registered.has(tag);
}

/** The registered locale that serves a `lang` value: exact tag, else its primary language, else German. */
export function matchLocale(lang: string | null | undefined): string {
  const tag = lang?.trim().toLowerCase();
  if (!tag) return DEFAULT_LOCALE;
  if (hasLocale(tag)) return tag;
  const primary = tag.split('-')[0]!;
  return hasLocale(primary) ? primary : DEFAULT_LOCALE;
}

/** The text of `key` in `locale`, falling back to German. */
export function lookupMessage(locale: string, key: MessageKey): Message {
  return (
    registered.get(locale)?.[key] ??
    builtIn.get(locale)?.[key] ??
    registered.get(DEFAULT_LOCALE)?.[key] ??
    builtIn.get(DEFAULT_LOCALE)![key] ??
    key
  );
}

/** Calls `listener` whenever `registerLocale()` changes what a `lang` resolves to. */
export function onLocalesChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
