import type { Message } from './messages.js';

/**
 * German, the default language: the texts every element shares, including texts only screen readers
 * hear. Each widget keeps its own texts beside it (`dataset-search/messages.ts`, …) and adds them to
 * the catalogs when its class is defined, so a page that loads one widget carries only its texts.
 * `en.ts` and any locale passed to `registerLocale()` translate these keys and the widgets' keys.
 *
 * A message is a string with `{name}` placeholders, or, when it depends on a number, an object of
 * plural forms (`one`, `other`, … as `Intl.PluralRules` names them) in which `{count}` is the
 * formatted number.
 */
export const de = {
  // States every data-driven element shares
  loading: 'Wird geladen …',
  empty: 'Keine Einträge gefunden.',
  retry: 'Erneut versuchen',
  errorTitle: 'Die Daten konnten nicht geladen werden.',
  errorNetwork: 'Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Internetverbindung.',
  errorTimeout: 'Der Server hat nicht rechtzeitig geantwortet.',
  errorRateLimited: 'Der Server ist gerade ausgelastet. Bitte versuchen Sie es {when} erneut.',
  errorRateLimitedLater: 'Der Server ist gerade ausgelastet. Bitte versuchen Sie es später erneut.',
  errorServer: 'Auf dem Server ist ein Fehler aufgetreten.',
  errorNotFound: 'Die angefragten Daten gibt es nicht (mehr).',
  errorInvalidResponse: 'Der Server hat Daten in einem unerwarteten Format geschickt.',
  errorTooLarge: 'Die Antwort des Servers ist zu groß, um sie hier anzuzeigen.',
  errorGeneric: 'Ein unerwarteter Fehler ist aufgetreten.',
  errorNotConfigured:
    'Dieses Element ist nicht eingerichtet: Das Attribut „{attribute}“ fehlt oder ist ungültig.',

  // Skip links of every element: the element's name fills in
  skipWidget: '{widget} überspringen',
  skipEnd: 'Ende: {widget}',

  // Pager
  pagerLabel: 'Seiten',
  pagerPrevious: 'Vorherige Seite',
  pagerNext: 'Nächste Seite',
  pagerPage: 'Seite {page}',
} satisfies Record<string, Message>;

declare global {
  // The shared keys; each widget's `messages.ts` adds its own the same way.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SaxonMessageMap extends Record<keyof typeof de, Message> {}
}
