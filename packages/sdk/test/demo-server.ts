import { startDemoServer, type DemoServer } from '@saxon-ai/demo-api/node';
import type { FaultRule } from '@saxon-ai/demo-api';

/** A demo API on 127.0.0.1 with its test-only control endpoint, for one test file. */
export async function startTestServer(options: Parameters<typeof startDemoServer>[0] = {}) {
  const server: DemoServer = await startDemoServer({ port: 0, control: true, ...options });
  const control = (path: string, init?: RequestInit) =>
    fetch(`${server.url}/__control${path}`, init);
  return {
    server,
    url: server.url,
    directoryUrl: `${server.url}/directory/v1`,
    async setFaults(rules: FaultRule[]) {
      const response = await control('/faults', {
        method: 'PUT',
        body: JSON.stringify(rules),
        headers: { 'content-type': 'application/json' },
      });
      if (!response.ok) throw new Error(`setting faults failed: ${response.status}`);
    },
    clearFaults: () => control('/faults', { method: 'DELETE' }),
    clearRequests: () => control('/requests', { method: 'DELETE' }),
    /** Requests the server received whose path and query start with `prefix`. */
    async requests(prefix = ''): Promise<{ method: string; url: string }[]> {
      const log = (await (await control('/requests')).json()) as { method: string; url: string }[];
      return log.filter((entry) => entry.url.startsWith(prefix));
    },
    close: () => server.close(),
  };
}
