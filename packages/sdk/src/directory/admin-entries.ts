import type { AdminContext } from './admin-context.js';

// Placeholder of issue 22c (actors.*, events.*, topics.*): empty until that branch fills it.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AdminEntryAreas {}

export function createEntryAreas(_context: AdminContext): AdminEntryAreas {
  return {};
}
