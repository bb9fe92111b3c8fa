import { parseArgs } from 'node:util';
import { DEFAULT_CALENDAR_DOMAIN } from './app.js';
import { directoryDataset } from './dcat.js';
import { jsonLogger, type Logger } from './http/log.js';
import {
  EXPORT_FORMATS,
  EXIT_ROWS_REJECTED,
  exportCommand,
  importCommand,
  type ExportFormat,
} from './io-commands.js';
import { LANGUAGES, type Language } from './model.js';
import { SEEDS, type SeedName } from './seed/demo.js';
import { startDirectoryServer } from './server.js';
import { DEFAULT_DB_FILE, openStorage, type StorageOptions } from './storage/open.js';
import { DEFAULT_EMAIL_RETENTION_DAYS, purgeSubmitterEmails } from './submissions/purge.js';
import type { WebhookOptions } from './submissions/webhook.js';
import { DEFAULT_EXPIRES_IN, userCommand, UserUsageError } from './user-commands.js';

const USAGE = `Usage: saxon-directory <command> [options]

Commands:
  serve              serve the directory API (migrates first)
  migrate            apply pending database migrations and exit
  import <file>      check every row of a JSON or CSV file, then upsert the good ones by id
                     (exit code ${EXIT_ROWS_REJECTED} when rows were rejected; the report names each)
  export             write the directory as JSON, CSV, GeoJSON or iCalendar (to --out or stdout)
                     (never submissions or submitters' e-mails)
  purge              delete submitters' e-mails decided more than --email-retention-days ago
                     (serve does this hourly by itself)
  user add --role editor|admin [--expires-in ${DEFAULT_EXPIRES_IN}] <name>
                     create an account; prints its bearer token once, on the last line
  user list [--all]  list accounts with a valid token (--all: also expired and revoked ones)
  user revoke <name> | user revoke --id <n>
                     revoke tokens at once

Options:
  --db <file>              SQLite database file (default ${DEFAULT_DB_FILE}; env SAXON_DIRECTORY_DB)
                           DATABASE_URL=postgres://… selects PostgreSQL instead
  --port <n>               serve: TCP port (default 8080; env PORT)
  --host <address>         serve: interface to bind (default 127.0.0.1; env HOST)
  --cors-origin <origin>   serve: allowed origin, repeatable (default *; env CORS_ORIGIN, comma-separated)
  --write-origin <origin>  serve: origin allowed to call write routes cross-origin, repeatable
                           (default none = same origin only; env SAXON_WRITE_ORIGINS, comma-separated)
  --trust-proxy            serve: client address for rate limits from X-Forwarded-For (only behind
                           a proxy that sets it)
  --seed demo              serve: load the demo data into an empty database
  --max-age <seconds>      serve: Cache-Control max-age of GET answers (default 60)
  --calendar-domain <d>    serve: domain of iCalendar UIDs (default directory.saxon-ai.invalid)
  --public-url <url>       serve: public root URL named in /dcat (default: the request's origin)
  --licence <uri>          serve: licence of the data in /dcat (default dl-de/by-2.0)
  --publisher <name>       serve: publisher named in /dcat; --publisher-uri <uri> its identifier
  --contact-email <email>  serve: contact point named in /dcat
  --email-retention-days <n>  serve, purge: days a submitter's e-mail is kept after the decision
                           (default ${DEFAULT_EMAIL_RETENTION_DAYS}; env SAXON_EMAIL_RETENTION_DAYS)
  --webhook-url <url>      serve: POST each new submission there (env SAXON_WEBHOOK_URL), signed
                           with HMAC-SHA-256 of SAXON_WEBHOOK_SECRET in X-Saxon-Signature
  --dry-run                import: only report what would be imported and rejected
  --lang de|en             import: language of the report; export csv/ics: of headers and labels
  --format <f>             import: json|csv (default: from the file name);
                           export: ${EXPORT_FORMATS.join('|')} (default json)
  --out <file>             export: write to this file instead of stdout
  --help                   show this text
`;

type Env = Record<string, string | undefined>;

function storageOptions(values: { db?: string }, env: Env): StorageOptions {
  return {
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    file: values.db ?? env.SAXON_DIRECTORY_DB ?? DEFAULT_DB_FILE,
  };
}

function portOf(text: string | undefined): number {
  const port = Number(text ?? '8080');
  if (!/^\d+$/.test(text ?? '8080') || port > 65535) {
    throw new UsageError(`--port must be a number from 0 to 65535, got "${text}"`);
  }
  return port;
}

class UsageError extends Error {}

