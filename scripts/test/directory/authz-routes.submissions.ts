import type { WriteRoute } from './authz-route.js';

/** A submission id no submission has: the allowed answer stays 404 however often it is sent. */
const NO_SUCH = '00000000-0000-4000-8000-000000000000';

/** Moderation routes of submissions (issue 22a). `POST /submissions` is public: not here. */
export const SUBMISSION_WRITE_ROUTES: WriteRoute[] = [
  { method: 'GET', path: '/directory/v1/moderation/submissions', role: 'editor', allowed: 200 },
  {
    method: 'GET',
    path: '/directory/v1/moderation/submissions?status=held&status=rejected&kind=event&limit=5',
    role: 'editor',
    allowed: 200,
  },
  {
    method: 'GET',
    path: `/directory/v1/moderation/submissions/${NO_SUCH}`,
    role: 'editor',
    allowed: 404,
  },
  {
    method: 'POST',
    path: `/directory/v1/moderation/submissions/${NO_SUCH}/approve`,
    role: 'editor',
    body: { edits: { name: 'X' }, note: 'matrix' },
    allowed: 404,
  },
  {
    method: 'POST',
    path: `/directory/v1/moderation/submissions/${NO_SUCH}/reject`,
    role: 'editor',
    body: { reason: 'matrix' },
    allowed: 404,
  },
];
