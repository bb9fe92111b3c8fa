import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createDirectoryClient } from '@saxon-ai/sdk';
import { expect, userEvent, waitFor } from 'storybook/test';
import {
  RATE_LIMITED_SUBMISSIONS_DIRECTORY_URL,
  DEMO_DIRECTORY_URL,
  OFFLINE_SUBMISSIONS_DIRECTORY_URL,
  SLOW_SUBMISSIONS_DIRECTORY_URL,
  FAILING_SUBMISSIONS_DIRECTORY_URL,
} from '../../../../.storybook/demo-origins.js';
import './define.js';
import type { Draft } from './draft.js';
import { draftKey } from './draft-storage.js';

type Args = { 'api-url': string; kind: 'actor' | 'event'; 'entry-id': string };
type Story = StoryObj<Args>;

const form = (canvas: HTMLElement) => canvas.querySelector('saxon-entry-form')!;
const shadow = (canvas: HTMLElement) => form(canvas).shadowRoot!;
const part = (canvas: HTMLElement, name: string) =>
  shadow(canvas).querySelector<HTMLElement>(`[part~="${name}"]`);

/** A proposal that passes the browser's checks: what a visitor has typed before sending. */
const READY_ACTOR: Draft = {
  name: 'KI-Werkstatt Chemnitz',
  category: 'company',
  offers: ['software', 'services'],
  description: 'Wir bauen Bildverarbeitung für den Mittelstand.',
  'address.street': 'Straße der Nationen 62',
  'address.postalCode': '09111',
  'address.city': 'Chemnitz',
  'address.ags': '14511000',
  'location.lat': '50.8322',
  'location.lon': '12.9252',
  'location.precision': 'city',
  topics: ['computer-vision'],
  website: 'https://ki-werkstatt.example',
  '_submitter.name': 'Erika Muster',
  '_submitter.email': 'erika@example.org',
  _consent: true,
};

/** The same actor as the contract's `ActorInput`, for the status story's submission. */
const READY_ACTOR_INPUT = {
  name: 'KI-Werkstatt Chemnitz',
  category: 'company',
  address: { postalCode: '09111', city: 'Chemnitz', ags: '14511000' },
  location: { lat: 50.8322, lon: 12.9252, precision: 'city' },
};

/** Puts a draft into this page's session, as if the visitor had typed it before a reload. */
const seed = (kind: 'actor' | 'event', draft: Draft | undefined) => {
  const key = draftKey(kind, undefined, location.pathname);
  if (draft) sessionStorage.setItem(key, JSON.stringify(draft));
  else sessionStorage.removeItem(key);
};

