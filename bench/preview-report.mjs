// The dataset preview's section of BENCHMARKS.md (bench/preview.mjs measures it).
import { GOALS } from './goals.mjs';
import { fmt } from './stats.mjs';

const work = (task) =>
  task ? task.work.map((part) => `${part.name} ${fmt(part.ms, 1)}`).join(', ') : '–';

/** The figure with its goal, the traced run's longest tasks, and how it was measured. */
export function previewSection(preview) {
  const { longestTask, traced } = preview;
  const ok = longestTask.max <= GOALS.previewLongestTask;
  const lines = [
    '## Dataset preview of a 50 MB CSV',
    '',
    ...preview.notes.map((note) => `- ${note}`),
    '',
    '| figure | median (min–max) | goal |',
    '| --- | --- | --- |',
    `| longest main-thread task during a 50 MB CSV preview | ${fmt(longestTask.median, 0)} (${fmt(longestTask.min, 0)}–${fmt(longestTask.max, 0)}) ms | ≤ ${GOALS.previewLongestTask} ms in every run ${ok ? '✓' : '✗ over'} |`,
    `| long tasks (> 50 ms) per preview | ${preview.longTasks.median} (${preview.longTasks.min}–${preview.longTasks.max}) | |`,
    `| animation frames drawn during the preview | ${fmt(preview.frames.median, 0)} (${fmt(preview.frames.min, 0)}–${fmt(preview.frames.max, 0)}) | |`,
    `| preview window: click to 100 rows painted | ${fmt(preview.window.median, 0)} (${fmt(preview.window.min, 0)}–${fmt(preview.window.max, 0)}) ms | |`,
    '',
    `Traced run (the tracer slows the page): ${traced.tasks} main-thread tasks, ${fmt(traced.cpuTotal, 0)} ms of main-thread CPU in all.`,
    '',
    '| longest tasks | wall ms | CPU ms | what the main thread did (CPU ms) |',
    '| --- | ---: | ---: | --- |',
    ...traced.longestWall.map(
      (task) => `| by wall time | ${fmt(task.wall, 1)} | ${fmt(task.cpu, 1)} | ${work(task)} |`,
    ),
    ...traced.longestCpu.map(
      (task) => `| by CPU time | ${fmt(task.wall, 1)} | ${fmt(task.cpu, 1)} | ${work(task)} |`,
    ),
  ];
  return lines.join('\n');
}
