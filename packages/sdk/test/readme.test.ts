import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from './demo-server.js';

/**
 * The README's JavaScript examples run as written, against a demo API, importing the built
 * package by its name (Node resolves a package's own name from inside it).
 */
const packageRoot = new URL('../', import.meta.url);
const readme = readFileSync(new URL('README.md', packageRoot), 'utf8');
const examples = [...readme.matchAll(/```js\n([\s\S]*?)```/g)]
  .map((match) => match[1]!)
  .filter((code) => code.includes("from '@saxon-ai/sdk'"));
const workDir = new URL('.readme-examples/', packageRoot);

let demo: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  demo = await startTestServer();
  mkdirSync(workDir, { recursive: true });
});
afterAll(async () => {
  rmSync(workDir, { recursive: true, force: true });
  await demo.close();
});

describe('README examples', () => {
  it('has examples to run', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  it.each(examples.map((code, index) => [index + 1, code] as const))(
    'example %i runs',
    // Each example starts a Node process; on a loaded machine that alone can take seconds.
    { timeout: 30_000 },
    async (index, code) => {
      const file = new URL(`example-${index}.mjs`, workDir);
      writeFileSync(file, code.replaceAll('http://127.0.0.1:4000', demo.url));
      const { stdout } = await promisify(execFile)(process.execPath, [fileURLToPath(file)], {
        timeout: 20_000,
      });
      expect(stdout.trim().length).toBeGreaterThan(0);
    },
  );
});
