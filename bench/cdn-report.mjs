// The script-tag parts of BENCHMARKS.md: where each bundle's bytes come from (issue 27 asks for
// the top contributors per bundle), its lazily loaded files, and, with `--baseline-cdn`, the sizes
// of another build beside this one.
import { breakdownLines } from './breakdown-table.mjs';

const kB = (bytes) => (bytes / 1000).toFixed(1);
const TOP_MODULES = 15;

/** Per bundle: its origins, its largest modules and its lazy files, minified bytes. */
export function cdnBreakdownSection(rows) {
  const measured = rows.filter((row) => row.cdnBreakdown);
  if (!measured.length) return undefined;
  const lines = [
    '### Where the script-tag bytes come from',
    '',
    "esbuild's metafile of each `dist/cdn/` entry file (the script-tag build's first pass, fully",
    'minified): minified bytes per module, which add up to the entry file but for the few bytes',
    'that join its parts; gzip does not split by module. `components/…` is our widget code by',
    'folder, `SDK` the SDK (bundled from its sources). The lazy files load only when a visitor gets',
    "there (a preview, the Kreis map, an actor's card) or, for the portal adapters, the one the",
    "page's portal needs.",
  ];
  for (const row of measured) {
    const { total, lazy } = row.cdnBreakdown;
    lines.push(
      ...breakdownLines(
        `**${row.label}** — ${kB(row.gzip)} kB gzip, ${kB(total)} kB minified`,
        row.cdnBreakdown,
        TOP_MODULES,
      ),
    );
    if (lazy.length)
      lines.push(
        '',
        `Lazy files: ${lazy.map(({ file, bytes }) => `${file.replace(/-\w+\.js$/, '')} ${kB(bytes)} kB`).join(', ')} (minified).`,
      );
  }
  return lines.join('\n');
}

/** The script-tag rows beside a baseline build's (`--baseline-cdn`), gzip. */
export function cdnBaselineSection(rows) {
  const compared = rows.filter((row) => row.baseline);
  if (!compared.length) return undefined;
  return [
    '### Script-tag files beside the baseline build',
    '',
    '| file | baseline gzip kB | this build gzip kB | change kB |',
    '| --- | ---: | ---: | ---: |',
    ...compared.map(({ label, baseline, gzip }) => {
      const change = (gzip - baseline.gzip) / 1000;
      return `| ${label} | ${kB(baseline.gzip)} | ${kB(gzip)} | ${change > 0 ? '+' : ''}${change.toFixed(1)} |`;
    }),
  ].join('\n');
}
