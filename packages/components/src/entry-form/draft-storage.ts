import type { Draft } from './draft.js';

// The draft in `sessionStorage`: it survives a reload and a crash of the tab, and is gone when the
// tab is closed. Storage can be missing or full (private modes, quotas): the form then works without.

const PREFIX = 'saxon-entry-form';

/** One key per page, kind and entry, so two forms on a site do not share a draft. */
export const draftKey = (kind: string, entryId: string | undefined, page: string) =>
  `${PREFIX}:${kind}:${entryId ?? 'new'}:${page}`;

const storage = (): Storage | undefined => {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined; // a sandboxed frame may throw on access
  }
};

/** The stored draft, or `undefined` when there is none (or it is not a draft). */
export function loadDraft(key: string): Draft | undefined {
  try {
    const stored = storage()?.getItem(key);
    if (!stored) return undefined;
    const value: unknown = JSON.parse(stored);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const draft: Draft = {};
    for (const [path, item] of Object.entries(value)) {
      if (
        typeof item === 'string' ||
        typeof item === 'boolean' ||
        (Array.isArray(item) && item.every((entry) => typeof entry === 'string'))
      )
        draft[path] = item as Draft[string];
    }
    return draft;
  } catch {
    return undefined;
  }
}

export function saveDraft(key: string, draft: Draft): void {
  try {
    storage()?.setItem(key, JSON.stringify(draft));
  } catch {
    // Full or unavailable: the draft stays in memory for this visit.
  }
}

export function clearDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // nothing stored
  }
}
