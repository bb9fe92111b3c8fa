import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { forcedColorTokens } from '../packages/components/src/shared/theme-tokens.js';

/**
 * Applies the toolbar's choices to a frame around every story:
 * - `locale` sets the frame's `lang`, which the elements inherit like any ancestor's;
 * - `theme` sets `color-scheme: light | dark`, which the theme tokens follow (`light-dark()`);
 * - `forcedColors: simulated` sets every `--saxon-*` colour token to the system colour it takes
 *   under `forced-colors: active`. A script cannot switch the browser into forced colours, so this
 *   previews the palette only; rules written for real forced colours (outlines instead of
 *   backgrounds, `Highlight` on the current page) show only under Windows contrast themes or
 *   Chromium DevTools › Rendering › "Emulate CSS media feature forced-colors".
 */
export const withToolbarChoices: Decorator = (story, { globals }) => {
  const forced = globals['forcedColors'] === 'simulated';
  const frame = {
    colorScheme: globals['theme'] === 'dark' ? 'dark' : 'light',
    background: 'Canvas',
    color: 'CanvasText',
    // Stands in for a CMS page's typeface, which the elements inherit.
    fontFamily: 'system-ui, sans-serif',
    padding: '1rem',
    ...(forced ? forcedColorTokens() : {}),
  };
  return html`<div class="saxon-story" lang=${globals['locale'] ?? 'de'} style=${styleMap(frame)}>
    ${story()}
  </div>`;
};
