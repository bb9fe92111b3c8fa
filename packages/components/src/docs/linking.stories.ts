// Widgets working together on one page: not one widget's story, so it lives beside the guides
// (a widget's folder never imports another widget, see test/module-boundaries.test.ts).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { DEMO_DIRECTORY_URL } from '../../../../.storybook/demo-origins.js';
import '../actor-map/define.js';
import '../event-list/define.js';
import '../topic-list/define.js';

type Story = StoryObj<{ 'api-url': string }>;

const meta: Meta<{ 'api-url': string }> = {
  title: 'Widgets/Bausteine verbinden',
  args: { 'api-url': DEMO_DIRECTORY_URL },
};
export default meta;

const topicList = (canvas: HTMLElement) => canvas.querySelector('saxon-topic-list')!.shadowRoot!;

/** Waits until the topic list shows its topics, so that the accessibility check sees them. */
const listShown: Story['play'] = async ({ canvasElement }) => {
  await waitFor(
    () => expect(topicList(canvasElement).querySelectorAll('[part="item"]')).toHaveLength(17),
    { timeout: 5000 },
  );
};

const topicButton = (canvas: HTMLElement, label: string) =>
  [...topicList(canvas).querySelectorAll<HTMLButtonElement>('button[part~="topic-button"]')].find(
    (button) => button.querySelector('[part="label"]')!.textContent === label,
  )!;

/**
 * One page, one context: topics, map and events filter together. Choosing "Robotik" here narrows
 * the map and the events below to that topic.
 */
export const LinkedWithMapAndEvents: Story = {
  render: ({ 'api-url': apiUrl }) =>
    html`<saxon-topic-list api-url=${apiUrl} context="story-linked"></saxon-topic-list>
      <saxon-actor-map api-url=${apiUrl} context="story-linked" view="list"></saxon-actor-map>
      <saxon-event-list
        api-url=${apiUrl}
        context="story-linked"
        filters
        limit="5"
      ></saxon-event-list>`,
  play: async (context) => {
    await listShown(context);
    const robotics = topicButton(context.canvasElement, 'Robotik');
    if (robotics.getAttribute('aria-pressed') !== 'true') robotics.click();
    const map = context.canvasElement.querySelector('saxon-actor-map')!;
    await waitFor(
      () =>
        expect(
          [
            ...map.shadowRoot!.querySelector<HTMLSelectElement>('#filter-topic')!.selectedOptions,
          ].map((option) => option.value),
        ).toEqual(['robotics']),
      { timeout: 5000 },
    );
    const events = context.canvasElement.querySelector('saxon-event-list')!;
    await waitFor(() => expect(events.shadowRoot!.querySelector('[part="event"]')).not.toBeNull(), {
      timeout: 5000,
    });
  },
};
