import type { Context, MiddlewareHandler } from 'hono';
import { roleAtLeast, type Account, type Role } from '../storage/accounts.js';
import { problem } from './problem.js';

/** Checks a bearer token; resolves to its account, or undefined for any token that must not pass. */
export type Authenticator = (token: string) => Promise<Account | undefined>;

declare module 'hono' {
  interface ContextVariableMap {
    /** Set by the app for every request, read by `requireRole`. */
    authenticator: Authenticator;
    /** The caller's account, set by `requireRole` once the token passed (the audit's "who"). */
    account: Account;
  }
}

export const REALM = 'saxon-directory';

/** Makes `authenticator` available to `requireRole` in every route module. */
export function authentication(authenticator: Authenticator): MiddlewareHandler {
  return async (c, next) => {
    c.set('authenticator', authenticator);
    await next();
  };
}

/** The token of `Authorization: Bearer <token>`; `null` without the header, `''` when malformed. */
export function bearerToken(header: string | undefined): string | null {
  if (header === undefined) return null;
  const match = /^Bearer +(\S+) *$/i.exec(header);
  return match ? match[1]! : '';
}

/**
 * One answer for a missing, malformed, unknown, expired or revoked token (RFC 6750 §3): the caller
 * learns nothing about which tokens exist. Without any credentials, no `error` attribute.
 */
export function unauthorized(c: Context, tokenSent: boolean): Response {
  const response = problem({
    type: 'https://saxon-ai.dev/problems/unauthorized',
    title: 'Anmeldung erforderlich',
    status: 401,
    detail: tokenSent
      ? 'The bearer token is malformed, unknown, expired or revoked'
      : 'This route needs Authorization: Bearer <token>',
    instance: c.req.path,
  });
  response.headers.set(
    'www-authenticate',
    tokenSent ? `Bearer realm="${REALM}", error="invalid_token"` : `Bearer realm="${REALM}"`,
  );
  return response;
}

export function forbidden(c: Context, needed: Role): Response {
  const response = problem({
    type: 'https://saxon-ai.dev/problems/forbidden',
    title: 'Keine Berechtigung',
    status: 403,
    detail: `This route needs the role ${needed}`,
    instance: c.req.path,
  });
  response.headers.set('www-authenticate', `Bearer realm="${REALM}", error="insufficient_scope"`);
  return response;
}

/**
 * Lets the request through only with a valid bearer token of at least `role` (`editor` < `admin`),
 * and sets `c.get('account')`. Otherwise `401` (no valid token) or `403` (role too low).
 */
export function requireRole(role: Role): MiddlewareHandler {
  return async (c, next) => {
    const token = bearerToken(c.req.header('authorization'));
    if (token === null) return unauthorized(c, false);
    const account = token ? await c.get('authenticator')(token) : undefined;
    if (!account) return unauthorized(c, true);
    if (!roleAtLeast(account.role, role)) return forbidden(c, role);
    c.set('account', account);
    await next();
  };
}
