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

/** A theme token without its description: what the elements' styles are built from. */
export type ThemeTokenValues = Omit<ThemeToken, 'description'>;

/**
 * Every theme token of every element, its values. The elements read them through `theme.ts`;
 * {@link THEME_TOKENS} adds what each token is for. Colours meet WCAG 2.1 AA against their
 * surfaces in both schemes.
 */
const VALUES = [
  {
    name: '--saxon-color-text',
    light: '#1b1f24',
    dark: '#e6e8eb',
    forced: 'CanvasText',
  },
  {
    name: '--saxon-color-text-muted',
    light: 'color-mix(in srgb, var(--saxon-color-text) 72%, var(--saxon-color-surface))',
    derived: 'color-mix(in srgb, var(--_color-text) 72%, var(--_color-surface))',
    forced: 'CanvasText',
  },
  {
    name: '--saxon-color-surface',
    light: '#ffffff',
    dark: '#15181c',
    forced: 'Canvas',
  },
  {
    name: '--saxon-color-surface-raised',
    light: 'color-mix(in srgb, var(--saxon-color-surface) 94%, var(--saxon-color-text))',
    derived: 'color-mix(in srgb, var(--_color-surface) 94%, var(--_color-text))',
    forced: 'Canvas',
  },
  {
    name: '--saxon-color-border',
    light: 'color-mix(in srgb, var(--saxon-color-text) 58%, var(--saxon-color-surface))',
    derived: 'color-mix(in srgb, var(--_color-text) 58%, var(--_color-surface))',
    forced: 'CanvasText',
  },
  {
    name: '--saxon-color-accent',
    light: '#0b5cad',
    dark: '#8cc4ff',
    forced: 'LinkText',
  },
  {
    name: '--saxon-color-on-accent',
    light: '#ffffff',
    dark: '#0d1b2a',
    forced: 'Canvas',
  },
  {
    name: '--saxon-color-danger',
    light: '#b3261e',
    dark: '#ffb4ab',
    forced: 'CanvasText',
  },
  {
    name: '--saxon-color-focus',
    light: 'var(--saxon-color-accent)',
    derived: 'var(--_color-accent)',
    forced: 'Highlight',
  },
  {
    name: '--saxon-skeleton-color',
    light: 'color-mix(in srgb, var(--saxon-color-text) 12%, var(--saxon-color-surface))',
    derived: 'color-mix(in srgb, var(--_color-text) 12%, var(--_color-surface))',
    forced: 'GrayText',
  },
  {
    name: '--saxon-font-family',
    light: 'inherit',
  },
  {
    name: '--saxon-radius',
    light: '0.375rem',
  },
  {
    name: '--saxon-space',
    light: '1rem',
  },
] as const satisfies readonly ThemeTokenValues[];

/** The tokens' values, for the styles (`theme.ts`). */
export const THEME_TOKEN_VALUES: readonly ThemeTokenValues[] = VALUES;

/** What each token colours or sizes, for the README, the manifest and Storybook. */
const DESCRIPTIONS: Record<(typeof VALUES)[number]['name'], string> = {
  '--saxon-color-text': 'Body text',
  '--saxon-color-text-muted': 'Secondary text: counts, dates, hints',
  '--saxon-color-surface': 'Background of the element (`transparent` lets the page show through)',
  '--saxon-color-surface-raised': 'Background of panels and list rows',
  '--saxon-color-border': 'Borders of panels, inputs and buttons',
  '--saxon-color-accent': 'Links, buttons, the current page',
  '--saxon-color-on-accent': 'Text on an accent background',
  '--saxon-color-danger': 'Error messages and their border',
  '--saxon-color-focus': 'Keyboard focus outline',
  '--saxon-skeleton-color': 'Placeholder bars while loading',
  '--saxon-font-family': "Typeface; by default the page's",
  '--saxon-radius': 'Corner radius of panels and buttons',
  '--saxon-space': 'Base spacing unit; gaps and paddings are fractions or multiples of it',
};

/**
 * Every theme token of every element with what it is for. The package README and the
 * custom-elements manifest list them, and a test keeps all three in step. Built only where it is
 * used: a bundle that just renders the elements (each script-tag file) needs the values alone
 * ({@link THEME_TOKEN_VALUES}) and carries no descriptions.
 */
export const THEME_TOKENS: readonly ThemeToken[] = /* @__PURE__ */ VALUES.map((token) => ({
  ...token,
  description: DESCRIPTIONS[token.name],
}));

/** The private property an element's styles read for a token: `--saxon-color-text` → `--_color-text`. */
export function privateName(token: Pick<ThemeToken, 'name'>): string {
  return token.name.replace('--saxon-', '--_');
}

/**
 * The token values `forced-colors: active` switches to, as public properties. Storybook's
 * "forced colours" toolbar sets these on the story to preview the palette, since a script cannot
 * switch a browser into forced colours.
 */
export function forcedColorTokens(): Record<string, string> {
  return Object.fromEntries(
    THEME_TOKEN_VALUES.filter((token) => token.forced).map((token) => [token.name, token.forced!]),
  );
}
