import type { Preview } from '@storybook/web-components-vite';

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    // Every story is an accessibility test: an axe violation fails it (in Storybook and in `pnpm test`).
    a11y: { test: 'error' },
  },
};
export default preview;
