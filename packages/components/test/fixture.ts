// Helpers for the browser tests of the elements (vitest browser mode, Chromium).
import { vi } from 'vitest';

/** Appends `element` to `parent` (default `document.body`) and waits for its first render. */
export async function mount<T extends HTMLElement>(
  element: T,
  parent: ParentNode = document.body,
): Promise<T> {
  parent.append(element);
  await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return element;
}

/** Every text in `root`, through nested open shadow roots, with blanks collapsed. */
export function deepText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The first element matching `selector` in `root` or any open shadow root below it. */
export function deepQuery<T extends Element = HTMLElement>(
  root: ParentNode,
  selector: string,
): T | null {
  const direct = root.querySelector<T>(selector);
  if (direct) return direct;
  for (const element of root.querySelectorAll('*')) {
    const found = element.shadowRoot && deepQuery<T>(element.shadowRoot, selector);
    if (found) return found;
  }
  return null;
}

/** Waits until `check` stops throwing (3 s at most). */
export const until = <T>(check: () => T, timeout = 3000) =>
  vi.waitFor(check, { timeout, interval: 20 });

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
