// The Musterstadt demo: one local origin serves the page (examples/municipal-site), the widgets'
// script-tag bundles (/cdn/) and the demo API (/ckan, /entrystore, /directory). Pages carry a
// strict Content-Security-Policy header. Used by `pnpm start` and by the end-to-end test.
import { fileURLToPath } from 'node:url';
import { startDemoServer } from '../packages/demo-api/dist/node.js';

/** The policy the page is served with: nothing inline, nothing evaluated, nothing from elsewhere. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

const path = (relative) => fileURLToPath(new URL(relative, import.meta.url));

/** Starts the site; resolves with `{ url, port, close() }`. */
export function startMunicipalSite({ port = 4000, hostname = '127.0.0.1' } = {}) {
  return startDemoServer({
    port,
    hostname,
    static: [
      { prefix: '/cdn/', dir: path('../packages/components/dist/cdn/') },
      {
        prefix: '/',
        dir: path('../examples/municipal-site/'),
        headers: { 'content-security-policy': CSP, 'x-content-type-options': 'nosniff' },
      },
    ],
  });
}
