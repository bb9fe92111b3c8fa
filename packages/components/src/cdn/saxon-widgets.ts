// dist/cdn/saxon-widgets.js — the one script tag a webmaster needs: registers every element (Lit and
// the SDK bundled in) and offers the package's API to module scripts (`registerLocale`, …).
//   <script type="module" src="…/cdn/saxon-widgets.js"></script>
// scripts/build-cdn.mjs bundles every file in this folder; a widget adds `saxon-<widget>.ts` beside
// this one, and its `define.ts` to ../define.ts, which this bundle registers.
import '../define.js';

export * from '../index.js';
