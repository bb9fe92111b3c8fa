import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../src/http/retry-after.js';

// How long a 429 or 503 asks the client to wait (RFC 9110 §10.2.3): the figure a RateLimitError's
// `retryAfter` carries and the retry loop waits for.
const now = Date.parse('2026-12-05T16:00:00Z');

describe('parseRetryAfter', () => {
  it('reads delay-seconds with surrounding spaces', () => {
    expect(parseRetryAfter(' 120 ', now)).toBe(120);
  });

  it('reads an HTTP date as whole seconds from now, also one ending in a numeric zone', () => {
    expect(parseRetryAfter('Sat, 05 Dec 2026 16:00:10 GMT', now)).toBe(10);
    expect(parseRetryAfter('Sat, 05 Dec 2026 16:00:10 +0000', now)).toBe(10);
    expect(parseRetryAfter('Sat, 05 Dec 2026 16:00:10 +0100', now)).toBe(0);
  });

  it('gives undefined, never NaN, for a value that is neither seconds nor a date', () => {
    expect(parseRetryAfter('120abc', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
