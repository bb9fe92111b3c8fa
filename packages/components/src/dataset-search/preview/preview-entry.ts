import type { Preview } from '@saxon-ai/sdk/preview';
import type { PreviewFailure } from './failure.js';
import type { GeoMap } from './geo-map.js';

/** What a preview came to: its content (with the map's code for GeoJSON), or why it failed. */
export type PreviewOutcome =
  | { preview: Preview; geo?: GeoMap; failure?: undefined }
  | { failure: PreviewFailure; preview?: undefined; geo?: undefined };

/** The state of one distribution's preview while its dataset is open. */
export interface PreviewEntry {
  open: boolean;
  /** `code-failed`: the preview's own code could not be loaded. */
  status: 'loading' | 'ready' | 'code-failed';
  outcome?: PreviewOutcome | undefined;
  /** Aborts the load under way; unset once it is over. */
  abort?: AbortController | undefined;
  /** JSON tree: paths of the open nodes (`''` is the root). */
  openPaths: Set<string>;
}
