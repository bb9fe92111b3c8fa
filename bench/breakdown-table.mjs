// One bundle's breakdown as Markdown lines: its origins in a sentence after `title`, its largest
// modules in a table — the same form for the SDK rows and the script-tag files.
const kB = (bytes) => (bytes / 1000).toFixed(1);

export function breakdownLines(title, { total, groups, modules }, top) {
  const share = (bytes) => `${((bytes / total) * 100).toFixed(0)} %`;
  const origins = Object.entries(groups)
    .sort((a, b) => b[1] - a[1])
    .map(([group, bytes]) => `${group} ${kB(bytes)} kB (${share(bytes)})`)
    .join(', ');
  return [
    '',
    `${title}: ${origins}.`,
    '',
    '| module | minified kB | share |',
    '| --- | ---: | ---: |',
    ...modules
      .slice(0, top)
      .map(({ module, bytes }) => `| ${module} | ${kB(bytes)} | ${share(bytes)} |`),
  ];
}
