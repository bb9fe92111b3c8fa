// The public surface of @saxon-ai/sdk: every area's entry point, re-exported whole. Each name is
// listed once, in its area's `index.ts`; subpath entries (`@saxon-ai/sdk/directory`) carry the same
// names for bundles that want only one client. Both areas re-export the HTTP layer's names and the
// one `Facet` type, which resolve to the same declarations, so the two `export *` never clash.
export * from './open-data/index.js';
export * from './directory/index.js';
