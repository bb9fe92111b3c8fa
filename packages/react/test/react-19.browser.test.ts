import { describeWrappers } from './wrappers.suite.js';

// The browser project resolves `react` and `react-dom` to the package's React 19 devDependencies.
describeWrappers(19);
