// Loads a preview off the main thread where the page allows it: in a Web Worker, and when no worker
// can start (a Content-Security-Policy without `worker-src`/`script-src` for it, Trusted Types
// enforced, a bundler that left the worker file behind) in the page, where the SDK reads and
// parses the file chunk by chunk and yields between the chunks.
import type { Distribution, Language } from '@saxon-ai/sdk';
import {
  loadPreview,
  previewKind,
  previewUrl,
  readPreviewBytes,
  tableFromBytesInSlices,
  type Preview,
} from '@saxon-ai/sdk/preview';
import { failureOf } from './failure.js';
import { workerScriptUrl } from './worker-policy.js';
import type { PreviewReply, PreviewRequest } from './worker-protocol.js';

/** The most a preview reads of a file. */
export const PREVIEW_MAX_BYTES = 2_000_000;
/** The most rows a table preview shows. */
export const PREVIEW_MAX_ROWS = 100;

/**
 * User Timing marks of where a preview was read and parsed: in the Web Worker, or in the page
 * (no worker allowed). For the page's own diagnostics and for the tests.
 */
export const READ_IN_WORKER = 'saxon-preview-read-in-worker';
export const READ_IN_PAGE = 'saxon-preview-read-in-page';

export interface LoadOptions {
  signal: AbortSignal;
  language: Language;
}

const WORKER_OPTIONS: WorkerOptions = { type: 'module', name: 'saxon-dataset-preview' };

/**
 * The worker as bundlers recognise it (`new Worker(new URL('./…', import.meta.url))`: they bundle
 * the worker's file and rewrite the URL), or `undefined` when the page refuses it.
 */
function bundledWorker(): Worker | undefined {
  try {
    // the options stay a literal: bundlers (Vite) read them to build the worker
    return new Worker(new URL('./preview-worker.js', import.meta.url), {
      type: 'module',
      name: 'saxon-dataset-preview',
    });
  } catch {
    return undefined; // the page's CSP or Trusted Types refused it
  }
}

/**
 * The worker started through the `saxon-preview-worker` Trusted Types policy, which a page that
 * enforces Trusted Types requires — or `undefined` when the page does not allow the policy.
 */
function trustedWorker(): Worker | undefined {
  try {
    const url = workerScriptUrl(new URL('./preview-worker.js', import.meta.url).href);
    return url === undefined ? undefined : new Worker(url, WORKER_OPTIONS);
  } catch {
    return undefined; // the page's CSP refused it
  }
}

/**
 * The ways to start the worker, in order. Where the browser has Trusted Types the policy comes
 * first: the script-tag build's worker file is complete as it is, and a page that enforces Trusted
 * Types refuses the other way with a violation report. A bundled app whose bundler rewrote only
 * the plain form (its copy of the file next to the chunk cannot run) gets that form second, when
 * the first started but could not load its file.
 */
const workerStarts = () =>
  typeof Worker === 'undefined'
    ? []
    : 'trustedTypes' in globalThis
      ? [trustedWorker, bundledWorker]
      : [bundledWorker];

/** The worker's answer, or `undefined` when it failed to start (its script could not run). */
function askWorker(
  worker: Worker,
  request: PreviewRequest,
  signal: AbortSignal,
): Promise<PreviewReply | undefined> {
  return new Promise((resolve) => {
    const finish = (reply: PreviewReply | undefined) => {
      worker.terminate();
      signal.removeEventListener('abort', abort);
      resolve(reply);
    };
    const abort = () => finish({ failure: { kind: 'other', retryable: true } });
    signal.addEventListener('abort', abort, { once: true });
    worker.addEventListener('message', (event: MessageEvent<PreviewReply>) => finish(event.data));
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      finish(undefined);
    });
    worker.addEventListener('messageerror', () => finish(undefined));
    try {
      worker.postMessage(request);
    } catch {
      finish(undefined); // data the worker cannot be sent: read it in the page
    }
  });
}

/** The distribution's preview, or why there is none. Never throws. */
export async function loadPreviewOffMainThread(
  distribution: Distribution,
  { signal, language }: LoadOptions,
): Promise<PreviewReply> {
  const request: PreviewRequest = {
    distribution,
    language,
    maxBytes: PREVIEW_MAX_BYTES,
    maxRows: PREVIEW_MAX_ROWS,
  };
  for (const start of workerStarts()) {
    const worker = start();
    if (!worker) break; // refused: the page refuses the other form as well
    const reply = await askWorker(worker, request, signal);
    if (reply) {
      performance.mark(READ_IN_WORKER);
      return reply;
    }
  }
  try {
    const preview = await loadInPage(distribution, { signal, language });
    performance.mark(READ_IN_PAGE);
    return { preview };
  } catch (error) {
    return { failure: failureOf(error) };
  }
}

/**
 * The preview read and parsed in the page. A table is parsed in slices with a pause between them,
 * so the page stays responsive however fast the bytes arrive; JSON and GeoJSON are capped small
 * enough to parse at once.
 */
async function loadInPage(
  distribution: Distribution,
  { signal, language }: LoadOptions,
): Promise<Preview> {
  const url = previewUrl(distribution);
  if (!url || previewKind(distribution) !== 'table') {
    return loadPreview(distribution, { signal, language, maxBytes: PREVIEW_MAX_BYTES });
  }
  const read = await readPreviewBytes(url, { signal, language, maxBytes: PREVIEW_MAX_BYTES });
  const mediaType = read.contentType ?? distribution.mediaType;
  const byteSize = distribution.byteSize ?? read.contentLength;
  return tableFromBytesInSlices(
    read.bytes,
    {
      ...(distribution.format ? { format: distribution.format } : {}),
      ...(mediaType ? { mediaType } : {}),
      ...(byteSize === undefined ? {} : { byteSize }),
      complete: read.complete,
      maxRows: PREVIEW_MAX_ROWS,
    },
    { signal },
  );
}