function languageOf(text: string | undefined): Language {
  if (text === undefined) return 'de';
  if (!(LANGUAGES as readonly string[]).includes(text))
    throw new UsageError('--lang must be de or en');
  return text as Language;
}

/** Runs one command; resolves to the process exit code (serve: once the server has stopped). */
export async function runCli(argv: string[], env: Env, log: Logger = jsonLogger): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        'cors-origin': { type: 'string', multiple: true },
        'write-origin': { type: 'string', multiple: true },
        'trust-proxy': { type: 'boolean' },
        role: { type: 'string' },
        'expires-in': { type: 'string' },
        id: { type: 'string' },
        all: { type: 'boolean' },
        seed: { type: 'string' },
        'max-age': { type: 'string' },
        'calendar-domain': { type: 'string' },
        out: { type: 'string' },
        'dry-run': { type: 'boolean' },
        lang: { type: 'string' },
        format: { type: 'string' },
        'public-url': { type: 'string' },
        licence: { type: 'string' },
        publisher: { type: 'string' },
        'publisher-uri': { type: 'string' },
        'contact-email': { type: 'string' },
        'email-retention-days': { type: 'string' },
        'webhook-url': { type: 'string' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    process.stderr.write(`saxon-directory: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(USAGE);
    return values.help ? 0 : 2;
  }
  try {
    switch (command) {
      case 'serve':
        return await serve(values, env, log);
      case 'migrate': {
        const storage = openStorage(storageOptions(values, env));
        try {
          const applied = await storage.migrate();
          log({
            level: 'info',
            msg: 'migrated',
            engine: storage.engine,
            applied: applied.join(','),
          });
        } finally {
          await storage.close();
        }
        return 0;
      }
      case 'import': {
        if (rest.length !== 1) throw new UsageError('import needs exactly one file');
        const format = values.format;
        if (format !== undefined && format !== 'json' && format !== 'csv') {
          throw new UsageError('import --format must be json or csv');
        }
        const storage = openStorage(storageOptions(values, env));
        try {
          return await importCommand(
            rest[0]!,
            storage,
            {
              dryRun: values['dry-run'] ?? false,
              language: languageOf(values.lang),
              ...(format && { format }),
            },
            log,
          );
        } finally {
          await storage.close();
        }
      }
      case 'export': {
        const format = values.format ?? 'json';
        if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
          throw new UsageError(`export --format must be one of ${EXPORT_FORMATS.join(', ')}`);
        }
        const storage = openStorage(storageOptions(values, env));
        try {
          return await exportCommand(storage, {
            format: format as ExportFormat,
            language: languageOf(values.lang),
            calendarDomain: values['calendar-domain'] ?? DEFAULT_CALENDAR_DOMAIN,
            ...(values.out && { out: values.out }),
          });
        } finally {
          await storage.close();
        }
      }
      case 'purge': {
        const storage = openStorage(storageOptions(values, env));
        try {
          await storage.migrate();
          const count = await purgeSubmitterEmails(storage, {
            retentionDays: retentionDaysOf(values, env),
            now: () => new Date(),
            log,
          });
          log({ level: 'info', msg: 'purged', count });
        } finally {
          await storage.close();
        }
        return 0;
      }
      case 'user': {
        const storage = openStorage(storageOptions(values, env));
        try {
          return await userCommand(rest, storage, {
            role: values.role,
            expiresIn: values['expires-in'],
            id: values.id,
            all: values.all,
            write: (text) => process.stdout.write(text),
          });
        } finally {
          await storage.close();
        }
      }
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof UserUsageError) {
      process.stderr.write(`saxon-directory: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    log({ level: 'error', msg: `${command} failed`, error: (error as Error).message });
    return 1;
  }
}

