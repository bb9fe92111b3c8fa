import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const FIXTURES = new URL('../fixtures/', import.meta.url);

/** The recorded answer, byte for byte as stored (path relative to `test/fixtures/`). */
export function recorded(path: string): string {
  return readFileSync(new URL(path, FIXTURES), 'utf8');
}

/**
 * A server on 127.0.0.1 that answers every CKAN action with the recorded body filed under its
 * name (or a given body), so the SDK reads the answer over real HTTP. Requests are logged.
 */
export async function replayCkan(answers: Record<string, string | { body: string }>) {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(request.url ?? '');
    const action = /\/api\/3\/action\/([a-z_]+)/.exec(request.url ?? '')?.[1] ?? '';
    const file = answers[action];
    if (!file) {
      response.writeHead(400, { 'content-type': 'application/json' });
      response.end(JSON.stringify(`Bad request - Action name not known: ${action}`));
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    response.end(typeof file === 'string' ? recorded(file) : file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * A server on 127.0.0.1 that plays an EntryStore (EntryScape) store under `/store`. Recorders
 * keep an entry's two graphs as separate files (`info` from `/entry/…`, `metadata` from
 * `/metadata/…?recursive=dcat`); `GET /store/{context}/entry/{entry}` answers them in the JSON
 * envelope EntryStore uses for `format=application/json` (SHAPE.md §3), the graphs byte for byte.
 * Every other path is a 404 with EntryStore's error body. Requests are logged.
 */
export async function replayEntryStore(
  entries: Record<string, { info: string; metadata: string }>,
) {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(request.url ?? '');
    const match = /^\/store\/([^/?]+)\/entry\/([^/?]+)\?/.exec(request.url ?? '');
    const entry = match && entries[`${match[1]}/${match[2]}`];
    if (!match || !entry) {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end('{"error":"Entry not found"}');
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    response.end(
      `{"entryId":${JSON.stringify(match[2])},"info":${recorded(entry.info)},` +
        `"metadata":${recorded(entry.metadata)}}`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/store`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
