import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { DEMO_DIRECTORY_URL } from '../../../../.storybook/demo-origins.js';
import './define.js';

// The composite fields of the entry form (location with the map open, topics, dates) in every
// colour scheme: each story is an axe test, so these states are checked in light, dark and the
// simulated forced-colours palette.
type Story = StoryObj<{ kind: 'actor' | 'event' }>;

const root = (canvas: HTMLElement) => canvas.querySelector('saxon-entry-form')!.shadowRoot!;

/** Types into an input as a visitor would (one input event for the whole text). */
function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

const topicsLoaded = async (canvas: HTMLElement) =>
  waitFor(
    () => expect(root(canvas).querySelectorAll('.topic-options input').length).toBeGreaterThan(5),
    {
      timeout: 8000,
    },
  );

/** A postal code that several Gemeinden share, a chosen topic and the map open. */
const locationShown: Story['play'] = async ({ canvasElement }) => {
  await topicsLoaded(canvasElement);
  const shadow = root(canvasElement);
  type(shadow.querySelector<HTMLInputElement>('#field-address-postalCode')!, '09306');
  shadow.querySelector<HTMLInputElement>('.topic-options input')!.click();
  shadow.querySelector<HTMLButtonElement>('[aria-controls="field-location-picker"]')!.click();
  await waitFor(() => expect(shadow.querySelector('.picker-surface')).not.toBeNull());
  await waitFor(() => expect(shadow.querySelector('#field-address-ags')).not.toBeNull());
};

/** An event on the night the clocks go forward, several days long, hybrid. */
const datesShown: Story['play'] = async ({ canvasElement }) => {
  await topicsLoaded(canvasElement);
  const shadow = root(canvasElement);
  type(shadow.querySelector<HTMLInputElement>('#field-start')!, '2026-03-29');
  type(shadow.querySelector<HTMLInputElement>('#field-startTime')!, '02:30');
  shadow.querySelector<HTMLInputElement>('#field-multiDay')!.click();
  shadow.querySelector<HTMLInputElement>('input[name="attendanceMode"][value="mixed"]')!.click();
  await waitFor(() => expect(shadow.querySelector('.dst-note')).not.toBeNull());
  await waitFor(() => expect(shadow.querySelector('#field-onlineUrl')).not.toBeNull());
};

const meta: Meta<{ kind: 'actor' | 'event' }> = {
  title: 'Widgets/Eintrag beisteuern/Felder',
  component: 'saxon-entry-form',
  args: { kind: 'actor' },
  render: ({ kind }) =>
    html`<saxon-entry-form kind=${kind} api-url=${DEMO_DIRECTORY_URL}></saxon-entry-form>`,
  beforeEach: () => sessionStorage.clear(),
};
export default meta;

/** Postal code → Gemeinde (a choice when several share it), the Kreis map to pick a point, topics. */
export const Location: Story = { play: locationShown };
export const LocationDark: Story = { globals: { theme: 'dark' }, play: locationShown };
export const LocationForcedColours: Story = {
  globals: { forcedColors: 'simulated' },
  play: locationShown,
};
export const LocationEnglish: Story = { globals: { locale: 'en' }, play: locationShown };

/** Start and end in Europe/Berlin, the note on the skipped hour, hybrid attendance. */
export const Dates: Story = { args: { kind: 'event' }, play: datesShown };
export const DatesDark: Story = {
  args: { kind: 'event' },
  globals: { theme: 'dark' },
  play: datesShown,
};
export const DatesForcedColours: Story = {
  args: { kind: 'event' },
  globals: { forcedColors: 'simulated' },
  play: datesShown,
};
