// Demo-API wiring of stories that need a demo API of their own (not the one the Storybook preview
// answers with): test support, outside src/, so shipped code never reaches the demo API.
import { createDirectoryClient, type DirectoryClient } from '@saxon-ai/sdk';
import { createDemoApi } from '@saxon-ai/demo-api';

/**
 * A directory client of a demo API made for one story: the real actors plus `actors` synthetic
 * ones, answering in the page (no service worker, no network). Built when a story's loader asks for
 * it, so that stories which do not need thousands of actors do not pay for generating them.
 */
export function syntheticDirectoryClient(actors: number): DirectoryClient {
  const app = createDemoApi({ synthetic: { actors } });
  return createDirectoryClient({
    baseUrl: 'https://synthetic.demo-api.saxon-ai.invalid/directory/v1',
    fetch: (input, init) => Promise.resolve(app.fetch(new Request(input, init))),
  });
}
