import { afterEach, describe, expect, it } from 'vitest';
import { defineSharedElements } from './define-shared.js';

defineSharedElements();

describe('<saxon-skeleton>', () => {
  afterEach(() => document.body.replaceChildren());

  it('renders the requested number of bars and hides itself from assistive technology', async () => {
    const element = document.createElement('saxon-skeleton');
    element.lines = 4;
    document.body.append(element);
    await element.updateComplete;
    expect(element.shadowRoot?.querySelectorAll('[part="bar"]')).toHaveLength(4);
    expect(element.getAttribute('aria-hidden')).toBe('true');
    const bar = element.shadowRoot!.querySelector('.bar')!;
    expect(getComputedStyle(bar).height).not.toBe('0px');
  });

  it('falls back to three bars for a nonsensical count', async () => {
    const element = document.createElement('saxon-skeleton');
    element.setAttribute('lines', '-5');
    document.body.append(element);
    await element.updateComplete;
    expect(element.shadowRoot?.querySelectorAll('[part="bar"]')).toHaveLength(3);
  });
});
