/**
 * Where the emulated entries live. The URIs are the real portal's (register.opendata.sachsen.de),
 * not the local mount: they are identifiers inside the data, exactly as a client would meet them on
 * opendata.sachsen.de, and publisher URIs in the demo data already point into this store.
 */
export const STORE_BASE = 'https://register.opendata.sachsen.de/store';

/** The Saxon catalogue is modelled as one context (EntryScape "portfolio"). */
export const CONTEXT_ID = '1';

export const contextUri = (contextId: string): string => `${STORE_BASE}/${contextId}`;
export const entryUri = (contextId: string, entryId: string): string =>
  `${STORE_BASE}/${contextId}/entry/${entryId}`;
export const resourceUri = (contextId: string, entryId: string): string =>
  `${STORE_BASE}/${contextId}/resource/${entryId}`;
export const metadataUri = (contextId: string, entryId: string): string =>
  `${STORE_BASE}/${contextId}/metadata/${entryId}`;

/** The entry id of a resource URI minted by this store's context, e.g. `…/store/1/resource/52` → `52`. */
export function mintedEntryId(uri: string, contextId: string): string | undefined {
  const prefix = `${STORE_BASE}/${contextId}/resource/`;
  if (!uri.startsWith(prefix)) return undefined;
  const id = uri.slice(prefix.length);
  return /^\d+$/.test(id) ? id : undefined;
}

const FIRST_ID = 1000;
const ID_SPAN = 999_000;

/** FNV-1a (32 bit): a cheap, stable hash; only used to spread ids, never for security. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * Numeric entry ids like EntryStore's, derived from stable keys (`dataset:<uuid>` …) so that an
 * entry keeps its id across restarts and when other records are added. Collisions are resolved by
 * probing upwards in key order, which keeps the result independent of the order of the input.
 * `reserved` ids (publishers whose URI was minted by this store) are taken first.
 */
export function allocateEntryIds(
  keys: readonly string[],
  reserved: ReadonlyMap<string, string>,
): Map<string, string> {
  const ids = new Map<string, string>(reserved);
  const used = new Set<string>(reserved.values());
  for (const key of [...new Set(keys)].filter((k) => !reserved.has(k)).sort()) {
    let n = fnv1a(key) % ID_SPAN;
    while (used.has(String(FIRST_ID + n))) n = (n + 1) % ID_SPAN;
    const id = String(FIRST_ID + n);
    used.add(id);
    ids.set(key, id);
  }
  return ids;
}
