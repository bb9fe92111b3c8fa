import { createCkanClient } from '../../src/open-data/ckan/client.js';
import type { Dataset, Language, SearchPage, SearchQuery } from '../../src/open-data/model.js';
import { recorded, replayCkan } from './replay-server.js';

/** What the replay serves: a recorded file byte for byte, or a body taken from one. */
export type Recording = string | { body: string };

/**
 * The `result` member of a recording stored in a proxy's own envelope (data.go.id answers
 * `{status, message, result}`), served as the bare CKAN result recorders often store.
 */
export function resultMember(file: string): Recording {
  return { body: JSON.stringify(JSON.parse(recorded(file)).result) };
}

/** The raw recorded answer's `result` (or the bare result, for recordings without the envelope). */
export function raw(file: string): any {
  const data = JSON.parse(recorded(file));
  return 'success' in data ? data.result : data;
}

/**
 * A recorded `package_show` answer read through the CKAN client over HTTP on 127.0.0.1, in the
 * default `validate: 'error'` mode: any answer the schemas reject fails the test.
 */
export async function shown(file: Recording, language: Language = 'de'): Promise<Dataset> {
  const replay = await replayCkan({ package_show: file });
  try {
    const client = createCkanClient({
      type: 'ckan',
      baseUrl: replay.baseUrl,
      id: 'compat',
      language,
    });
    return await client.dataset('recorded');
  } finally {
    await replay.close();
  }
}

/** A recorded `package_search` answer read through the CKAN client, default validation. */
export async function searched(
  file: Recording,
  query: SearchQuery = {},
  language: Language = 'de',
): Promise<SearchPage> {
  const replay = await replayCkan({ package_search: file });
  try {
    const client = createCkanClient({
      type: 'ckan',
      baseUrl: replay.baseUrl,
      id: 'compat',
      language,
    });
    return await client.search(query);
  } finally {
    await replay.close();
  }
}
