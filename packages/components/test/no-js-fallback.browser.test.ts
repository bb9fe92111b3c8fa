// The no-JS fallback: what a page puts inside a widget's element (a link to the full directory, say)
// shows while the widget's script has not run — before it is defined, and for good when the script
// fails to load — and is no longer shown once the widget has upgraded: the widgets render into
// shadow DOM without a default <slot>, so their light-DOM children stay out of layout and out of
// the accessibility tree. This file loads the widgets itself, after the "before" state is checked.
import { inject } from 'vitest';
import { afterAll, describe, expect, it } from 'vitest';

const server = inject('demoApiUrl');
const WIDGETS: Record<string, Record<string, string>> = {
  'saxon-dataset-search': { 'api-type': 'ckan', 'api-url': `${server}/ckan` },
  'saxon-actor-map': { 'api-url': `${server}/directory/v1` },
  'saxon-event-list': { 'api-url': `${server}/directory/v1` },
  'saxon-topic-list': { 'api-url': `${server}/directory/v1` },
  'saxon-entry-form': { 'api-url': `${server}/directory/v1` },
};

/** Each widget on the page with a fallback link inside, as the webmaster guide shows it. */
const placed = Object.entries(WIDGETS).map(([tag, attributes]) => {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const link = document.createElement('a');
  link.href = 'https://example.org/verzeichnis';
  link.textContent = `Zum vollständigen Verzeichnis (${tag})`;
  element.append(link);
  document.body.append(element);
  return { tag, element, link };
});

afterAll(() => {
  for (const { element } of placed) element.remove();
});

/** Shown: laid out with a size, visible by CSS, in the accessibility tree's reach. */
const shown = (link: HTMLElement) => link.checkVisibility() && link.getClientRects().length > 0;

describe('no-JS fallback: the element’s light-DOM children', () => {
  it('show before the widgets are defined, and stay when their script fails to load', async () => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '/no-such-folder/saxon-widgets.js';
    const failed = new Promise((resolve) => script.addEventListener('error', resolve));
    document.head.append(script);
    await failed;
    for (const { tag, element, link } of placed) {
      expect(customElements.get(tag), tag).toBeUndefined();
      expect(element.matches(':defined'), tag).toBe(false);
      expect(shown(link), tag).toBe(true);
    }
    script.remove();
  });

  it('are not shown once each widget has upgraded and rendered', async () => {
    await import('../src/define.js');
    for (const { tag, element, link } of placed) {
      await customElements.whenDefined(tag);
      await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(element.shadowRoot, tag).not.toBeNull();
      expect(element.shadowRoot!.childElementCount, tag).toBeGreaterThan(0);
      expect(shown(link), tag).toBe(false);
      // … still there, for scripts and crawlers, but not slotted anywhere in the widget
      expect(link.isConnected && link.assignedSlot, tag).toBeNull();
    }
  });
});
