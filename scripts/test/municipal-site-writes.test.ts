import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EDITOR_NAME, startMunicipalSite } from '../municipal-site.mjs';

/**
 * The Musterstadt origin forwards the entry form's and the console's writes to the directory
 * server: methods, bodies and the headers of the write side in both directions, over real HTTP.
 */
let site: Awaited<ReturnType<typeof startMunicipalSite>>;

beforeAll(async () => {
  site = await startMunicipalSite({ port: 0 });
}, 60_000);
afterAll(async () => {
  await site?.close();
});

const api = (path: string) => `${site.url}/directory/v1${path}`;
const asEditor = (headers: Record<string, string> = {}) => ({
  authorization: `Bearer ${site.editorToken}`,
  ...headers,
});

const SUBMISSION = {
  kind: 'actor',
  action: 'create',
  data: {
    name: 'Weiterleitung KI GmbH',
    category: 'company',
    description: 'Eine erfundene Firma für den Test der Weiterleitung.',
    topics: ['machine-learning'],
    address: { postalCode: '09111', city: 'Chemnitz' },
    location: { lat: 50.83, lon: 12.92, precision: 'city' },
    website: 'https://weiterleitung.example',
  },
  submitter: { name: 'Erika Mustermann', email: 'erika.mustermann@beispiel.example' },
  consent: true,
};

describe('Musterstadt origin: the write side reaches the directory server', () => {
  it('forwards a submission (POST body, content-type) and returns its Location on the site', async () => {
    const created = await fetch(api('/submissions'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(SUBMISSION),
    });
    expect(created.status).toBe(202);
    const body = (await created.json()) as { id: string; statusUrl: string };
    const location = created.headers.get('location');
    // The status link names the site's origin, not the directory server's private port.
    expect(location).toBe(body.statusUrl);
    expect(location!.startsWith(`${site.url}/directory/v1/submissions/status/`)).toBe(true);
    const status = await fetch(location!);
    expect(status.status).toBe(200);
    expect(await status.json()).toMatchObject({ status: 'pending' });

    // The demo editor's token (Authorization) opens the moderation queue through the site.
    const queue = await fetch(api('/moderation/submissions?status=pending'), {
      headers: asEditor(),
    });
    expect(queue.status).toBe(200);
    expect(JSON.stringify(await queue.json())).toContain(body.id);
  });

  it('forwards a wrong body type as the server’s 415 and a missing token as its 401', async () => {
    const wrongType = await fetch(api('/submissions'), {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify(SUBMISSION),
    });
    expect(wrongType.status).toBe(415);
    const anonymous = await fetch(api('/moderation/submissions'));
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(anonymous.headers.get('cache-control')).toBe('no-store');
  });

  it('carries ETag, If-None-Match and If-Match both ways: 304, a PATCH, then 412 on the stale tag; the demo editor is audited', async () => {
    const read = await fetch(api('/actors/tu-dresden'));
    expect(read.status).toBe(200);
    const etag = read.headers.get('etag')!;
    expect(etag).toMatch(/^"r\d+"$/);
    const revalidated = await fetch(api('/actors/tu-dresden'), {
      headers: { 'if-none-match': etag },
    });
    expect(revalidated.status).toBe(304);

    const patched = await fetch(api('/actors/tu-dresden'), {
      method: 'PATCH',
      headers: asEditor({ 'content-type': 'application/merge-patch+json', 'if-match': etag }),
      body: JSON.stringify({ description: 'Geändert über die Musterstadt-Seite.' }),
    });
    expect(patched.status).toBe(200);
    const newEtag = patched.headers.get('etag');
    expect(newEtag).toMatch(/^"r\d+"$/);
    expect(newEtag).not.toBe(etag);

    const stale = await fetch(api('/actors/tu-dresden'), {
      method: 'PATCH',
      headers: asEditor({ 'content-type': 'application/merge-patch+json', 'if-match': etag }),
      body: JSON.stringify({ description: 'Eine zweite, veraltete Änderung.' }),
    });
    expect(stale.status).toBe(412);
    const reread = (await (await fetch(api('/actors/tu-dresden'))).json()) as {
      description: string;
    };
    expect(reread.description).toBe('Geändert über die Musterstadt-Seite.');

    // The demo editor account made the change: the audit log names it.
    expect(site.editorToken).toMatch(/^sxd_[A-Za-z0-9_-]{43}$/);
    const audit = await fetch(api('/moderation/audit'), { headers: asEditor() });
    expect(audit.status).toBe(200);
    expect(JSON.stringify(await audit.json())).toContain(`"${DEMO_EDITOR_NAME}"`);
  });

  it('serves /admin/ on the site’s origin with the directory server’s own answer', async () => {
    expect(site.consoleUrl).toBe(`${site.url}/admin/`);
    const viaSite = await fetch(site.consoleUrl);
    const direct = await fetch(`${site.directoryUrl}/admin/`);
    expect(viaSite.status).toBe(direct.status);
    expect(viaSite.headers.get('content-type')).toBe(direct.headers.get('content-type'));
    expect(viaSite.headers.get('content-security-policy')).toBe(
      direct.headers.get('content-security-policy'),
    );
    expect(await viaSite.text()).toBe(await direct.text());
  });

  it('returns Retry-After of the submission rate limit', async () => {
    let answer: Response | undefined;
    for (let i = 0; i < 10 && answer?.status !== 429; i++) {
      answer = await fetch(api('/submissions'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...SUBMISSION, data: { ...SUBMISSION.data, name: `Firma ${i}` } }),
      });
    }
    expect(answer!.status).toBe(429);
    expect(Number(answer!.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
