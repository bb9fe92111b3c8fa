import type { WriteRoute } from './authz-route.js';

/** Moderation routes of submissions (issue 22a adds them here). */
export const SUBMISSION_WRITE_ROUTES: WriteRoute[] = [];
