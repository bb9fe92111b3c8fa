// Texts of <saxon-topic-list>, German first; the widget's class adds them to the catalogs when it is defined.
import type { Message } from '../shared/i18n/messages.js';

/** German (the default). */
export const topicListDe = {
  topicListLabel: 'Themen',
  topicListClear: 'Alle Themen zeigen',
  topicCount: { one: '{count} Thema', other: '{count} Themen' },
  actorCount: { one: '{count} Akteur', other: '{count} Akteure' },
  eventCount: { one: '{count} Veranstaltung', other: '{count} Veranstaltungen' },
} satisfies Record<string, Message>;

/** English, loaded on demand (`messages.en.ts`): the catalogs fetch it when a page asks for English. */
export const topicListEn = () => import('./messages.en.js').then((module) => module.topicListEn);

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SaxonMessageMap extends Record<keyof typeof topicListDe, Message> {}
}
