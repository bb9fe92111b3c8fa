// Reading a widget's attributes: what a webmaster writes is never an error the visitor sees. A value
// the widget cannot use falls back to its default, and a console warning names the element and says
// what was wrong, in the widget's own words.

/** Writes one warning for the webmaster; the helper puts the element's tag in front. */
export type AttributeWarning = (message: string) => void;

const warnedOnce = new Set<string>();

/**
 * A console warning about `tag`'s attributes, prefixed `<tag>: `. With `once`, each message is
 * written once per page — for parsers that run on every update; without it, every time it is
 * called (a parser that only runs when the attribute changes).
 *
 * @param tag - The element's tag name, e.g. `saxon-dataset-search`.
 */
export function attributeWarning(
  tag: string,
  { once = false }: { once?: boolean } = {},
): AttributeWarning {
  return (message) => {
    const text = `<${tag}>: ${message}`;
    if (once) {
      if (warnedOnce.has(text)) return;
      warnedOnce.add(text);
    }
    console.warn(text);
  };
}

/** The whole numbers an attribute accepts, and the number to use otherwise. */
export interface WholeNumberRange {
  min: number;
  max: number;
  fallback: number;
}

/** An unusable value as written, with the range it missed, for the widget's warning text. */
export interface UnusableNumber extends WholeNumberRange {
  value: unknown;
}

/**
 * A whole number within `min`…`max` from an attribute (or its number property). A missing or
 * empty attribute gives `fallback` silently; anything else outside the range gives `fallback` and
 * calls `unusable`, which writes the widget's warning.
 */
export function parseWholeNumber(
  value: unknown,
  range: WholeNumberRange,
  unusable: (problem: UnusableNumber) => void,
): number {
  if (value == null || value === '') return range.fallback;
  const number = Number(value);
  if (Number.isInteger(number) && number >= range.min && number <= range.max) return number;
  unusable({ value, ...range });
  return range.fallback;
}

/** Whether `value` is one of an enumerated attribute's `choices` (narrowing it to their union). */
export function isOneOf<const T extends string>(choices: readonly T[], value: unknown): value is T {
  return (choices as readonly unknown[]).includes(value);
}
