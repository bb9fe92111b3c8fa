import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';
import { mswWorkerPlugin } from './msw-worker-plugin.js';

const config: StorybookConfig = {
  stories: ['../packages/components/src/**/*.mdx', '../packages/components/src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // MSW's worker script for the in-browser demo API (dev server, static build and vitest alike).
  viteFinal: (vite) => mergeConfig(vite, { plugins: [mswWorkerPlugin()] }),
};
export default config;
