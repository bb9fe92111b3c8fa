import { createHash, randomBytes } from 'node:crypto';
import type { SqlConnection } from './sql.js';

/** Roles in rising order of power: an admin may do everything an editor may. */
export const ROLES = ['editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const roleAtLeast = (role: Role, needed: Role) =>
  ROLES.indexOf(role) >= ROLES.indexOf(needed);

/** `sxd_` and 32 random bytes in base64url (43 characters). */
export const TOKEN_PATTERN = /^sxd_[A-Za-z0-9_-]{43}$/;

/** What the server knows about an account; never its token, and its hash stays in the database. */
export interface Account {
  id: number;
  name: string;
  role: Role;
  createdAt: string;
  expiresAt: string;
  revokedAt?: string;
}

export interface NewAccount {
  account: Account;
  /** The bearer token. Shown once; only its hash is stored. */
  token: string;
}

/**
 * Why SHA-256 and not bcrypt/scrypt/Argon2: a slow password hash protects *low-entropy* secrets
 * (passwords people choose) against guessing after a database leak. Our tokens are 256 random bits
 * from the OS CSPRNG; guessing one from its hash is as hard as guessing the token itself (2^256),
 * so slowing each guess adds nothing, while a slow hash would cost every API request tens of
 * milliseconds of CPU and invite a denial of service. An unsalted fast hash also allows the lookup
 * by an indexed `token_hash`, without comparing the presented token against every account. This is
 * the scheme of GitHub's and npm's access tokens (OWASP: "Secrets … with sufficient entropy"). The
 * lookup leaks no timing about the stored tokens: the attacker controls only the hash's input.
 */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function newToken(): string {
  return `sxd_${randomBytes(32).toString('base64url')}`;
}

type AccountRow = {
  id: number;
  name: string;
  role: Role;
  created_ms: number;
  expires_ms: number;
  revoked_ms: number | null;
};

const COLUMNS = 'id, name, role, created_ms, expires_ms, revoked_ms';

function accountOf(row: AccountRow): Account {
  return {
    id: Number(row.id),
    name: row.name,
    role: row.role,
    createdAt: new Date(Number(row.created_ms)).toISOString(),
    expiresAt: new Date(Number(row.expires_ms)).toISOString(),
    ...(row.revoked_ms === null
      ? {}
      : { revokedAt: new Date(Number(row.revoked_ms)).toISOString() }),
  };
}

/** Account names: what the audit shows as "who". Printable, no e-mail addresses (privacy). */
export const ACCOUNT_NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,79}$/u;

export class AccountError extends Error {}

/** Queries of the `accounts` table (migration 2). */
export const accounts = {
  async create(
    db: SqlConnection,
    input: { name: string; role: Role; expiresAt: Date; now: Date },
  ): Promise<NewAccount> {
    if (!ACCOUNT_NAME.test(input.name)) {
      throw new AccountError(
        'an account name is 1 to 80 letters, digits, spaces, dots, dashes or underscores (no e-mail address)',
      );
    }
    if (!(ROLES as readonly string[]).includes(input.role)) {
      throw new AccountError(`role must be one of ${ROLES.join(', ')}`);
    }
    if (input.expiresAt.getTime() <= input.now.getTime()) {
      throw new AccountError('the expiry must lie in the future');
    }
    const token = newToken();
    return db.transaction(async (tx) => {
      const active = await tx.all<{ n: number }>(
        `SELECT CAST(COUNT(*) AS INTEGER) AS n FROM accounts
         WHERE name = ? AND revoked_ms IS NULL AND expires_ms > ?`,
        [input.name, input.now.getTime()],
      );
      if (Number(active[0]?.n ?? 0) > 0) {
        throw new AccountError(
          `"${input.name}" already has a valid token: revoke it first (user revoke)`,
        );
      }
      const [row] = await tx.all<AccountRow>(
        `INSERT INTO accounts (name, role, token_hash, created_ms, expires_ms)
         VALUES (?, ?, ?, ?, ?) RETURNING ${COLUMNS}`,
        [input.name, input.role, hashToken(token), input.now.getTime(), input.expiresAt.getTime()],
      );
      return { account: accountOf(row!), token };
    });
  },

  /** The account a bearer token belongs to, if the token is well-formed, known, unexpired and not revoked. */
  async authenticate(db: SqlConnection, token: string, now: Date): Promise<Account | undefined> {
    if (!TOKEN_PATTERN.test(token)) return undefined;
    const [row] = await db.all<AccountRow>(
      `SELECT ${COLUMNS} FROM accounts
       WHERE token_hash = ? AND revoked_ms IS NULL AND expires_ms > ?`,
      [hashToken(token), now.getTime()],
    );
    return row ? accountOf(row) : undefined;
  },

  /** Every account, newest first; `active` only those whose token still works. */
  async list(db: SqlConnection, options: { now: Date; active?: boolean }): Promise<Account[]> {
    const rows = await db.all<AccountRow>(
      options.active
        ? `SELECT ${COLUMNS} FROM accounts WHERE revoked_ms IS NULL AND expires_ms > ? ORDER BY id DESC`
        : `SELECT ${COLUMNS} FROM accounts ORDER BY id DESC`,
      options.active ? [options.now.getTime()] : [],
    );
    return rows.map(accountOf);
  },

  /** Revokes the named account's valid tokens (or the one with this id); returns how many. */
  async revoke(db: SqlConnection, who: { name: string } | { id: number }, now: Date) {
    return db.transaction(async (tx) => {
      const [column, value] = 'id' in who ? ['id', who.id] : ['name', who.name];
      const rows = await tx.all<{ id: number }>(
        `UPDATE accounts SET revoked_ms = ? WHERE ${column} = ? AND revoked_ms IS NULL RETURNING id`,
        [now.getTime(), value],
      );
      return rows.length;
    });
  },
};
