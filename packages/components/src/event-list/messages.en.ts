// English texts of messages.ts, loaded only when an element's language resolves to English.
import type { Message } from '../shared/i18n/messages.js';
import type { eventListDe } from './messages.js';

/** English: the same keys as the German. */
export const eventListEn: Record<keyof typeof eventListDe, Message> = {
  eventListLabel: 'Events',
  eventListCount: { one: '{count} event', other: '{count} events' },
  eventListShown: {
    one: '{shown} of {count} event shown',
    other: '{shown} of {count} events shown',
  },
  eventListEmpty: 'No upcoming events.',
  eventListEmptyRange: 'No events in this period.',
  eventListUntitled: 'Untitled event',
  eventListAllDay: 'all day',
  eventListZoneStandard: 'CET',
  eventListZoneSummer: 'CEST',
  eventListOnline: 'Online',
  eventListModeOffline: 'In person',
  eventListModeOnline: 'Online',
  eventListModeMixed: 'Hybrid',
  eventListStatusCancelled: 'Cancelled',
  eventListStatusPostponed: 'Postponed',
  eventListStatusRescheduled: 'Rescheduled',
  eventListOrganizers: 'Organised by {names}',
  eventListTopics: 'Topics',
  eventListAddToCalendar: 'Add to calendar',
  eventListAddToCalendarFor: '“{title}” as an iCalendar file',
  eventListGoogle: 'Google Calendar',
  eventListOutlook: 'Outlook',
  eventListAddToServiceFor: 'add “{title}” to {service}',
  eventListRegister: 'Register',
  eventListRegisterFor: 'for “{title}”',
  eventListMore: 'Load more events',
  eventListMoreLoading: 'Loading more events …',
  eventListSubscribe: 'Subscribe to this selection as a calendar',
  eventListFeed: 'Calendar address (https)',
  eventListSubscribeHint:
    'Opens your calendar app. For Google Calendar or Outlook on the web, copy the calendar address and add it there as a calendar from the internet.',
  eventListFilters: 'Filter events',
  eventListFilterTopic: 'Topic',
  eventListFilterCity: 'Place',
  eventListFilterMode: 'Attendance',
  eventListFilterAllTopics: 'All topics',
  eventListFilterAllCities: 'All places',
  eventListFilterAllModes: 'In person and online',
  eventListFilterOption: '{label} ({count})',
};
