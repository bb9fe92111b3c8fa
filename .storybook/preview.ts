import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { configure } from 'storybook/test';
import { startDemoApi } from './demo-api.js';
import { withToolbarChoices } from './decorators.js';

// Controls and docs tables come from the custom-elements manifest that `pnpm build` generates from
// the elements' JSDoc. A glob, so that Storybook still starts (with inferred controls) before a build.
const manifests = import.meta.glob<object>('../packages/components/custom-elements.json', {
  eager: true,
  import: 'default',
});
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifest);
else
  console.warn('custom-elements.json is missing: run `pnpm build` for controls from the manifest.');

// A play function waits for a state that follows a request (some through a lazily loaded chunk that
// Vite may still be transforming for the first story of a file). Testing Library's default of one
// second made such waits fail on a busy CI machine (the "Actor Card" story passed only on retry);
// a wait still ends as soon as its state is there.
configure({ asyncUtilTimeout: 10_000 });

const preview: Preview = {
  // The demo API answers in the browser before any story renders (Storybook and vitest alike).
  beforeAll: async () => {
    await startDemoApi();
  },
  decorators: [withToolbarChoices],
  globalTypes: {
    locale: {
      description: 'Sprache der Elemente / language of the elements',
      toolbar: {
        title: 'Sprache',
        icon: 'globe',
        items: [
          { value: 'de', title: 'Deutsch' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Farbschema der Seite / colour scheme of the page',
      toolbar: {
        title: 'Farbschema',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Hell / light' },
          { value: 'dark', title: 'Dunkel / dark' },
        ],
        dynamicTitle: true,
      },
    },
    forcedColors: {
      description: 'Erzwungene Farben (simuliert) / forced colours (simulated palette)',
      toolbar: {
        title: 'Erzwungene Farben',
        icon: 'contrast',
        items: [
          { value: 'off', title: 'Aus / off' },
          { value: 'simulated', title: 'Simuliert / simulated' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'de', theme: 'light', forcedColors: 'off' },
  parameters: {
    controls: { expanded: true },
    // Every story is an accessibility test: an axe violation fails it (in Storybook and in `pnpm test`).
    a11y: { test: 'error' },
  },
};
export default preview;
