/**
 * Runs `work` after the next frame is painted: a task queued from a frame callback. For work that
 * nobody sees and that would otherwise hold up the frame showing what the visitor waits for. A page
 * in a background tab paints no frames: the work waits until it is shown.
 */
export function afterNextPaint(work: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(work, 0));
  else setTimeout(work, 0);
}
