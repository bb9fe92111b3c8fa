import { describe, expect, it } from 'vitest';
import { createDirectoryApp } from '../src/app.js';
import { ADMIN_CONTENT_SECURITY_POLICY } from '../src/admin/console-routes.js';
import { openStorage } from '../src/storage/open.js';

/** How the server hands out the console: strict headers on every answer, caching by file kind. */
async function app(
  options: Parameters<typeof createDirectoryApp>[0] extends infer O ? Partial<O> : never = {},
) {
  const storage = openStorage({ file: ':memory:' });
  await storage.migrate();
  return createDirectoryApp({ storage, logger: () => {}, ...options });
}

describe('the moderation console at /admin/', () => {
  it('serves its page with the strict CSP, nosniff and no referrer, revalidated every time', async () => {
    const server = await app();
    const page = await server.request('/admin/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toBe(ADMIN_CONTENT_SECURITY_POLICY);
    expect(ADMIN_CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const html = await page.text();
    // Nothing inline: the only script is a file of its own, and there is no style element.
    expect(html).not.toMatch(/<style|style=|<script>|<script(?![^>]*\ssrc=)/);
    const script = /src="\.\/(console-[A-Z0-9]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();

    const bundle = await server.request(`/admin/${script}`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(bundle.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(bundle.headers.get('content-security-policy')).toBe(ADMIN_CONTENT_SECURITY_POLICY);
    expect(bundle.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('redirects /admin to /admin/ and answers unknown or traversing names with a 404 problem', async () => {
    const server = await app();
    const bare = await server.request('/admin');
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/admin/');
    for (const path of ['/admin/nope.js', '/admin/..%2Fpackage.json', '/admin/assets/console.js']) {
      const answer = await server.request(path);
      expect(answer.status, path).toBe(404);
      expect(answer.headers.get('content-type')).toMatch(/problem\+json/);
      expect(answer.headers.get('content-security-policy')).toBe(ADMIN_CONTENT_SECURITY_POLICY);
    }
  });

  it('can be turned off, and says so at the root', async () => {
    const on = await (await (await app()).request('/')).json();
    expect(on.admin).toBe('/admin/');
    const server = await app({ adminConsole: false });
    expect((await server.request('/admin/')).status).toBe(404);
    expect((await (await server.request('/')).json()).admin).toBeUndefined();
  });

  it('answers 503 with a hint when the console was not built', async () => {
    const server = await app({ adminConsole: { dir: '/nonexistent/admin' } });
    const answer = await server.request('/admin/');
    expect(answer.status).toBe(503);
    expect(await answer.text()).toMatch(/pnpm build/);
  });
});
