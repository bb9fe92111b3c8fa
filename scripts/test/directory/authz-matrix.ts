import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WriteRoute } from './authz-route.js';
import { expectAnswerConforms, openApiBackend, type Backend } from './openapi.js';
import { ENTRY_WRITE_ROUTES } from './authz-routes.entries.js';
import { SUBMISSION_WRITE_ROUTES } from './authz-routes.submissions.js';

export type { WriteRoute } from './authz-route.js';

/** Routes of issue 22b (accounts, audit); 22a and 22c add theirs in their own files. */
const ACCOUNT_WRITE_ROUTES: WriteRoute[] = [
  { method: 'GET', path: '/directory/v1/moderation/audit', role: 'editor', allowed: 200 },
  {
    method: 'GET',
    path: '/directory/v1/moderation/audit?kind=actor&editor=nobody&limit=5',
    role: 'editor',
    allowed: 200,
  },
];

/** Every route that needs a bearer token, with the role it needs. */
export const WRITE_ROUTES: readonly WriteRoute[] = [
  ...ACCOUNT_WRITE_ROUTES,
  ...SUBMISSION_WRITE_ROUTES,
  ...ENTRY_WRITE_ROUTES,
];

/** A server with accounts of every kind the matrix tries. */
export interface AuthzTarget {
  /** The server root, e.g. `http://127.0.0.1:4321`. */
  url: string;
  tokens: {
    editor: string;
    admin: string;
    /** An admin token past its expiry. */
    expired: string;
    /** An admin token that was revoked. */
    revoked: string;
  };
  close(): Promise<void>;
}

type Caller = 'none' | 'malformed' | 'unknown' | 'expired' | 'revoked' | 'editor' | 'admin';
const CALLERS: readonly Caller[] = [
  'none',
  'malformed',
  'unknown',
  'expired',
  'revoked',
  'editor',
  'admin',
];

/** A well-formed token (`sxd_` + 43 base64url characters) that no account has. */
const UNKNOWN_TOKEN = `sxd_${'Q'.repeat(43)}`;

function authorization(caller: Caller, tokens: AuthzTarget['tokens']): string | undefined {
  switch (caller) {
    case 'none':
      return undefined;
    case 'malformed':
      return `Bearer ${tokens.admin.slice(0, -1)}!`;
    case 'unknown':
      return `Bearer ${UNKNOWN_TOKEN}`;
    default:
      return `Bearer ${tokens[caller]}`;
  }
}

/** The status the contract documents for `caller` on `route`. */
function documented(route: WriteRoute, caller: Caller): number {
  if (caller === 'admin') return route.allowed;
  if (caller === 'editor') return route.role === 'editor' ? route.allowed : 403;
  return 401;
}

/**
 * The authorization matrix: every write route × {no token, malformed, unknown, expired, revoked,
 * editor, admin} gives exactly the documented status, and every refusal is the same RFC 9457
 * problem with the RFC 6750 challenge, never cached.
 */
export function describeAuthorizationMatrix(name: string, start: () => Promise<AuthzTarget>) {
  describe(`${name}: authorization matrix`, () => {
    let target: AuthzTarget;
    let api: Backend;
    beforeAll(async () => {
      [api, target] = await Promise.all([
        openApiBackend('saxon-directory.yaml', '/directory/v1'),
        start(),
      ]);
    });
    afterAll(async () => {
      await target?.close();
    });

    const cases = WRITE_ROUTES.flatMap((route) =>
      CALLERS.map((caller) => [route.method, route.path, caller, route] as const),
    );

    it.each(cases)('%s %s as %s → documented status', async (method, path, caller, route) => {
      const headers: Record<string, string> = { ...route.headers };
      const auth = authorization(caller, target.tokens);
      if (auth) headers.authorization = auth;
      if (route.body !== undefined) headers['content-type'] ??= 'application/json';
      const response = await fetch(`${target.url}${path}`, {
        method,
        headers,
        ...(route.body !== undefined ? { body: JSON.stringify(route.body) } : {}),
      });
      const text = await response.text();
      expect(response.status, text.slice(0, 300)).toBe(documented(route, caller));
      expect(response.headers.get('cache-control')).toBe('no-store');
      const body = /json/.test(response.headers.get('content-type') ?? '')
        ? (JSON.parse(text) as unknown)
        : undefined;
      expectAnswerConforms(
        api,
        { method, path, headers },
        { status: response.status, headers: response.headers, text, body },
      );
      if (response.status === 401 || response.status === 403) {
        expect(response.headers.get('content-type')).toBe('application/problem+json');
        const problem = JSON.parse(text) as { status: number; type: string };
        expect(problem.status).toBe(response.status);
        const challenge = response.headers.get('www-authenticate');
        if (response.status === 403) {
          expect(challenge).toBe('Bearer realm="saxon-directory", error="insufficient_scope"');
        } else if (caller === 'none') {
          expect(challenge).toBe('Bearer realm="saxon-directory"');
        } else {
          expect(challenge).toBe('Bearer realm="saxon-directory", error="invalid_token"');
        }
      }
    });

    it('lists every operation of the contract that needs a token', () => {
      const secured = api
        .getOperations()
        .filter((op) => (op.security ?? []).some((requirement) => 'bearer' in requirement));
      expect(secured.length).toBeGreaterThan(0);
      const covered = new Set(
        WRITE_ROUTES.map((route) => {
          const url = new URL(`http://127.0.0.1${route.path}`);
          return api.matchOperation({
            method: route.method.toLowerCase(),
            path: url.pathname,
            query: url.search.slice(1),
            headers: {},
          })?.operationId;
        }),
      );
      expect(secured.map((op) => op.operationId).filter((id) => !covered.has(id))).toEqual([]);
    });

    it('answers every refused token with the same body: it tells nothing about which tokens exist', async () => {
      const path = `${target.url}${WRITE_ROUTES[0]!.path}`;
      const bodies = new Set<string>();
      for (const caller of ['malformed', 'unknown', 'expired', 'revoked'] as const) {
        const response = await fetch(path, {
          headers: { authorization: authorization(caller, target.tokens)! },
        });
        expect(response.status).toBe(401);
        bodies.add(await response.text());
      }
      expect(bodies.size).toBe(1);
    });

    it('accepts the bearer scheme in any case but nothing else', async () => {
      const path = `${target.url}${WRITE_ROUTES[0]!.path}`;
      const status = async (authorization: string) =>
        (await fetch(path, { headers: { authorization } })).status;
      expect(await status(`bearer ${target.tokens.editor}`)).toBe(200);
      expect(await status(`Basic ${btoa(`editor:${target.tokens.editor}`)}`)).toBe(401);
      expect(await status(target.tokens.editor)).toBe(401);
      expect(await status(`Bearer ${target.tokens.editor} ${target.tokens.admin}`)).toBe(401);
    });
  });
}
