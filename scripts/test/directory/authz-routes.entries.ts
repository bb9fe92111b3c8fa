import type { WriteRoute } from './authz-route.js';

/** Direct entry writes: actors, events, topics (issue 22c adds them here). */
export const ENTRY_WRITE_ROUTES: WriteRoute[] = [];
