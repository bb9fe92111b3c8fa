import { describe, expect, it } from 'vitest';
import { contentLang } from './content-lang.js';

describe('contentLang', () => {
  it('marks content whose language differs from the one around it', () => {
    expect(contentLang('en', 'de')).toBe('en');
    expect(contentLang('de', 'en-GB')).toBe('de');
    // no declared language around it: say what the data says
    expect(contentLang('de', '')).toBe('de');
  });

  it('leaves content alone when the language is the same, unknown or not a language tag', () => {
    expect(contentLang('de', 'de')).toBeUndefined();
    expect(contentLang('de-AT', 'de-DE')).toBeUndefined();
    expect(contentLang('EN', 'en')).toBeUndefined();
    expect(contentLang(undefined, 'de')).toBeUndefined();
    expect(contentLang('', 'de')).toBeUndefined();
    expect(contentLang('"><img src=x>', 'de')).toBeUndefined();
  });
});
