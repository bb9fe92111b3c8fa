import type { DirectoryEvent } from '@saxon-ai/sdk';
import { markdownPlainText } from '../shared/markdown-plain-text.js';

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
