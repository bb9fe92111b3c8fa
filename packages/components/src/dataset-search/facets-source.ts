import type * as Facets from './facets.view.js';

/** The facets' module: the groups, the chips, the time and region shells, their styles and texts. */
export type FacetsModule = typeof Facets;

/**
 * Where the facets come from: their own chunk. An object, so that a test can make the load fail or
 * wait.
 */
export const facetsSource = {
  load: (): Promise<FacetsModule> => import('./facets.view.js'),
};
