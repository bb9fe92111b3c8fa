import { describeWrappers } from './wrappers.suite.js';

// Runs in the `browser-react-18` project of vitest.config.ts, which resolves `react` and
// `react-dom` to the npm aliases `react-18` and `react-dom-18` (packages/react's devDependencies).
describeWrappers(18);
