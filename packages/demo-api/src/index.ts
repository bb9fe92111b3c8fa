export { createDemoApi } from './app.js';
export type { DemoApiOptions } from './app.js';
