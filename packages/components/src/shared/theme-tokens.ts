/** One design token: a `--saxon-*` custom property the page may set, and what it is otherwise. */
export interface ThemeToken {
  /** The custom property a page sets, e.g. `--saxon-color-accent`. */
  name: `--saxon-${string}`;
  /**
   * Default in a light colour scheme (or in both, for sizes, fonts and derived colours). For a
   * derived token, its formula in terms of the public tokens.
   */
  light: string;
  /** Default in a dark colour scheme; absent when it is the same as `light`. */
  dark?: string;
  /** System colour under `forced-colors: active` (Windows contrast themes); absent for sizes. */
  forced?: string;
  /**
   * The default as CSS over other tokens' private properties (`--_color-text`, …). A token derived
   * from the base colours follows whatever the page sets for them — light, dark or `light-dark()` —
   * so a page that sets only text, surface and accent still gets one coherent scheme, never light
   * base colours with dark secondary ones.
   */
  derived?: string;
  /** What it colours or sizes. */
  description: string;
}

/**
 * Every theme token of every element. The elements read them through `theme.ts`; the package README
 * and the custom-elements manifest list them, and a test keeps all three in step. Colours meet WCAG
 * 2.1 AA against their surfaces in both schemes.
 */
export const THEME_TOKENS: readonly ThemeToken[] = [
  {
    name: '--saxon-color-text',
    light: '#1b1f24',
    dark: '#e6e8eb',
    forced: 'CanvasText',
    description: 'Body text',
  },
  {
    name: '--saxon-color-text-muted',
    light: 'color-mix(in srgb, var(--saxon-color-text) 72%, var(--saxon-color-surface))',
    derived: 'color-mix(in srgb, var(--_color-text) 72%, var(--_color-surface))',
    forced: 'CanvasText',
    description: 'Secondary text: counts, dates, hints',
  },
  {
    name: '--saxon-color-surface',
    light: '#ffffff',
    dark: '#15181c',
    forced: 'Canvas',
    description: 'Background of the element (`transparent` lets the page show through)',
  },
  {
    name: '--saxon-color-surface-raised',
    light: 'color-mix(in srgb, var(--saxon-color-surface) 94%, var(--saxon-color-text))',
    derived: 'color-mix(in srgb, var(--_color-surface) 94%, var(--_color-text))',
    forced: 'Canvas',
    description: 'Background of panels and list rows',
  },
  {
    name: '--saxon-color-border',
    light: 'color-mix(in srgb, var(--saxon-color-text) 58%, var(--saxon-color-surface))',
    derived: 'color-mix(in srgb, var(--_color-text) 58%, var(--_color-surface))',
    forced: 'CanvasText',
    description: 'Borders of panels, inputs and buttons',
  },
  {
    name: '--saxon-color-accent',
    light: '#0b5cad',
    dark: '#8cc4ff',
    forced: 'LinkText',
    description: 'Links, buttons, the current page',
  },
  {
    name: '--saxon-color-on-accent',
    light: '#ffffff',
    dark: '#0d1b2a',
    forced: 'Canvas',
    description: 'Text on an accent background',
  },
  {
    name: '--saxon-color-danger',
    light: '#b3261e',
    dark: '#ffb4ab',
    forced: 'CanvasText',
    description: 'Error messages and their border',
  },
  {
    name: '--saxon-color-focus',
    light: 'var(--saxon-color-accent)',
    derived: 'var(--_color-accent)',
    forced: 'Highlight',
    description: 'Keyboard focus outline',
  },
  {
    name: '--saxon-skeleton-color',
    light: 'color-mix(in srgb, var(--saxon-color-text) 12%, var(--saxon-color-surface))',
    derived: 'color-mix(in srgb, var(--_color-text) 12%, var(--_color-surface))',
    forced: 'GrayText',
    description: 'Placeholder bars while loading',
  },
  {
    name: '--saxon-font-family',
    light: 'inherit',
    description: "Typeface; by default the page's",
  },
  {
    name: '--saxon-radius',
    light: '0.375rem',
    description: 'Corner radius of panels and buttons',
  },
  {
    name: '--saxon-space',
    light: '1rem',
    description: 'Base spacing unit; gaps and paddings are fractions or multiples of it',
  },
];

/** The private property an element's styles read for a token: `--saxon-color-text` → `--_color-text`. */
export function privateName(token: ThemeToken): string {
  return token.name.replace('--saxon-', '--_');
}

/**
 * The token values `forced-colors: active` switches to, as public properties. Storybook's
 * "forced colours" toolbar sets these on the story to preview the palette, since a script cannot
 * switch a browser into forced colours.
 */
export function forcedColorTokens(): Record<string, string> {
  return Object.fromEntries(
    THEME_TOKENS.filter((token) => token.forced).map((token) => [token.name, token.forced!]),
  );
}
