import type { Distribution, Language } from '@saxon-ai/sdk';
import type { Preview } from '@saxon-ai/sdk/preview';
import type { PreviewFailure } from './failure.js';

/** What the page asks the preview worker. */
export interface PreviewRequest {
  distribution: Distribution;
  language: Language;
  maxBytes: number;
  maxRows: number;
}

/** What the worker answers, once. */
export type PreviewReply =
  { preview: Preview; failure?: undefined } | { failure: PreviewFailure; preview?: undefined };
