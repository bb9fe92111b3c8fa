// Which delimiter a delimited text file uses, judged from its first lines: the candidate that
// splits the lines into the same number of fields (more than one) most consistently wins.

export const DELIMITERS = [',', ';', '\t', '|'] as const;

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Fields per line of `sample` for `delimiter`, quotes respected; the unfinished last line is left out. */
function fieldCounts(sample: string, delimiter: string, complete: boolean): number[] {
  const delimiterCode = delimiter.charCodeAt(0);
  const counts: number[] = [];
  let fields = 1;
  let quoted = false;
  let lineHasText = false;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (quoted) {
      if (code === QUOTE) quoted = false; // a doubled quote reopens at once: same count
    } else if (code === QUOTE) {
      quoted = true;
      lineHasText = true;
    } else if (code === delimiterCode) {
      fields++;
      lineHasText = true;
    } else if (code === LF || code === CR) {
      if (lineHasText) counts.push(fields);
      fields = 1;
      lineHasText = false;
    } else {
      lineHasText = true;
    }
  }
  if (complete && lineHasText && !quoted) counts.push(fields);
  return counts;
}

/**
 * The delimiter of a CSV/TSV file from its first text. `preferTab` (the distribution says TSV)
 * wins a tie. A file of one column gets `,` (or a tab when `preferTab`).
 */
export function detectDelimiter(sample: string, complete: boolean, preferTab = false): string {
  let best = preferTab ? '\t' : ',';
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const counts = fieldCounts(sample, delimiter, complete).slice(0, 50);
    if (!counts.length) continue;
    const header = counts[0]!;
    if (header < 2) continue;
    const agreeing = counts.filter((count) => count === header).length;
    // Consistency first, then the number of fields; a tab hint breaks the remaining ties.
    const score =
      (agreeing / counts.length) * 1000 +
      Math.min(header, 999) +
      (preferTab && delimiter === '\t' ? 0.5 : 0);
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}
