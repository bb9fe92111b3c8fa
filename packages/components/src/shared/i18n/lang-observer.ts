import { onLocalesChanged } from './locales.js';

/**
 * One MutationObserver for every element on the page that follows a `lang` attribute. It watches
 * `lang` anywhere in the document and in the shadow roots the elements sit in, and tells each
 * element to look again; an element stops being watched when it leaves the DOM, and the observer
 * goes away with the last one.
 */
const watched = new Map<Element, { roots: Node[]; listener: () => void }>();
let observer: MutationObserver | undefined;
let stopLocaleListener: (() => void) | undefined;

const notifyAll = () => {
  for (const { listener } of [...watched.values()]) listener();
};

/** The document or shadow root `element` is in, then the one its host is in, up to the document. */
function rootsOf(element: Element): Node[] {
  const roots: Node[] = [];
  let root = element.getRootNode();
  for (;;) {
    roots.push(root);
    if (!(root instanceof ShadowRoot)) break;
    root = root.host.getRootNode();
  }
  return roots;
}

function observeWatchedRoots(): void {
  if (!observer) observer = new MutationObserver(notifyAll);
  // Re-observing drops records not yet delivered; hand them out first.
  if (observer.takeRecords().length > 0) queueMicrotask(notifyAll);
  observer.disconnect();
  const roots = new Set([...watched.values()].flatMap((entry) => entry.roots));
  for (const root of roots) {
    observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

/** Calls `listener` whenever a `lang` attribute changes or a locale is registered, until `unwatchLang`. */
export function watchLang(element: Element, listener: () => void): void {
  watched.set(element, { roots: rootsOf(element), listener });
  stopLocaleListener ??= onLocalesChanged(notifyAll);
  observeWatchedRoots();
}

/** Stops telling `element` about language changes; the last one switches the observer off. */
export function unwatchLang(element: Element): void {
  if (!watched.delete(element)) return;
  if (watched.size > 0) return observeWatchedRoots();
  observer?.disconnect();
  observer = undefined;
  stopLocaleListener?.();
  stopLocaleListener = undefined;
}

/** How many elements are watched (for tests of the clean-up). */
export function watchedLangCount(): number {
  return watched.size;
}

/**
 * The language that applies to `element`: its own non-empty `lang`, else the nearest ancestor's —
 * across shadow roots, through their hosts — else `<html lang>`, else an empty string.
 */
export function resolveLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang')?.trim();
      if (lang) return lang;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return document.documentElement.lang.trim();
}
