import { afterEach } from 'vitest';

interface Closable {
  close(): Promise<void>;
}

/**
 * Closes what a test started once it ends, newest first, ignoring close errors so one failed
 * shutdown does not hide the test's own result. Returns the function that hands things over; it
 * gives back what it was given.
 */
export function closeAfterEach(): <T extends Closable>(item: T) => T {
  const running: Closable[] = [];
  afterEach(async () => {
    while (running.length)
      await running
        .pop()!
        .close()
        .catch(() => {});
  });
  return (item) => {
    running.push(item);
    return item;
  };
}
