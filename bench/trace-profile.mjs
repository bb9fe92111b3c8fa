// Where a widget's time goes: a Chromium performance trace (CDP `Tracing`, with V8's sampling CPU
// profiler in it) of a window of a page's life, summed per kind of main-thread work (script, style,
// layout, paint, garbage collection) and, for script, per source module — the minified script-tag
// bundles are mapped back to their sources through their source maps.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8',
  'disabled-by-default-v8.cpu_profiler',
];

/** Main-thread trace events, by the kind of work they are (nested script events are not summed). */
const RENDERING = {
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  MinorGC: 'gc',
  MajorGC: 'gc',
  'V8.GC_SCAVENGER': 'gc',
  'V8.GC_MARK_COMPACTOR': 'gc',
  ParseHTML: 'parse HTML',
};

/** Starts a trace of `page`; `stop()` resolves with the trace events. */
export async function startTrace(page) {
  const session = await page.context().newCDPSession(page);
  const events = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  await session.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES, excludedCategories: ['*'] },
  });
  return {
    async stop() {
      const done = new Promise((resolve) => session.once('Tracing.tracingComplete', resolve));
      await session.send('Tracing.end');
      await done;
      await session.detach();
      return events;
    },
  };
}

// ---- source maps (VLQ mappings, decoded lazily per bundle) ----

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((char, i) => [char, i]));

/** Per generated line: sorted [column, source index] pairs. */
function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const values = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = DIGIT.get(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0];
      // the remaining fields (original line, column, name) are not needed for a module breakdown
      if (values.length > 1) {
        source += values[1];
        segments.push([column, source]);
      }
    }
    lines.push(segments);
  }
  return lines;
}

/** A module name for a source path: the package under node_modules, else the path under src/. */
export function moduleName(path) {
  const packaged = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(
    path,
  );
  if (packaged) return packaged[1];
  // the bundles' own sources: `../../src/…` (components) and `../../../sdk/src/…`
  const clean = path.replace(/^(\.\.\/)+/, '').replace(/^packages\//, '');
  return clean.startsWith('src/') ? `components/${clean}` : clean;
}

/** Maps `url:line:column` of a bundle served from `/cdn/` to its source module. */
export function bundleResolver(cdnDir) {
  const maps = new Map();
  const load = (file) => {
    if (!maps.has(file)) {
      try {
        const map = JSON.parse(readFileSync(join(cdnDir, `${file}.map`), 'utf8'));
        maps.set(file, { sources: map.sources, lines: decodeMappings(map.mappings) });
      } catch {
        maps.set(file, undefined);
      }
    }
    return maps.get(file);
  };
  return (url, line, column) => {
    const file = /\/cdn(?:-baseline)?\/([^?#]+\.js)/.exec(url)?.[1];
    const map = file && load(file);
    if (!map) return undefined;
    const segments = map.lines[line] ?? [];
    let found;
    for (const [start, source] of segments) {
      if (start > column) break;
      found = source;
    }
    return found === undefined ? undefined : moduleName(map.sources[found]);
  };
}

// ---- summing a window of the trace ----

const ms = (us) => us / 1000;

/**
 * Sums the renderer main thread's work between `from` and `to` (performance.now() ms of the page
 * that called `performance.mark(syncMark)`): rendering work by kind, and sampled script time by
 * module (self time: a function's own samples, not its callees').
 */
export function summarizeTrace(events, { from, to, syncMark, resolve }) {
  const mark = events.find((e) => e.name === syncMark && e.cat.includes('user_timing'));
  if (!mark) throw new Error(`no ${syncMark} mark in the trace`);
  const markTime = Number(mark.args?.data?.startTime ?? NaN);
  // trace clock (µs) = page clock (ms) × 1000 + offset
  const offset = mark.ts - (Number.isFinite(markTime) ? markTime : to) * 1000;
  const start = from * 1000 + offset;
  const end = to * 1000 + offset;
  const main = events.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === mark.pid,
  );
  const onMain = (e) => e.pid === mark.pid && (!main || e.tid === main.tid);
  const overlap = (ts, dur) => Math.max(0, Math.min(ts + dur, end) - Math.max(ts, start));

  const kinds = {};
  for (const e of events) {
    const kind = RENDERING[e.name];
    if (!kind || e.ph !== 'X' || !onMain(e)) continue;
    kinds[kind] = (kinds[kind] ?? 0) + ms(overlap(e.ts, e.dur ?? 0));
  }

  // the CPU profile: nodes and samples arrive in chunks; samples carry time deltas
  const nodes = new Map();
  const samples = [];
  for (const e of events) {
    if (e.name === 'Profile' && onMain(e)) samples.clock = e.args.data.startTime;
    if (e.name !== 'ProfileChunk' || e.pid !== mark.pid) continue;
    const data = e.args.data;
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const ids = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    ids.forEach((id, i) => samples.push([id, deltas[i] ?? 0]));
  }
  const script = {};
  let clock = samples.clock ?? 0;
  let previous;
  for (const [id, delta] of samples) {
    clock += delta;
    if (previous && clock > start && previous.at < end) {
      const node = nodes.get(previous.id);
      const frame = node?.callFrame ?? {};
      const name =
        resolve(frame.url ?? '', frame.lineNumber ?? 0, frame.columnNumber ?? 0) ??
        (frame.url ? frame.url.replace(/^.*\//, '') : frame.functionName || '(unknown)');
      if (name !== '(idle)')
        script[name] = (script[name] ?? 0) + ms(overlap(previous.at, clock - previous.at));
    }
    previous = { id, at: clock };
  }
  const sorted = (record) =>
    Object.entries(record)
      .map(([name, time]) => ({ name, ms: time }))
      .sort((a, b) => b.ms - a.ms);
  return { window: to - from, kinds: sorted(kinds), script: sorted(script) };
}
