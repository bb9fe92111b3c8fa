import { LitElement, type CSSResultGroup } from 'lit';
import { Localizer } from './i18n/localizer.js';
import { themeStyles } from './theme.js';

// Outside the class, so the manifest analyzer does not list a generic event: each element documents
// its own events with @fires.
const pageEvent = <T>(type: string, detail: T) =>
  new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable: true });

/**
 * The base of every Saxon element: theme tokens and focus styles, the language of the page
 * (`this.i18n`), and events that reach the page from inside shadow DOM.
 *
 * No-JS fallback: what a page writes inside the element (say, a link to the full directory) shows
 * until the element upgrades, and for good when its script fails to load. Once upgraded, the
 * element renders into its shadow root with no default `<slot>`, so those children are no longer
 * displayed nor read out (test/no-js-fallback.browser.test.ts). Keep it so: a widget that needs
 * light-DOM content takes it through a named slot.
 *
 * @cssprop [--saxon-color-text=light-dark(#1b1f24, #e6e8eb)] - Body text.
 * @cssprop [--saxon-color-text-muted=color-mix(in srgb, var(--saxon-color-text) 72%, var(--saxon-color-surface))] - Secondary text: counts, dates, hints.
 * @cssprop [--saxon-color-surface=light-dark(#ffffff, #15181c)] - Background of the element (`transparent` lets the page show through).
 * @cssprop [--saxon-color-surface-raised=color-mix(in srgb, var(--saxon-color-surface) 94%, var(--saxon-color-text))] - Background of panels and list rows.
 * @cssprop [--saxon-color-border=color-mix(in srgb, var(--saxon-color-text) 58%, var(--saxon-color-surface))] - Borders of panels, inputs and buttons.
 * @cssprop [--saxon-color-accent=light-dark(#0b5cad, #8cc4ff)] - Links, buttons, the current page.
 * @cssprop [--saxon-color-on-accent=light-dark(#ffffff, #0d1b2a)] - Text on an accent background.
 * @cssprop [--saxon-color-danger=light-dark(#b3261e, #ffb4ab)] - Error messages and their border.
 * @cssprop [--saxon-color-focus=var(--saxon-color-accent)] - Keyboard focus outline.
 * @cssprop [--saxon-skeleton-color=color-mix(in srgb, var(--saxon-color-text) 12%, var(--saxon-color-surface))] - Placeholder bars while loading.
 * @cssprop [--saxon-font-family=inherit] - Typeface; by default the page's.
 * @cssprop [--saxon-radius=0.375rem] - Corner radius of panels and buttons.
 * @cssprop [--saxon-space=1rem] - Base spacing unit; gaps and paddings are fractions or multiples of it.
 */
export class SaxonElement extends LitElement {
  static override styles: CSSResultGroup = themeStyles;

  /** Texts, numbers and dates in the language that applies to this element. */
  protected readonly i18n = new Localizer(this);

  /**
   * Holds a render while the texts of the element's language are fetched (English loads on
   * demand), so that an English page never shows German first; `updateComplete` waits with it.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const texts = this.i18n.loading;
    return texts ? texts.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /**
   * Dispatches a `CustomEvent` that bubbles out of shadow DOM to the page (`composed`) and can be
   * cancelled. Returns `false` when a listener called `preventDefault()`.
   */
  protected emit<T>(type: string, detail: T): boolean {
    return this.dispatchEvent(pageEvent(type, detail));
  }
}
