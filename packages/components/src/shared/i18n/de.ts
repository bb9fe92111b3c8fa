import type { Message } from './messages.js';
import { actorMapDe } from '../../actor-map/messages.js';
import { datasetSearchDe } from '../../dataset-search/messages.js';
import { eventListDe } from '../../event-list/messages.js';

/**
 * German, the default language. Every visible text of every element, including texts only screen
 * readers hear, lives here; `en.ts` and any locale passed to `registerLocale()` translate these keys.
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
  errorGeneric: 'Ein unerwarteter Fehler ist aufgetreten.',
  errorNotConfigured: 'Dieses Element ist nicht eingerichtet: Das Attribut „{attribute}“ fehlt.',

  // Pager
  pagerLabel: 'Seiten',
  pagerPrevious: 'Vorherige Seite',
  pagerNext: 'Nächste Seite',
  pagerPage: 'Seite {page}',

  // <saxon-topic-list>
  topicListLabel: 'Themen',
  topicCount: { one: '{count} Thema', other: '{count} Themen' },
  actorCount: { one: '{count} Akteur', other: '{count} Akteure' },
  eventCount: { one: '{count} Veranstaltung', other: '{count} Veranstaltungen' },

  // The widgets' own texts, each kept beside its widget.
  ...datasetSearchDe,
  ...actorMapDe,
  ...eventListDe,
} satisfies Record<string, Message>;
