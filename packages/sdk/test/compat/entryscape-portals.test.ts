import { describe, expect, it } from 'vitest';
import { createEntryStoreClient } from '../../src/open-data/entrystore/index.js';
import type { Dataset, Language } from '../../src/open-data/model.js';
import { replayEntryStore } from './replay-server.js';

/**
 * Recorded answers of EntryScape/EntryStore portals (provenance: test/fixtures/compat/README.md),
 * read through the EntryStore client over HTTP on 127.0.0.1 in the default `validate: 'error'`
 * mode. Expected values written by hand from the raw answers; times converted by hand.
 */

async function entry(
  id: string,
  files: { info: string; metadata: string },
  language: Language = 'de',
): Promise<{ dataset: Dataset; requests: string[] }> {
  const replay = await replayEntryStore({ [id]: files });
  try {
    const client = createEntryStoreClient({
      type: 'entrystore',
      baseUrl: replay.baseUrl,
      id: 'compat',
      language,
    });
    return { dataset: await client.dataset(id), requests: replay.requests };
  } finally {
    await replay.close();
  }
}

describe('dataportal.se (Sweden), Försäkringskassan via EntryScape Registry (entry, recursive=dcat)', () => {
  const files = {
    info: 'compat/dataportal-se-entry-info-omv-mottagare-ar.json',
    metadata: 'compat/dataportal-se-metadata-recursive-omv-mottagare-ar.json',
  };
  const api =
    'https://www.forsakringskassan.se/api/sprstatistikrapportera/public/v1/omv-mottagare-ar/';
  const ccBy = { uri: 'http://creativecommons.org/licenses/by/4.0/' };
  const file = (name: string, title: string, format: string, mediaType: string) => ({
    title,
    format,
    mediaType,
    accessUrl: api + name,
    downloadUrl: api + name,
    license: ccBy,
  });
  const expected: Dataset = {
    id: 'omv-mottagare-ar', // dcterms:identifier, not the entry id
    portal: 'compat',
    uri: `${api}meta.json`,
    landingPage:
      'https://www.forsakringskassan.se/statistik/statistikdatabas/#!/fn/omv-mottagare-ar',
    // Swedish literals only: the client's language and German are missing, so Swedish is shown
    title: 'Antal personer som har fått omvårdnadsbidrag',
    description:
      'Årsstatistik från och med 2019 över antal mottagare och utbetalt belopp efter kön, delförmån, län och ålder.',
    keywords: ['funktions-nedsättning', 'omvårdnadsbidrag'],
    themes: ['GOVE', 'SOCI', 'ECON', 'HEAL'],
    // the publisher and contact point are described in the recursive graph itself
    publisher: { name: 'Försäkringskassan', uri: 'http://dataportal.se/organisation/SE2021005521' },
    contact: { name: 'Statistikservice', email: 'statistikenheten@forsakringskassan.se' },
    license: ccBy,
    // no dcterms:modified in the metadata: the entry's own modification (info), milliseconds dropped
    modified: '2026-09-21T04:05:52+02:00',
    // the entry that holds the metadata, for the API and DCAT links
    entry: { context: '547', id: '28672' },
    distributions: [
      // dcterms:format carries IANA media types in DCAT-AP-SE
      file(
        'OMVAntalMottagareBeloppArLan.xlsx',
        'Uppdelning: Län',
        'XLSX',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ),
      file('OMVAntalMottagareBeloppArAld.json', 'Uppdelning: Ålder', 'JSON', 'application/json'),
      file('OMVAntalMottagareBeloppArLan.json', 'Uppdelning: Län', 'JSON', 'application/json'),
    ],
  };

  it('maps every field from the graph alone, without further look-ups', async () => {
    const { dataset, requests } = await entry('547/28672', files);
    expect(dataset).toEqual(expected);
    expect(requests).toEqual(['/store/547/entry/28672?format=application%2Fjson&includeAll=true']);
  });

  it('shows the same Swedish texts to an English client', async () => {
    expect((await entry('547/28672', files, 'en')).dataset).toEqual(expected);
  });
});
