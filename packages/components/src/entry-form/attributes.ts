import { attributeWarning, isOneOf } from '../shared/attributes.js';
import type { EntryKind } from './draft.js';

/** What `kind` accepts. */
export const KINDS: readonly EntryKind[] = ['actor', 'event'];

const warn = attributeWarning('saxon-entry-form');

/** Reads the `kind` attribute: `actor` (default) or `event`. */
export function parseKind(value: string | null | undefined): EntryKind {
  const kind = value?.trim() || 'actor';
  if (isOneOf(KINDS, kind)) return kind;
  warn(`kind="${kind}" is neither "actor" nor "event"; showing the actor form.`);
  return 'actor';
}

/**
 * Reads `entry-id`: the id (slug) of the entry to propose a change to, or none. Anything that is
 * not a slug is ignored with a warning, so it never reaches a URL path.
 */
export function parseEntryId(value: string | null | undefined): string | undefined {
  const id = value?.trim();
  if (!id) return undefined;
  if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) && id.length <= 100) return id;
  warn(`entry-id="${id}" is not an entry id (lowercase letters, digits, hyphens); ignored.`);
  return undefined;
}
