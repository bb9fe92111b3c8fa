import type { Meta, StoryObj } from '@storybook/web-components-vite';
import {
  NetworkError,
  NotFoundError,
  RateLimitError,
  ResponseParseError,
  ResponseValidationError,
  ServerError,
  TimeoutError,
} from '@saxon-ai/sdk';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { defineSharedElements } from './define-shared.js';

defineSharedElements();

const url = 'https://demo-api.saxon-ai.invalid/directory/v1/actors';
const errors = {
  network: new NetworkError('offline', { url }),
  timeout: new TimeoutError('slow', { url, timeout: 10_000 }),
  rateLimit: new RateLimitError('busy', { url, status: 429, retryAfter: 600 }),
  server: new ServerError('down', { url, status: 503 }),
  notFound: new NotFoundError('gone', { url, status: 404 }),
  invalid: new ResponseValidationError('odd', { url, issues: [] }),
  tooLarge: new ResponseParseError('big', { url }, 'response_too_large'),
  other: new Error('unknown'),
};

const meta: Meta = {
  title: 'Shared/States',
};
export default meta;

/** `<saxon-error-panel>` for each SDK error class; "Erneut versuchen" fires `saxon-retry`. */
export const ErrorPanel: StoryObj<{ error: keyof typeof errors; onRetry: () => void }> = {
  argTypes: { error: { control: 'select', options: Object.keys(errors) } },
  args: { error: 'rateLimit', onRetry: fn() },
  render: ({ error, onRetry }) =>
    html`<saxon-error-panel .error=${errors[error]} @saxon-retry=${onRetry}></saxon-error-panel>`,
  play: async ({ canvasElement, args }) => {
    const panel = canvasElement.querySelector('saxon-error-panel')!;
    await waitFor(() => expect(panel.shadowRoot!.querySelector('button')).not.toBeNull());
    await userEvent.click(panel.shadowRoot!.querySelector('button')!);
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

/** Every error message at once, for reviewing the wording. */
export const AllErrorMessages: StoryObj = {
  render: () =>
    html`${Object.values(errors).map(
      (error) =>
        html`<saxon-error-panel
          .error=${error}
          style=${styleMap({ marginBlockEnd: '1rem' })}
        ></saxon-error-panel>`,
    )}`,
};

/** `<saxon-empty-state>`, with its default text and with one of the page's own. */
export const EmptyState: StoryObj = {
  render: () =>
    html`<saxon-empty-state></saxon-empty-state>
      <br />
      <saxon-empty-state
        >Keine Veranstaltungen in diesem Monat. Versuchen Sie einen anderen
        Zeitraum.</saxon-empty-state
      >`,
};

/** `<saxon-pager>`: page 6 of 20; the current page is `aria-current="page"`. */
export const Pager: StoryObj<{ total: number; limit: number; offset: number }> = {
  args: { total: 400, limit: 20, offset: 100 },
  render: ({ total, limit, offset }) =>
    html`<saxon-pager total=${total} limit=${limit} offset=${offset}></saxon-pager>`,
  play: async ({ canvasElement }) => {
    const pager = canvasElement.querySelector('saxon-pager')!;
    await waitFor(() =>
      expect(pager.shadowRoot!.querySelector('[aria-current="page"]')).not.toBeNull(),
    );
    await userEvent.click(pager.shadowRoot!.querySelector('[part~="next-button"]')!);
    await expect(pager.offset).toBe(120);
  },
};
