import { describe, expect, it } from 'vitest';
import { HOSTILE_URLS } from '@saxon-ai/demo-api';
import { safeUrl, webcalUrl } from './safe-url.js';

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

describe('webcalUrl', () => {
  const api = 'https://ki.sachsen.example/directory/v1';

  it('turns a feed of the configured API into a webcal: link (http and https alike)', () => {
    expect(webcalUrl(`${api}/events.ics?topic=nlp&city=Dresden`, api)).toBe(
      'webcal://ki.sachsen.example/directory/v1/events.ics?topic=nlp&city=Dresden',
    );
    expect(
      webcalUrl(
        'http://127.0.0.1:4000/directory/v1/events.ics',
        'http://127.0.0.1:4000/directory/v1',
      ),
    ).toBe('webcal://127.0.0.1:4000/directory/v1/events.ics');
  });

  it.each([
    ['another host', 'https://evil.example/directory/v1/events.ics'],
    ['a look-alike host', 'https://ki.sachsen.example.evil.example/events.ics'],
    ['user info that hides the host', 'https://ki.sachsen.example@evil.example/events.ics'],
    ['credentials on the right host', 'https://user:secret@ki.sachsen.example/events.ics'],
    ['another port', 'https://ki.sachsen.example:8443/directory/v1/events.ics'],
    ['a downgrade to http', 'http://ki.sachsen.example/directory/v1/events.ics'],
    ['a webcal: URL of another host', 'webcal://evil.example/events.ics'],
    ['protocol-relative', '//evil.example/events.ics'],
    ['relative', '/directory/v1/events.ics'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/calendar,BEGIN:VCALENDAR'],
    ['empty', ''],
  ])('refuses %s', (_, feed) => {
    expect(webcalUrl(feed, api)).toBeUndefined();
  });

  it('refuses every hostile URL as the feed, and makes no link without a usable API base', () => {
    for (const value of HOSTILE_URLS) expect(webcalUrl(value, api)).toBeUndefined();
    for (const base of [undefined, '', 'javascript:alert(1)', 'webcal://ki.sachsen.example/'])
      expect(webcalUrl(`${api}/events.ics`, base)).toBeUndefined();
  });
});
