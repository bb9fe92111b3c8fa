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

/** English: the same keys. */
export const topicListEn: Record<keyof typeof topicListDe, Message> = {
  topicListLabel: 'Topics',
  topicListClear: 'Show all topics',
  topicCount: { one: '{count} topic', other: '{count} topics' },
  actorCount: { one: '{count} actor', other: '{count} actors' },
  eventCount: { one: '{count} event', other: '{count} events' },
};

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SaxonMessageMap extends Record<keyof typeof topicListDe, Message> {}
}
