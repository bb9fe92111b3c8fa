// A Web Worker that makes previews: the parsers must run without a DOM.
import { previewFromBytes, type PreviewInfo } from '../../src/preview/index.js';

self.onmessage = (event: MessageEvent<{ bytes: Uint8Array; info: PreviewInfo }>) => {
  try {
    self.postMessage({ preview: previewFromBytes(event.data.bytes, event.data.info) });
  } catch (error) {
    self.postMessage({
      error: (error as Error).name,
      problem: (error as { problem?: string }).problem,
    });
  }
};
