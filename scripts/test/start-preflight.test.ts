import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const startScript: string = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).scripts.start;

/** Runs the first command of `pnpm start` (the one before the build) with the given environment. */
function runPreflight(env: Record<string, string>) {
  const first = startScript.split('&&')[0]!.trim();
  const [command, ...args] = first.split(/\s+/);
  expect(command).toBe('node');
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      args,
      { cwd: root, env: { ...process.env, ...env }, timeout: 30_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

let occupied: Server | undefined;
afterEach(async () => {
  await new Promise<void>((done) => (occupied ? occupied.close(() => done()) : done()));
  occupied = undefined;
});

describe('pnpm start on a busy port', () => {
  it('checks the port before it builds', () => {
    expect(startScript).toMatch(/^node scripts\/start-preflight\.mjs && pnpm build && /);
  });

  it('says which port is busy and how to choose another, without a stack trace', async () => {
    occupied = createServer();
    await new Promise<void>((done) => occupied!.listen(0, '127.0.0.1', done));
    const { port } = occupied.address() as AddressInfo;
    const { code, stdout, stderr } = await runPreflight({ PORT: String(port), HOST: '127.0.0.1' });
    expect(code).not.toBe(0);
    expect(stderr).toContain(`Port ${port} on 127.0.0.1 is already in use`);
    expect(stderr).toMatch(/PORT=\d+ pnpm start/);
    expect(stderr + stdout).not.toMatch(/EADDRINUSE|\n\s+at /);
  });

  it('lets a free port through', async () => {
    const probe = createServer();
    await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((done) => probe.close(() => done()));
    const { code, stderr } = await runPreflight({ PORT: String(port), HOST: '127.0.0.1' });
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('refuses a PORT that is not a number, with an example', async () => {
    const { code, stderr } = await runPreflight({ PORT: 'vierzig' });
    expect(code).not.toBe(0);
    expect(stderr).toContain('PORT=vierzig is not a port number');
    expect(stderr).toContain('PORT=4001 pnpm start');
  });
});
