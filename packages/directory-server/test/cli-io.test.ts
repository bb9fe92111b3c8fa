import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import topics from '../data/topics.json' with { type: 'json' };
import { parseImport } from '../src/io/import.js';
import { contractValidator } from './contract-schema.js';

/** The built CLI, as an operator runs it (`pnpm build` first; `pnpm test` does). */
const CLI = new URL('../dist/cli.js', import.meta.url).pathname;
const BROKEN = new URL('./fixtures/actors-broken.csv', import.meta.url).pathname;

function run(...args: string[]) {
  const { DATABASE_URL: _url, ...env } = process.env;
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env });
}

let dir: string;
let db: string;
beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`pnpm build\` first`);
  dir = mkdtempSync(join(tmpdir(), 'saxon-cli-io-'));
  db = join(dir, 'directory.db');
  writeFileSync(join(dir, 'topics.json'), JSON.stringify({ topics }));
  expect(run('import', join(dir, 'topics.json'), '--db', db).status).toBe(0);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const exportedActors = () =>
  JSON.parse(run('export', '--db', db).stdout).actors as { id: string; name: string }[];

// Each case spawns the CLI a few times; on a loaded two-core machine one spawn takes seconds.
describe('saxon-directory import', { timeout: 60_000 }, () => {
  it('--dry-run lists every row it would reject and why, in German, and saves nothing', () => {
    const dry = run('import', BROKEN, '--db', db, '--dry-run');
    expect(dry.status).toBe(3);
    const lines = dry.stdout.split('\n');
    expect(lines[0]).toBe('Probelauf: nichts wurde gespeichert.');
    expect(lines[1]).toBe(
      'actors-broken.csv: 3 Einträge würden übernommen (Akteure: 3, Veranstaltungen: 0, Themen: 0); 26 Zeilen würden abgelehnt:',
    );
    expect(lines).toContain('  Zeile 4 – Name: Pflichtfeld ist leer.');
    expect(lines).toContain(
      '  Zeile 13 (ID robotik-testwerk) – ID: „robotik-testwerk“ steht schon in Zeile 2; jede ID darf in einer Datei nur einmal vorkommen.',
    );
    expect(lines).toContain('  Zeile 23 – Zeile: die Zeile ist leer.');
    for (const row of [
      4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28,
      29,
    ]) {
      expect(
        lines.some((line) => line.startsWith(`  Zeile ${row} `)),
        `row ${row}`,
      ).toBe(true);
    }
    expect(dry.stdout).toContain('Hinweise:\n');
    expect(exportedActors()).toEqual([]);
  });

  it('--lang en reports in English', () => {
    const dry = run('import', BROKEN, '--db', db, '--dry-run', '--lang', 'en');
    expect(dry.stdout.split('\n').slice(0, 2)).toEqual([
      'Dry run: nothing was saved.',
      'actors-broken.csv: 3 entries would be imported (actors: 3, events: 0, topics: 0); 26 rows would be rejected:',
    ]);
    expect(dry.stdout).toContain(
      '  Row 19 – Website: "javascript:alert(1)" is not an allowed address',
    );
  });

  it('imports the good rows, reports the rejected ones on stderr, and upserts by id on the next run', () => {
    const first = run('import', BROKEN, '--db', db);
    expect(first.status).toBe(3);
    expect(JSON.parse(first.stdout.trim().split('\n').at(-1)!)).toMatchObject({
      msg: 'imported',
      actors: 3,
    });
    expect(first.stderr).toContain('Zeile 14 – Name: „=HYPERLINK(');
    expect(
      exportedActors()
        .map((a) => a.id)
        .sort(),
    ).toEqual(['goerlitzer-daten-netzwerk-e-v', 'leipziger-ki-labor', 'robotik-testwerk']);

    const renamed = readFileSync(BROKEN, 'latin1').replace(
      'Robotik Testwerk GmbH',
      'Robotik Testwerk AG',
    );
    writeFileSync(join(dir, 'again.csv'), Buffer.from(renamed, 'latin1'));
    expect(run('import', join(dir, 'again.csv'), '--db', db).status).toBe(3);
    const actors = exportedActors();
    expect(actors).toHaveLength(3);
    expect(actors.find((a) => a.id === 'robotik-testwerk')?.name).toBe('Robotik Testwerk AG');
  });

  it('refuses an unknown --format or --lang with usage and exit code 2', () => {
    expect(run('import', BROKEN, '--db', db, '--format', 'xlsx').status).toBe(2);
    expect(run('import', BROKEN, '--db', db, '--lang', 'fr').status).toBe(2);
    expect(run('export', '--db', db, '--format', 'pdf').status).toBe(2);
  });
});

describe('saxon-directory export', { timeout: 60_000 }, () => {
  it('--format csv writes the spreadsheet file the import reads', () => {
    const out = join(dir, 'out.csv');
    expect(run('export', '--db', db, '--format', 'csv', '--out', out).status).toBe(0);
    const bytes = new Uint8Array(readFileSync(out));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const result = parseImport(bytes, {
      fileName: out,
      knownTopics: new Set(topics.map((t) => t.id)),
    });
    expect(result.rejected).toEqual([]);
    expect(result.actors.map((a) => a.id).sort()).toEqual(
      exportedActors()
        .map((a) => a.id)
        .sort(),
    );
  });

  it('--format geojson writes the contract’s FeatureCollection', async () => {
    const validate = await contractValidator('ActorFeatureCollection');
    const collection = JSON.parse(run('export', '--db', db, '--format', 'geojson').stdout);
    expect(validate(collection), JSON.stringify(validate.errors)).toBe(true);
    expect(collection.features).toHaveLength(3);
  });

  it('--format ics writes a calendar ical.js reads, with UIDs of --calendar-domain', () => {
    const event = {
      events: [
        {
          id: 'tag-der-ki',
          title: 'Tag der KI',
          start: '2026-12-10',
          allDay: true,
          topics: ['robotics'],
        },
      ],
    };
    writeFileSync(join(dir, 'event.json'), JSON.stringify(event));
    expect(run('import', join(dir, 'event.json'), '--db', db).status).toBe(0);
    const ics = run('export', '--db', db, '--format', 'ics', '--calendar-domain', 'ki.example');
    const vevents = new ICAL.Component(ICAL.parse(ics.stdout)).getAllSubcomponents('vevent');
    expect(vevents.map((v) => v.getFirstPropertyValue('uid'))).toEqual(['tag-der-ki@ki.example']);
    expect(ics.stdout).toContain('CATEGORIES:Robotik\r\n');
  });
});
