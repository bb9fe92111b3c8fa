import { describe, expect, it } from 'vitest';
import { HOSTILE_URLS } from '@saxon-ai/demo-api';
import { safeUrl } from './safe-url.js';

describe('safeUrl', () => {
  it('passes absolute http, https and mailto URLs, normalised', () => {
    expect(safeUrl('https://www.tu-dresden.de/ki')).toBe('https://www.tu-dresden.de/ki');
    expect(safeUrl('  HTTP://Example.org/a b ')).toBe('http://example.org/a%20b');
    expect(safeUrl('mailto:info@example.org')).toBe('mailto:info@example.org');
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    '\u0001\u0002javascript:alert(1)',
    'javascript&colon;alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/',
    ' //evil.example/',
    '/relative/path',
    'www.example.org',
    'https://',
    '',
  ])('refuses %j', (value) => {
    expect(safeUrl(value)).toBeUndefined();
  });

  it('refuses non-strings', () => {
    expect(safeUrl(undefined)).toBeUndefined();
    expect(safeUrl(null)).toBeUndefined();
    expect(safeUrl({ toString: () => 'https://x.org' })).toBeUndefined();
  });

  it('lets none of the demo API’s hostile URLs through unless it is http(s) or mailto', () => {
    for (const value of HOSTILE_URLS) {
      const result = safeUrl(value);
      if (result !== undefined) expect(new URL(result).protocol).toMatch(/^(https?|mailto):$/);
    }
    expect(HOSTILE_URLS.filter((v) => safeUrl(v) === undefined).length).toBeGreaterThan(3);
  });
});
