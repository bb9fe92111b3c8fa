// SECURITY.md names a test for every guarantee; this keeps the names pointing at real files and
// real tests when files move or tests are renamed.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const doc = readFileSync(`${root}SECURITY.md`, 'utf8').replace(/\s+/g, ' ');

/** Every `path/to/x.test.ts` cited in the document. */
const cited = [...new Set([...doc.matchAll(/`([\w./-]+\.test\.ts)`/g)].map((m) => m[1]!))];

describe('SECURITY.md', () => {
  it('cites the hardening suites and more', () => {
    expect(cited).toEqual(
      expect.arrayContaining([
        'packages/components/test/hardening/hostile.browser.test.ts',
        'packages/components/test/hardening/broken-responses.browser.test.ts',
        'packages/components/test/hardening/faults.browser.test.ts',
        'packages/components/test/hardening/attributes.browser.test.ts',
        'packages/components/test/hardening/lifecycle.browser.test.ts',
        'packages/sdk/test/hardening.test.ts',
        'packages/directory-server/test/authz.sqlite.test.ts',
        'packages/directory-server/test/authz.postgres.test.ts',
        'packages/directory-server/test/accounts.test.ts',
        'packages/directory-server/test/entries.sqlite.test.ts',
        'packages/directory-server/test/entries.postgres.test.ts',
        'packages/directory-server/test/write-crash.sqlite.test.ts',
        'packages/directory-server/test/write-crash.postgres.test.ts',
      ]),
    );
  });

  it.each(cited)('cites %s, which exists', (file) => {
    expect(existsSync(`${root}${file}`)).toBe(true);
  });

  it('quotes test names that exist in the suites', () => {
    // Test names without placeholders, as quoted after a file; each must occur in some test file.
    // The authorization matrix is a shared suite that the cited authz.*.test.ts files run.
    const suites = [
      ...cited,
      'scripts/test/directory/authz-matrix.ts',
      'scripts/test/directory/submissions-suite.ts',
      'scripts/test/directory/entries-behaviour-suite.ts',
      'scripts/test/directory/entries-contract-suite.ts',
      'packages/directory-server/test/support/write-crash-suite.ts',
    ];
    const sources = suites.map((file) => readFileSync(`${root}${file}`, 'utf8')).join('\n');
    const names = [
      'trips when a payload is parsed as markup',
      'every payload in titles, publishers, descriptions, keywords, files and links',
      'within the SDK retries never reach the visitor',
      'every HOSTILE_URLS value as api-url gives an error panel or the "not set up" panel, never a request to another scheme',
      'by default requests nothing from any host but the API, in map, list and detail',
      'shows demo data with no console error and no CSP violation',
      'two copies of saxon-widgets.js on one page raise no error, and the elements work',
      // The directory server (issue 22).
      'a fresh database has no account and accepts no token: there are no default credentials',
      'stores only the SHA-256 of a token, never the token, and finds the account by it',
      'a token works until its expiry and not a millisecond after',
      'answers every refused token with the same body: it tells nothing about which tokens exist',
      'lists every operation of the contract that needs a token',
      'a wrong token is an UnauthorizedError that never contains the token',
      'gives any other origin no Access-Control-Allow-Origin on write routes',
      'never caches a write answer: no-store, no ETag, no 304, and every request authenticated',
      'keeps nothing of a transaction that fails: the change and its record go together',
      'answers 429 problem+json with Retry-After per client address',
      // Submissions (issue 22a).
      'rejects bad submissions with 400 naming each field',
      '1,000 submissions from one client: 5 accepted, the rest 429 with Retry-After; readers and the server carry on',
      'is in no public answer, no export and no log line',
      'are deleted once the retention period after the decision has passed; the decision stays',
      // Concurrency and durability (issue 22c).
      'lost update: two editors edit the same actor; the second gets 412 and nothing is overwritten',
      'lost update under a race: of many writers on one revision exactly one wins',
      'restarted, every write answered 200 is there with its audit record; nothing is half-written',
      'unpublish hides an actor and its event from every public read; publish brings them back',
      'covers every operation of the direct entry writes',
    ];
    for (const name of names) {
      expect(doc, `SECURITY.md quotes "${name}"`).toContain(name);
      expect(sources, `a cited suite has "${name}"`).toContain(name);
    }
  });
});
