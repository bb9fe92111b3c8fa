#!/usr/bin/env node
// Prints the upcoming AI events in Saxony as a table.
//   node upcoming-events.mjs [--api http://127.0.0.1:4000] [--limit 10] [--city Dresden] [--lang en]
import { createDirectoryClient } from '@saxon-ai/sdk';
import { options } from './options.mjs';

const args = options({ limit: { type: 'string', default: '10' }, city: { type: 'string' } });
if (args.help) {
  console.log('node upcoming-events.mjs [--api URL] [--limit N] [--city NAME] [--lang de|en]');
  process.exit(0);
}

const dir = createDirectoryClient({ baseUrl: `${args.api}/directory/v1`, language: args.language });
const { total, items } = await dir.events.list({
  limit: Number(args.limit),
  ...(args.city ? { city: args.city } : {}),
});

const date = new Intl.DateTimeFormat(args.language, {
  timeZone: 'Europe/Berlin',
  dateStyle: 'medium',
});
const time = new Intl.DateTimeFormat(args.language, {
  timeZone: 'Europe/Berlin',
  timeStyle: 'short',
});
const when = (event) =>
  event.allDay
    ? date.format(new Date(`${event.start}T12:00:00Z`))
    : `${date.format(new Date(event.start))} ${time.format(new Date(event.start))}`;
const where = (event) =>
  event.attendanceMode === 'online' ? 'Online' : (event.location?.city ?? '–');

console.log(`${total} upcoming events; the next ${items.length}:`);
console.table(
  items.map((event) => ({
    [args.language === 'en' ? 'when' : 'wann']: when(event),
    [args.language === 'en' ? 'event' : 'Veranstaltung']: event.title,
    [args.language === 'en' ? 'where' : 'wo']: where(event),
    status: event.status,
  })),
);
