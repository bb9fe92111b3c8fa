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
  /** Id of its panel, and the distribution's name as the detail shows it. */
  id: string;
  name: string;
  /** `code-failed`: the preview's own code could not be loaded. */
  status: 'loading' | 'ready' | 'code-failed';
  outcome?: PreviewOutcome | undefined;
  /** Aborts the load under way; unset once it is over. */
  abort?: AbortController | undefined;
  /** Table rows rendered so far: they are added a few per frame, so none blocks the page long. */
  shownRows: number;
  /** Cancels the rendering of the next rows, when it is scheduled. */
  stopRows?: (() => void) | undefined;
  /** JSON tree: paths of the open nodes (`''` is the root). */
  openPaths: Set<string>;
}
