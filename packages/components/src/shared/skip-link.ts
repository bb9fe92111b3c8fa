import { css, html, nothing } from 'lit';
import { ConfigurationError } from './configuration-error.js';

type Target = () => HTMLElement | null | undefined;

/**
 * Skip links: visually hidden until they have keyboard focus, then shown where they stand, over
 * what follows (absolutely positioned at their own place, so showing one shifts no layout).
 */
export const skipLinkStyles = css`
  .skip-link {
    border: 0;
    background: none;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .skip-link,
  .skip-end {
    position: absolute;
    z-index: 2;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .skip-link:focus,
  .skip-end:focus {
    width: auto;
    height: auto;
    margin: 0;
    padding: 0.5em 0.75em;
    overflow: visible;
    clip-path: none;
    border: 2px solid var(--_color-focus);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-accent);
    font-weight: bold;
    white-space: normal;
  }
`;

/**
 * Moves focus to `target()`: an element that is not focusable by itself becomes focusable by
 * script only (`tabindex="-1"`), so that the next Tab goes on from there.
 */
function focusTarget(event: Event, target: Target): void {
  event.preventDefault();
  const element = target();
  if (!element) return;
  if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) element.tabIndex = -1;
  element.focus();
}

/**
 * A skip link: "Zu den Ergebnissen", "Filter überspringen", "Karte überspringen". Activating it
 * moves keyboard focus to `target()` inside the element. It is a button: a fragment link cannot
 * reach into shadow DOM (and would add a history entry), and `href="#"` promises the page's top.
 */
export const skipLink = (label: string, target: Target, part = 'skip-link') =>
  html`<button
    type="button"
    class="skip-link"
    part=${part}
    @click=${(event: Event) => focusTarget(event, target)}
  >
    ${label}
  </button>`;

/** The last thing in an element: where its "… überspringen" link goes, announced when reached. */
export const skipEnd = (label: string) =>
  html`<span class="skip-end" part="skip-end" tabindex="-1" data-skip-end>${label}</span>`;

const isTabbable = (element: Element): element is HTMLElement =>
  element instanceof HTMLElement &&
  element.tabIndex >= 0 &&
  !element.matches(':disabled') &&
  !element.closest('[inert]') &&
  element.checkVisibility();

/**
 * The first element after `host` in the page's Tab order (document order, through open shadow
 * roots; positive `tabindex` aside), or `undefined` when nothing focusable follows it.
 */
export function nextTabbableAfter(host: Element): HTMLElement | undefined {
  let passed = false;
  const visit = (parent: ParentNode): HTMLElement | undefined => {
    for (const child of parent.children) {
      if (child === host) {
        passed = true;
        continue;
      }
      if (passed && isTabbable(child)) return child;
      const inside = (child.shadowRoot && visit(child.shadowRoot)) || visit(child);
      if (inside) return inside;
    }
    return undefined;
  };
  return visit(document);
}

/**
 * The link at the top of an element that skips it whole: focus goes to whatever follows the
 * element in the page's Tab order, or, at the end of the page, to the element's end marker
 * ({@link skipEnd}). (Focusing the end marker and letting Tab go on is not enough: Chromium then
 * starts over at the top of the shadow root.)
 */
export const skipWidgetLink = (label: string, host: HTMLElement, error?: unknown) =>
  // an element the page has not set up shows only the message what to set: nothing to skip
  error instanceof ConfigurationError
    ? nothing
    : skipLink(
        label,
        () =>
          nextTabbableAfter(host) ?? host.shadowRoot?.querySelector<HTMLElement>('[data-skip-end]'),
        'skip-widget',
      );
