import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { defineSharedElements } from './define-shared.js';

defineSharedElements();

const meta: Meta = {
  title: 'Shared/Skeleton',
  component: 'saxon-skeleton',
  args: { lines: 3 },
  render: (args) => html`<saxon-skeleton lines=${args.lines}></saxon-skeleton>`,
};
export default meta;

export const Default: StoryObj = {};
export const OneLine: StoryObj = { args: { lines: 1 } };
