// Turns Stryker's JSON reports (reports/mutation/<area>.json, written by `pnpm mutate`) into the
// tables of MUTATION.md: score per area and per file, and every surviving mutant with its line.
// Only the part between the markers is rewritten; the analysis around it is written by hand.
import * as prettier from 'prettier';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { areas } from '../mutation/areas.mjs';

const START = '<!-- mutation-report:start -->';
const END = '<!-- mutation-report:end -->';

const UNDETECTED = new Set(['Survived', 'NoCoverage']);

function count(mutants) {
  const c = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, invalid: 0 };
  for (const { status } of mutants) {
    if (status === 'Killed') c.killed++;
    else if (status === 'Timeout') c.timeout++;
    else if (status === 'Survived') c.survived++;
    else if (status === 'NoCoverage') c.noCoverage++;
    else c.invalid++; // CompileError, RuntimeError, Ignored: not part of the score
  }
  const valid = c.killed + c.timeout + c.survived + c.noCoverage;
  c.score = valid === 0 ? undefined : ((c.killed + c.timeout) / valid) * 100;
  return c;
}

const percent = (score) => (score === undefined ? 'n/a' : `${score.toFixed(1)} %`);
const row = (name, c) =>
  `| ${name} | ${percent(c.score)} | ${c.killed} | ${c.timeout} | ${c.survived} | ${c.noCoverage} | ${c.invalid} |`;
const HEAD = [
  '| | score | killed | timeout | survived | no coverage | not counted (compile errors, ignored) |',
  '| --- | --- | --- | --- | --- | --- | --- |',
];

const target = 'MUTATION.md';
const text = existsSync(target)
  ? readFileSync(target, 'utf8')
  : `# Mutation testing\n\n${START}\n${END}\n`;
const start = text.indexOf(START);
const end = text.indexOf(END);
if (start < 0 || end < 0) throw new Error(`${target} lacks the report markers`);

/**
 * The measured section of an area already in MUTATION.md: reports stay on the machine that ran
 * them, so an area measured elsewhere keeps its figures until it is measured again.
 */
function earlierSection(name) {
  const block = text.slice(start, end);
  const at = block.indexOf(`### ${name} (`);
  if (at < 0) return undefined;
  const next = block.indexOf('\n### ', at + 1);
  const section = block.slice(at, next < 0 ? undefined : next).trimEnd();
  return section.includes(', measured ') ? section : undefined;
}

const out = [START, ''];
const ignoredNote = new Map();
for (const [name, area] of Object.entries(areas)) {
  const file = `reports/mutation/${name}.json`;
  const earlier = existsSync(file) ? undefined : earlierSection(name);
  if (earlier) {
    out.push(earlier, '');
    continue;
  }
  if (!existsSync(file)) {
    out.push(
      `### ${name} (goal ≥ ${area.goal} %)`,
      '',
      'Not measured: no report from `pnpm mutate`.',
      '',
    );
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const date = statSync(file).mtime.toISOString().slice(0, 16).replace('T', ' ');
  const files = Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b));
  const all = count(files.flatMap(([, f]) => f.mutants));
  out.push(`### ${name} (goal ≥ ${area.goal} %), measured ${date} UTC`, '');
  out.push(`Mutated: ${area.mutate.map((m) => `\`${m}\``).join(', ')}.`, '');
  out.push(...HEAD, row('**all**', all));
  const ignored = files.flatMap(([, f]) => f.mutants).filter((m) => m.status === 'Ignored').length;
  if (ignored) ignoredNote.set(name, ignored);
  for (const [path, f] of files) out.push(row(`\`${path}\``, count(f.mutants)));
  const undetected = files.flatMap(([path, f]) =>
    f.mutants
      .filter((m) => UNDETECTED.has(m.status))
      .map(
        (m) =>
          `- \`${path}:${m.location.start.line}\` ${m.mutatorName} (${m.status}): \`${(m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80)}\``,
      ),
  );
  if (ignoredNote.has(name)) {
    out.push(
      '',
      `Left out (\`ignoreStatic\`, counted under "not counted"): ${ignoredNote.get(name)} static mutants.`,
    );
  }
  out.push(
    '',
    undetected.length ? `Undetected mutants (${undetected.length}):` : 'No undetected mutants.',
    '',
  );
  if (undetected.length) out.push(...undetected, '');
}
out.push(END);
const markdown = text.slice(0, start) + out.join('\n') + text.slice(end + END.length);
// Formatted as `pnpm lint` expects (its prettier check covers MUTATION.md).
const options = (await prettier.resolveConfig(target)) ?? {};
writeFileSync(target, await prettier.format(markdown, { ...options, filepath: target }));
console.log(`${target} updated`);
