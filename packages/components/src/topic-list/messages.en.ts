// English texts of messages.ts, loaded only when an element's language resolves to English.
import type { Message } from '../shared/i18n/messages.js';
import type { topicListDe } from './messages.js';

/** English: the same keys as the German. */
export const topicListEn: Record<keyof typeof topicListDe, Message> = {
  topicListLabel: 'Topics',
  topicListClear: 'Show all topics',
  topicCount: { one: '{count} topic', other: '{count} topics' },
  actorCount: { one: '{count} actor', other: '{count} actors' },
  eventCount: { one: '{count} event', other: '{count} events' },
};
