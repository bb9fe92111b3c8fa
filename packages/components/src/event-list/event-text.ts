import type { DirectoryEvent } from '@saxon-ai/sdk';
import { markdownPlainText } from '../shared/markdown-plain-text.js';
import { safeUrl } from '../shared/safe-url.js';

/**
 * An event's description as plain text, worked out once per event object: the list shows its start,
 * the JSON-LD carries it, and the Google and Outlook links repeat it — four parses of the same
 * Markdown per event otherwise. Keyed weakly by the event, so nothing outlives the list.
 */
const plainDescriptions = new WeakMap<DirectoryEvent, string>();

/** `event.description` without its Markdown. */
export function plainDescription(event: DirectoryEvent): string {
  let text = plainDescriptions.get(event);
  if (text === undefined)
    plainDescriptions.set(event, (text = markdownPlainText(event.description)));
  return text;
}

/**
 * `safeUrl(value)`, worked out once per address: the list, the calendar links and the JSON-LD each
 * check an event's web page (and the JSON-LD its other addresses again), and each check parses the
 * URL. The cache is dropped whole when it grows past a few pages of events.
 */
const safeUrls = new Map<unknown, string | undefined>();

export function eventUrl(value: unknown): string | undefined {
  if (!safeUrls.has(value)) {
    if (safeUrls.size > 4096) safeUrls.clear();
    safeUrls.set(value, safeUrl(value));
  }
  return safeUrls.get(value);
}