const render = (draft?: Draft) => (args: Args) => {
  seed(args.kind, draft);
  history.replaceState(null, '', location.href.replace(/#.*$/, ''));
  return html`<saxon-entry-form
    kind=${args.kind}
    api-url=${args['api-url']}
    entry-id=${args['entry-id']}
    privacy-url="https://www.musterstadt.example/datenschutz"
  ></saxon-entry-form>`;
};

/** Sends with the keyboard: focus on the send button, Enter. */
const send = async (canvas: HTMLElement) => {
  await waitFor(() => expect(part(canvas, 'submit-button')).not.toBeNull());
  part(canvas, 'submit-button')!.focus();
  await userEvent.keyboard('{Enter}');
};

const meta: Meta<Args> = {
  title: 'Widgets/Eintragsformular',
  component: 'saxon-entry-form',
  args: { 'api-url': DEMO_DIRECTORY_URL, kind: 'actor', 'entry-id': '' },
  argTypes: { kind: { control: 'inline-radio', options: ['actor', 'event'] } },
  render: render(),
};
export default meta;

/** An empty form for a new AI actor. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(part(canvasElement, 'form')).not.toBeNull());
  },
};

/** An empty form for a new event. */
export const Event: Story = { args: { kind: 'event' }, play: Empty.play };

/** Sent empty: the summary at the top names every problem and links to its field. */
export const Errors: Story = {
  play: async ({ canvasElement }) => {
    await send(canvasElement);
    await waitFor(() =>
      expect(shadow(canvasElement).activeElement).toBe(part(canvasElement, 'error-summary')),
    );
    await expect(
      part(canvasElement, 'error-summary')!.querySelectorAll('a').length,
    ).toBeGreaterThan(3);
  },
};

/** On its way (a directory that takes its time): the live region says so, the button waits. */
export const Sending: Story = {
  args: { 'api-url': SLOW_SUBMISSIONS_DIRECTORY_URL },
  render: render(READY_ACTOR),
  play: async ({ canvasElement }) => {
    await send(canvasElement);
    await waitFor(() => expect(part(canvasElement, 'sending')).not.toBeNull());
  },
};

/** No connection when sending: the notice says so, everything typed stays, "Erneut senden". */
export const Offline: Story = {
  args: { 'api-url': OFFLINE_SUBMISSIONS_DIRECTORY_URL },
  render: render(READY_ACTOR),
  play: async ({ canvasElement }) => {
    await send(canvasElement);
    await waitFor(() => expect(part(canvasElement, 'send-error')).not.toBeNull(), {
      timeout: 10_000,
    });
    await expect(part(canvasElement, 'send-error')!.textContent).toContain('nicht erreichbar');
  },
};

/** Too many submissions (HTTP 429): when to try again, the input kept. */
export const TooManyRequests: Story = {
  args: { 'api-url': RATE_LIMITED_SUBMISSIONS_DIRECTORY_URL },
  render: render(READY_ACTOR),
  play: async ({ canvasElement }) => {
    await send(canvasElement);
    await waitFor(() => expect(part(canvasElement, 'send-error')).not.toBeNull(), {
      timeout: 10_000,
    });
  },
};

/** A server error (HTTP 500) when sending: the notice, the input kept, "Erneut senden". */
export const ServerError: Story = {
  args: { 'api-url': FAILING_SUBMISSIONS_DIRECTORY_URL },
  render: render(READY_ACTOR),
  play: TooManyRequests.play,
};

/** Sent: the thanks and the private status link. */
export const Sent: Story = {
  render: render(READY_ACTOR),
  play: async ({ canvasElement }) => {
    await send(canvasElement);
    await waitFor(() => expect(part(canvasElement, 'confirmation')).not.toBeNull(), {
      timeout: 10_000,
    });
    await expect(part(canvasElement, 'status-link')!.getAttribute('href')).toContain(
      '#eintrag-status=',
    );
  },
};

/** The status view a private link opens (`#eintrag-status=<token>`): pending, with withdraw. */
export const Status: Story = {
  play: async ({ canvasElement }) => {
    const receipt = await createDirectoryClient({ baseUrl: DEMO_DIRECTORY_URL }).submissions.create(
      {
        kind: 'actor',
        action: 'create',
        data: { ...(READY_ACTOR_INPUT as object) } as never,
        submitter: { name: 'Erika Muster', email: 'erika@example.org' },
        consent: true,
      },
    );
    const token = receipt.statusUrl.split('/').pop()!;
    location.hash = `eintrag-status=${token}`;
    await waitFor(() => expect(part(canvasElement, 'status-state')).not.toBeNull(), {
      timeout: 10_000,
    });
    await expect(part(canvasElement, 'withdraw-button')).not.toBeNull();
  },
};

/** A change to a published actor, prefilled from the live entry. */
export const ChangeProposal: Story = {
  args: { 'entry-id': 'tu-chemnitz' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(part(canvasElement, 'form')).not.toBeNull(), { timeout: 5000 });
  },
};

/** English texts of the element. */
export const English: Story = { globals: { locale: 'en' }, play: Errors.play };

/** The dark defaults of the theme tokens, with the error summary showing. */
export const Dark: Story = { globals: { theme: 'dark' }, play: Errors.play };
