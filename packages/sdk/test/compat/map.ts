import { createCkanClient } from '../../src/open-data/ckan/client.js';
import type { Dataset, Language, SearchPage, SearchQuery } from '../../src/open-data/model.js';
import { recorded, replayCkan } from './replay-server.js';

/** The raw recorded answer's `result` (or the bare result, for recordings without the envelope). */
export function raw(file: string): any {
  const data = JSON.parse(recorded(file));
  return 'success' in data ? data.result : data;
}

/**
 * A recorded `package_show` answer read through the CKAN client over HTTP on 127.0.0.1, in the
 * default `validate: 'error'` mode: any answer the schemas reject fails the test.
 */
export async function shown(file: string, language: Language = 'de'): Promise<Dataset> {
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
  file: string,
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
