import type { AdminContext } from './admin-context.js';

// Placeholder of issue 22a (submissions.list/get/approve/reject): empty until that branch fills it.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AdminSubmissionsArea {}

export function createSubmissionsArea(_context: AdminContext): AdminSubmissionsArea {
  return {};
}
