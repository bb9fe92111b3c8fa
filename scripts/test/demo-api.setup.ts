import type { TestProject } from 'vitest/node';
import { startDemoServer } from '../../packages/demo-api/src/node.js';

/**
 * Global setup of the browser project: one demo API on 127.0.0.1 (with its test-only control
 * endpoint) for all browser tests. The page runs on vitest's own origin, so every request to it is
 * cross-origin and CORS is exercised for real.
 */
export default async function setup(project: TestProject) {
  const server = await startDemoServer({ port: 0, control: true });
  project.provide('demoApiUrl', server.url);
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    demoApiUrl: string;
  }
}
