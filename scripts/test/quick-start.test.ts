import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const ciRun = readFileSync(new URL('../../.ci/run', import.meta.url), 'utf8');

function quickStartCommands(): string[] {
  const section = readme.split('## Quick start')[1]?.split('\n## ')[0] ?? '';
  return [...section.matchAll(/```sh\n(.+?)\n```/gs)].map((match) => match[1]!.trim());
}

describe('README quick start', () => {
  it('has exactly two commands: one for the demo, one for the tests', () => {
    const commands = quickStartCommands();
    expect(commands).toHaveLength(2);
    expect(commands[0]).toMatch(/pnpm start$/);
    expect(commands[1]).toMatch(/pnpm test$/);
  });

  it('is what CI runs, verbatim', () => {
    const testCommand = quickStartCommands()[1]!;
    const ciLines = ciRun.split('\n').map((line) => line.trim());
    expect(ciLines).toContain(testCommand);
  });
});
