import { css, html } from 'lit';

type Target = () => HTMLElement | null | undefined;

/**
 * Skip links: visually hidden until they have keyboard focus, then shown where they stand, over
 * what follows (absolutely positioned at their own place, so showing one shifts no layout).
 */
export const skipLinkStyles = css`
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
 * moves keyboard focus to `target()` inside the element (a fragment link cannot reach into shadow
 * DOM, and would add a history entry).
 */
export const skipLink = (label: string, target: Target, part = 'skip-link') =>
  html`<a
    class="skip-link"
    part=${part}
    href="#"
    @click=${(event: Event) => focusTarget(event, target)}
    >${label}</a
  >`;

/** The last thing in an element: where its "… überspringen" link goes, announced when reached. */
export const skipEnd = (label: string) =>
  html`<span class="skip-end" part="skip-end" tabindex="-1" data-skip-end>${label}</span>`;

/**
 * The link at the top of an element that skips it whole: focus goes to the element's end marker
 * ({@link skipEnd}), so that the next Tab reaches whatever follows the element on the page.
 */
export const skipWidgetLink = (label: string, root: ShadowRoot | null) =>
  skipLink(label, () => root?.querySelector<HTMLElement>('[data-skip-end]'), 'skip-widget');
