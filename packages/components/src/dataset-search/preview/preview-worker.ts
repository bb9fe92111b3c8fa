// The preview's Web Worker: reads the file (capped) and parses it away from the page's main thread,
// so that a large CSV never blocks scrolling and typing. One worker per preview; the page ends it
// when the preview is no longer wanted.
import { loadPreview } from '@saxon-ai/sdk/preview';
import { failureOf } from './failure.js';
import type { PreviewReply, PreviewRequest } from './worker-protocol.js';

const reply = (message: PreviewReply) =>
  (globalThis as unknown as { postMessage(message: unknown): void }).postMessage(message);

globalThis.addEventListener('message', (event: Event) => {
  const { distribution, language, maxBytes, maxRows } = (event as MessageEvent<PreviewRequest>)
    .data;
  loadPreview(distribution, { language, maxBytes, maxRows }).then(
    (preview) => reply({ preview }),
    (error: unknown) => reply({ failure: failureOf(error) }),
  );
});
