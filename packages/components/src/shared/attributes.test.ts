import { afterEach, describe, expect, it, vi } from 'vitest';
import { attributeWarning, isOneOf, parseWholeNumber } from './attributes.js';
import { parseHeadingLevel } from './heading.js';

afterEach(() => vi.restoreAllMocks());

describe('attributeWarning', () => {
  it('names the element, every time or once per message', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const always = attributeWarning('saxon-test-always');
    always('view="globe" is unknown.');
    always('view="globe" is unknown.');
    expect(warn.mock.calls).toEqual([
      ['<saxon-test-always>: view="globe" is unknown.'],
      ['<saxon-test-always>: view="globe" is unknown.'],
    ]);

    warn.mockClear();
    const once = attributeWarning('saxon-test-once', { once: true });
    once('sort="x" is unknown.');
    once('sort="x" is unknown.');
    once('sort="y" is unknown.');
    expect(warn.mock.calls).toEqual([
      ['<saxon-test-once>: sort="x" is unknown.'],
      ['<saxon-test-once>: sort="y" is unknown.'],
    ]);
  });
});

describe('parseWholeNumber', () => {
  const range = { min: 1, max: 100, fallback: 10 };

  it('takes a whole number in range, as number or as written', () => {
    const unusable = vi.fn();
    expect(parseWholeNumber(25, range, unusable)).toBe(25);
    expect(parseWholeNumber('100', range, unusable)).toBe(100);
    expect(parseWholeNumber('1', range, unusable)).toBe(1);
    expect(unusable).not.toHaveBeenCalled();
  });

  it('uses the fallback silently when the attribute is missing or empty', () => {
    const unusable = vi.fn();
    for (const missing of [null, undefined, '']) {
      expect(parseWholeNumber(missing, range, unusable)).toBe(10);
    }
    expect(unusable).not.toHaveBeenCalled();
  });

  it('uses the fallback and reports anything else, with the range it missed', () => {
    const unusable = vi.fn();
    for (const wrong of ['viele', 0, 101, 2.5, Number.NaN]) {
      expect(parseWholeNumber(wrong, range, unusable)).toBe(10);
    }
    expect(unusable).toHaveBeenCalledTimes(5);
    expect(unusable).toHaveBeenCalledWith({ value: 'viele', min: 1, max: 100, fallback: 10 });
  });
});

describe('parseHeadingLevel', () => {
  it('accepts 1 to the widget’s maximum', () => {
    const unusable = vi.fn();
    expect(parseHeadingLevel(5, { max: 5, fallback: 3 }, unusable)).toBe(5);
    expect(parseHeadingLevel(6, { max: 5, fallback: 3 }, unusable)).toBe(3);
    expect(parseHeadingLevel(6, { max: 6, fallback: 2 }, unusable)).toBe(6);
    expect(parseHeadingLevel(0, { max: 6, fallback: 2 }, unusable)).toBe(2);
    expect(unusable.mock.calls).toEqual([
      [{ value: 6, min: 1, max: 5, fallback: 3 }],
      [{ value: 0, min: 1, max: 6, fallback: 2 }],
    ]);
  });
});

describe('isOneOf', () => {
  it('accepts exactly the listed values', () => {
    const views = ['map', 'list'] as const;
    expect(isOneOf(views, 'list')).toBe(true);
    expect(isOneOf(views, 'List')).toBe(false);
    expect(isOneOf(views, undefined)).toBe(false);
  });
});
