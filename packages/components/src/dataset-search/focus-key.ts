/** Key for `data-focus-key`, so focus survives re-rendering and re-ordering. */
export const focusKey = (kind: string, ...parts: string[]) =>
  [kind, ...parts.map((part) => encodeURIComponent(part))].join(':');
