import { AccountError, accounts, ROLES, type Account, type Role } from './storage/accounts.js';
import type { DirectoryStorage } from './storage/types.js';

/** Lifetime of a new token unless `--expires-in` says otherwise. */
export const DEFAULT_EXPIRES_IN = '90d';
/** Longest lifetime: a forgotten token stops working within a year at most. */
const MAX_EXPIRY_MS = 366 * 24 * 3600 * 1000;

/** A wrong argument of `user …`: the CLI prints usage and exits with 2. */
export class UserUsageError extends Error {}

/** `90d`, `12h` → milliseconds (1 hour to 366 days). */
export function parseExpiresIn(text: string): number {
  const match = /^(\d{1,4})([dh])$/.exec(text.trim());
  const ms = match ? Number(match[1]) * (match[2] === 'd' ? 24 : 1) * 3600 * 1000 : Number.NaN;
  if (!(ms >= 3600 * 1000 && ms <= MAX_EXPIRY_MS)) {
    throw new UserUsageError('--expires-in must be hours or days like 12h or 90d (1h to 366d)');
  }
  return ms;
}

export interface UserCommandOptions {
  role?: string | undefined;
  expiresIn?: string | undefined;
  id?: string | undefined;
  all?: boolean | undefined;
  now?: Date;
  /** Where the command writes (stdout). */
  write: (text: string) => void;
}

function status(account: Account, now: Date): string {
  if (account.revokedAt) return 'revoked';
  return Date.parse(account.expiresAt) <= now.getTime() ? 'expired' : 'active';
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/**
 * `user add --role editor|admin [--expires-in 90d] NAME` prints the new token once, on its last
 * line; `user list [--all]` shows accounts (never a token or its hash); `user revoke NAME` or
 * `user revoke --id N` ends tokens at once. Resolves to the exit code.
 */
export async function userCommand(
  args: string[],
  storage: DirectoryStorage,
  options: UserCommandOptions,
): Promise<number> {
  const [action, ...names] = args;
  const now = options.now ?? new Date();
  await storage.migrate();
  try {
    switch (action) {
      case 'add': {
        if (names.length !== 1) throw new UserUsageError('user add needs exactly one NAME');
        const role = options.role;
        if (!role || !(ROLES as readonly string[]).includes(role)) {
          throw new UserUsageError(`user add needs --role ${ROLES.join('|')}`);
        }
        const lifetime = parseExpiresIn(options.expiresIn ?? DEFAULT_EXPIRES_IN);
        const { account, token } = await accounts.create(storage.sql, {
          name: names[0]!,
          role: role as Role,
          expiresAt: new Date(now.getTime() + lifetime),
          now,
        });
        options.write(
          `Created ${account.role} "${account.name}" (id ${account.id}), valid until ` +
            `${account.expiresAt}.\nThe token is shown only now; store it in a password manager:\n` +
            `${token}\n`,
        );
        return 0;
      }
      case 'list': {
        if (names.length) throw new UserUsageError('user list takes no NAME');
        const list = await accounts.list(storage.sql, { now, active: !options.all });
        const rows = list.map((a) => [
          String(a.id),
          a.name,
          a.role,
          a.createdAt,
          a.expiresAt,
          status(a, now),
        ]);
        options.write(
          `${table([['ID', 'NAME', 'ROLE', 'CREATED', 'EXPIRES', 'STATUS'], ...rows])}\n`,
        );
        return 0;
      }
      case 'revoke': {
        const byId = options.id !== undefined;
        if (byId ? names.length !== 0 || !/^\d+$/.test(options.id!) : names.length !== 1) {
          throw new UserUsageError('user revoke needs one NAME or --id N');
        }
        const count = await accounts.revoke(
          storage.sql,
          byId ? { id: Number(options.id) } : { name: names[0]! },
          now,
        );
        options.write(`Revoked ${count} token(s).\n`);
        return count > 0 ? 0 : 1;
      }
      default:
        throw new UserUsageError('user needs add, list or revoke');
    }
  } catch (error) {
    if (error instanceof AccountError) throw new UserUsageError(error.message);
    throw error;
  }
}
