import type { WriteRoute } from './authz-route.js';

const STALE = { 'if-match': '"r999999"' };
const JSON_STALE = { ...STALE, 'content-type': 'application/json' };
const PATCH_STALE = { ...STALE, 'content-type': 'application/merge-patch+json' };
const NO_SUCH = { 'if-match': '"r1"' };

const actor = {
  name: 'Matrix GmbH',
  category: 'company',
  address: { city: 'Leipzig' },
  location: { lat: 51.34, lon: 12.38, precision: 'city' },
};
const event = { title: 'Matrix-Treffen', start: '2026-12-03', allDay: true };

/**
 * Direct entry writes (issue 22c). Each allowed request is refused the same way however often it
 * is sent — a stale `If-Match` on an existing entry (412) or an entry that does not exist (404) —
 * so the matrix can repeat it per role without changing the data.
 */
export const ENTRY_WRITE_ROUTES: WriteRoute[] = [
  {
    method: 'GET',
    path: '/directory/v1/moderation/actors/tu-dresden',
    role: 'editor',
    allowed: 200,
  },
  {
    method: 'GET',
    path: '/directory/v1/moderation/events/no-such-event',
    role: 'editor',
    allowed: 404,
  },
  { method: 'GET', path: '/directory/v1/moderation/topics/robotics', role: 'editor', allowed: 200 },
  { method: 'GET', path: '/directory/v1/moderation/unpublished', role: 'editor', allowed: 200 },
  {
    method: 'PUT',
    path: '/directory/v1/actors/tu-dresden',
    role: 'editor',
    body: actor,
    headers: JSON_STALE,
    allowed: 412,
  },
  {
    method: 'PATCH',
    path: '/directory/v1/actors/tu-dresden',
    role: 'editor',
    body: { subtype: 'X' },
    headers: PATCH_STALE,
    allowed: 412,
  },
  {
    method: 'DELETE',
    path: '/directory/v1/actors/tu-dresden',
    role: 'editor',
    headers: STALE,
    allowed: 412,
  },
  {
    method: 'POST',
    path: '/directory/v1/actors/tu-dresden/unpublish',
    role: 'editor',
    headers: STALE,
    allowed: 412,
  },
  {
    method: 'POST',
    path: '/directory/v1/actors/tu-dresden/publish',
    role: 'editor',
    headers: STALE,
    allowed: 412,
  },
  {
    method: 'PUT',
    path: '/directory/v1/events/no-such-event',
    role: 'editor',
    body: event,
    headers: { ...NO_SUCH, 'content-type': 'application/json' },
    allowed: 404,
  },
  {
    method: 'PATCH',
    path: '/directory/v1/events/no-such-event',
    role: 'editor',
    body: { title: 'X' },
    headers: { ...NO_SUCH, 'content-type': 'application/merge-patch+json' },
    allowed: 404,
  },
  {
    method: 'DELETE',
    path: '/directory/v1/events/no-such-event',
    role: 'editor',
    headers: NO_SUCH,
    allowed: 404,
  },
  {
    method: 'POST',
    path: '/directory/v1/events/no-such-event/unpublish',
    role: 'editor',
    headers: NO_SUCH,
    allowed: 404,
  },
  {
    method: 'POST',
    path: '/directory/v1/events/no-such-event/publish',
    role: 'editor',
    headers: NO_SUCH,
    allowed: 404,
  },
  {
    method: 'PUT',
    path: '/directory/v1/topics/robotics',
    role: 'admin',
    body: { label: { de: 'Robotik', en: 'Robotics' } },
    headers: JSON_STALE,
    allowed: 412,
  },
  {
    method: 'DELETE',
    path: '/directory/v1/topics/robotics',
    role: 'admin',
    headers: STALE,
    allowed: 412,
  },
];
