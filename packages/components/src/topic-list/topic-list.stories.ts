import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { expect, waitFor } from 'storybook/test';
import {
  BUSY_DIRECTORY_URL,
  DEMO_DIRECTORY_URL,
  EMPTY_DIRECTORY_URL,
  HOSTILE_DIRECTORY_URL,
} from '../../../../.storybook/demo-origins.js';
import './define.js';
import type { SaxonTopicList } from './topic-list.js';

type Story = StoryObj<{ 'api-url': string }>;

const shadow = (canvas: HTMLElement) => canvas.querySelector('saxon-topic-list')!.shadowRoot!;

/** Waits until the list is rendered, so that the accessibility check sees the real content. */
const listShown: Story['play'] = async ({ canvasElement }) => {
  await waitFor(
    () => expect(shadow(canvasElement).querySelectorAll('[part="item"]')).toHaveLength(17),
    {
      timeout: 5000,
    },
  );
};

const meta: Meta<{ 'api-url': string }> = {
  title: 'Widgets/Themenliste',
  component: 'saxon-topic-list',
  args: { 'api-url': DEMO_DIRECTORY_URL },
  render: ({ 'api-url': apiUrl }) => html`<saxon-topic-list api-url=${apiUrl}></saxon-topic-list>`,
};
export default meta;

/** The topics of the demo directory, in the toolbar's language. */
export const Default: Story = { play: listShown };

/** English labels from the API and English texts of the element. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async (context) => {
    await listShown(context);
    await expect(shadow(context.canvasElement).textContent).toContain('Machine learning');
  },
};

/** The dark defaults of the theme tokens, on a page that declares `color-scheme: dark`. */
export const Dark: Story = { globals: { theme: 'dark' }, play: listShown };

/** A page's own look: a few `--saxon-*` tokens and a `::part()` rule are all it takes. */
export const ThemedByThePage: Story = {
  render: ({ 'api-url': apiUrl }) =>
    html`<saxon-topic-list
      api-url=${apiUrl}
      style=${styleMap({
        '--saxon-color-accent': '#006b3d',
        '--saxon-color-surface-raised': '#eef7f1',
        '--saxon-color-border': '#3d7a58',
        '--saxon-radius': '0',
        '--saxon-font-family': 'Georgia, serif',
      })}
    ></saxon-topic-list>`,
  play: listShown,
};

/** The directory refuses (HTTP 429, `Retry-After: 600`): the error panel with its retry button. */
export const ServerBusy: Story = {
  args: { 'api-url': BUSY_DIRECTORY_URL },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(shadow(canvasElement).querySelector('[part="error"]')).not.toBeNull(),
    );
  },
};

/** The directory has no topics: the empty state. */
export const Empty: Story = {
  args: { 'api-url': EMPTY_DIRECTORY_URL },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(shadow(canvasElement).querySelector('[part="empty"]')).not.toBeNull(),
    );
  },
};

/** Still loading (a directory that never answers): placeholder bars and a busy area. */
export const Loading: Story = {
  render: () => {
    const silentDirectory = { topics: { list: () => new Promise<never>(() => {}) } };
    return html`<saxon-topic-list
      .client=${silentDirectory as unknown as SaxonTopicList['client']}
    ></saxon-topic-list>`;
  },
};

/** Hostile portal text — injections, bidi tricks, 2,500-character words — stays inert text. */
export const HostileData: Story = {
  args: { 'api-url': HOSTILE_DIRECTORY_URL },
  play: async (context) => {
    await listShown(context);
    await expect((window as { __saxonPwned?: unknown }).__saxonPwned).toBeUndefined();
  },
};

const topicButton = (canvas: HTMLElement, label: string) =>
  [...shadow(canvas).querySelectorAll<HTMLButtonElement>('button[part~="topic-button"]')].find(
    (button) => button.querySelector('[part="label"]')!.textContent === label,
  )!;

/**
 * In a `context`: each topic is a toggle button; two are chosen here, with "Alle Themen zeigen"
 * to clear the choice. (Each story has its own context name, so stories do not share a choice.)
 */
export const InAContext: Story = {
  render: ({ 'api-url': apiUrl }) =>
    html`<saxon-topic-list api-url=${apiUrl} context="story-in-a-context"></saxon-topic-list>`,
  play: async (context) => {
    await listShown(context);
    for (const label of ['Robotik', 'Maschinelles Lernen']) {
      const button = topicButton(context.canvasElement, label);
      if (button.getAttribute('aria-pressed') !== 'true') button.click();
    }
    await waitFor(() =>
      expect(shadow(context.canvasElement).querySelector('[part="clear-button"]')).not.toBeNull(),
    );
  },
};

/** The same, dark. */
export const InAContextDark: Story = {
  ...InAContext,
  globals: { theme: 'dark' },
  render: ({ 'api-url': apiUrl }) =>
    html`<saxon-topic-list api-url=${apiUrl} context="story-in-a-context-dark"></saxon-topic-list>`,
};

/** With `href-template`: each topic links to the page's own topic page (`/themen/{id}`). */
export const AsLinks: Story = {
  render: ({ 'api-url': apiUrl }) =>
    html`<saxon-topic-list api-url=${apiUrl} href-template="/themen/{id}"></saxon-topic-list>`,
  play: async (context) => {
    await listShown(context);
    await expect(
      shadow(context.canvasElement).querySelectorAll('a[part="topic-link"]'),
    ).toHaveLength(17);
  },
};

/** Hostile topic labels and ids as buttons and as links: inert text, ids encoded in the links. */
export const HostileDataLinked: Story = {
  args: { 'api-url': HOSTILE_DIRECTORY_URL },
  render: ({ 'api-url': apiUrl }) =>
    html`<saxon-topic-list api-url=${apiUrl} context="story-hostile"></saxon-topic-list>
      <saxon-topic-list api-url=${apiUrl} href-template="/themen/{id}"></saxon-topic-list>`,
  play: async (context) => {
    await listShown(context);
    shadow(context.canvasElement)
      .querySelector<HTMLButtonElement>('button[part~="topic-button"]')!
      .click();
    await expect((window as { __saxonPwned?: unknown }).__saxonPwned).toBeUndefined();
  },
};