/** What /dcat says about the dataset: flags first, then PUBLIC_URL, DCAT_LICENCE, DCAT_PUBLISHER … */
function openDataOptions(
  values: Record<string, string | string[] | boolean | undefined>,
  env: Env,
) {
  const flag = (name: string, variable: string) =>
    (values[name] as string | undefined) ?? env[variable];
  const publicUrl = flag('public-url', 'PUBLIC_URL');
  const licence = flag('licence', 'DCAT_LICENCE');
  const publisher = flag('publisher', 'DCAT_PUBLISHER');
  const publisherUri = flag('publisher-uri', 'DCAT_PUBLISHER_URI');
  const email = flag('contact-email', 'DCAT_CONTACT_EMAIL');
  if (publicUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(publicUrl)) {
    throw new UsageError('--public-url must be an http(s) URL');
  }
  const options = {
    ...(publicUrl && { publicUrl: publicUrl.replace(/\/+$/, '') }),
    ...(licence && { licence }),
    ...(publisher && {
      publisher: { name: publisher, ...(publisherUri && { uri: publisherUri }) },
    }),
    ...(email && { contactPoint: { name: publisher ?? email, email } }),
  };
  try {
    // Fail at start, not on the first GET /dcat, when a configured IRI is unusable.
    directoryDataset({
      ...options,
      baseUrl: options.publicUrl ?? 'http://localhost',
      modified: new Date().toISOString(),
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return options;
}

function retentionDaysOf(
  values: Record<string, string | string[] | boolean | undefined>,
  env: Env,
): number {
  const text =
    (values['email-retention-days'] as string | undefined) ?? env.SAXON_EMAIL_RETENTION_DAYS;
  if (text === undefined) return DEFAULT_EMAIL_RETENTION_DAYS;
  if (!/^\d+$/.test(text) || Number(text) > 3650)
    throw new UsageError('--email-retention-days must be a whole number of days from 0 to 3650');
  return Number(text);
}

/** The webhook of new submissions: URL by flag or env, the HMAC secret only by env (not in `ps`). */
function webhookOf(
  values: Record<string, string | string[] | boolean | undefined>,
  env: Env,
): WebhookOptions | undefined {
  const url = (values['webhook-url'] as string | undefined) ?? env.SAXON_WEBHOOK_URL;
  if (url === undefined) return undefined;
  if (!/^https?:\/\/\S+$/.test(url)) throw new UsageError('--webhook-url must be an http(s) URL');
  const secret = env.SAXON_WEBHOOK_SECRET;
  if (!secret || secret.length < 16)
    throw new UsageError(
      'a webhook needs SAXON_WEBHOOK_SECRET (at least 16 characters) to sign with',
    );
  return { url, secret };
}

/** Write origins must be exact origins (`https://host[:port]`): a typo must not open writes. */
function originList(values: string[] | undefined): string[] {
  const origins = (values ?? []).map((o) => o.trim()).filter(Boolean);
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      // reported below
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin) {
      throw new UsageError(
        `--write-origin must be an origin like https://example.org, got "${origin}"`,
      );
    }
  }
  return origins;
}

async function serve(
  values: Record<string, string | string[] | boolean | undefined>,
  env: Env,
  log: Logger,
): Promise<number> {
  const seed = values.seed as string | undefined;
  if (seed !== undefined && !(SEEDS as readonly string[]).includes(seed)) {
    throw new UsageError(`--seed must be one of ${SEEDS.join(', ')}`);
  }
  const origins =
    (values['cors-origin'] as string[] | undefined) ??
    env.CORS_ORIGIN?.split(',')
      .map((o) => o.trim())
      .filter(Boolean);
  const writeOrigins = originList(
    (values['write-origin'] as string[] | undefined) ?? env.SAXON_WRITE_ORIGINS?.split(','),
  );
  const maxAge = values['max-age'] as string | undefined;
  if (maxAge !== undefined && !/^\d+$/.test(maxAge)) {
    throw new UsageError('--max-age must be a whole number of seconds');
  }
  const webhook = webhookOf(values, env);
  const server = await startDirectoryServer({
    ...storageOptions(values as { db?: string }, env),
    port: portOf((values.port as string | undefined) ?? env.PORT),
    hostname: (values.host as string | undefined) ?? env.HOST ?? '127.0.0.1',
    ...(origins?.length ? { corsOrigin: origins.length === 1 ? origins[0]! : origins } : {}),
    ...(seed ? { seed: seed as SeedName } : {}),
    writeOrigins,
    trustProxy: values['trust-proxy'] === true,
    ...(maxAge ? { maxAge: Number(maxAge) } : {}),
    ...(values['calendar-domain'] ? { calendarDomain: values['calendar-domain'] as string } : {}),
    openData: openDataOptions(values, env),
    emailRetentionDays: retentionDaysOf(values, env),
    ...(webhook && { submissionWebhook: webhook }),
    logger: log,
  });
  log({ level: 'info', msg: 'listening', url: server.url, engine: server.storage.engine });
  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) {
        log({ level: 'warn', msg: 'second signal: exiting without waiting', signal });
        resolve(1);
        return;
      }
      stopping = true;
      log({ level: 'info', msg: 'shutting down', signal });
      server.close().then(
        () => {
          log({ level: 'info', msg: 'stopped' });
          resolve(0);
        },
        (error: Error) => {
          log({ level: 'error', msg: 'shutdown failed', error: error.message });
          resolve(1);
        },
      );
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
}
