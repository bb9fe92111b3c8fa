import { css, unsafeCSS } from 'lit';
import { THEME_TOKEN_VALUES, privateName, type ThemeTokenValues } from './theme-tokens.js';

// Built from our own constant table, never from page or portal data.
const declarations = (value: (token: ThemeTokenValues) => string | undefined) =>
  unsafeCSS(
    THEME_TOKEN_VALUES.map((token) => {
      const declared = value(token);
      return declared === undefined ? '' : `${privateName(token)}: ${declared};`;
    }).join('\n'),
  );

/**
 * The theme every element starts from. Each `--saxon-*` token is read once into a private
 * `--_*` property, with a default for light and one for dark (`light-dark()`): the element follows
 * the page's `color-scheme`, so a page that declares `color-scheme: light dark` (or the matching
 * `<meta>`) gets dark elements for visitors who prefer dark, and a page that declares nothing stays
 * light. The secondary colours (muted text, raised surface, border, focus, placeholders) are
 * derived from text, surface and accent, so they follow whatever the page sets for those. Under
 * `forced-colors: active` the tokens become system colours.
 */
export const themeStyles = css`
  :host {
    ${declarations((token) =>
      token.derived
        ? `var(${token.name}, ${token.derived})`
        : token.dark
          ? `var(${token.name}, light-dark(${token.light}, ${token.dark}))`
          : `var(${token.name}, ${token.light})`,
    )}
    display: block;
    box-sizing: border-box;
    color: var(--_color-text);
    background: var(--_color-surface);
    font: inherit;
    font-family: var(--_font-family);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
  }
  .button {
    min-height: 2.75em;
    padding: 0.5em 1em;
    border: 1px solid var(--_color-accent);
    border-radius: var(--_radius);
    background: var(--_color-accent);
    color: var(--_color-on-accent);
    cursor: pointer;
  }
  .button:hover {
    text-decoration: underline;
  }
  @media (forced-colors: active) {
    :host {
      ${declarations((token) => token.forced)}
    }
    /* An accent-filled button would keep its system-colour fill (LinkText) and text (Canvas), and
       Chromium paints a Canvas backplate right behind the text: Canvas on Canvas, invisible. In a
       contrast theme a button is a button: the theme's own button colours. */
    .button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;

/**
 * The look every form control shares — text fields, selects and outlined buttons: at least
 * 2.75em tall (a touch target), a 1px border, the theme's radius, on the surface, in the text
 * colour and the element's font. Interpolate it into a rule and add what differs after it:
 * `select { ${formControl} padding: 0.25em 0.5em; }`.
 */
export const formControl = css`
  min-height: 2.75em;
  border: 1px solid var(--_color-border);
  border-radius: var(--_radius);
  background: var(--_color-surface);
  color: var(--_color-text);
  font: inherit;
`;
