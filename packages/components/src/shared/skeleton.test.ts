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

  it('draws placeholder items the size of a list while it loads', async () => {
    const element = document.createElement('saxon-skeleton');
    element.items = 5;
    element.lines = 4;
    document.body.append(element);
    await element.updateComplete;
    const items = element.shadowRoot!.querySelectorAll('[part="item"]');
    expect(items).toHaveLength(5);
    for (const item of items) expect(item.querySelectorAll('[part="bar"]')).toHaveLength(4);
    const single = document.createElement('saxon-skeleton');
    single.lines = 4;
    document.body.append(single);
    await single.updateComplete;
    expect(element.getBoundingClientRect().height).toBeGreaterThan(
      4 * single.getBoundingClientRect().height,
    );
  });

  it('draws at most twelve items, already taller than the screen', async () => {
    const element = document.createElement('saxon-skeleton');
    element.items = 200;
    element.lines = 6;
    document.body.append(element);
    await element.updateComplete;
    expect(element.shadowRoot!.querySelectorAll('[part="item"]')).toHaveLength(12);
    expect(element.getBoundingClientRect().height).toBeGreaterThan(
      Math.max(window.innerHeight, 1200),
    );
  });

  it('falls back to three bars for a nonsensical count', async () => {
    const element = document.createElement('saxon-skeleton');
    element.setAttribute('lines', '-5');
    document.body.append(element);
    await element.updateComplete;
    expect(element.shadowRoot?.querySelectorAll('[part="bar"]')).toHaveLength(3);
  });
});
