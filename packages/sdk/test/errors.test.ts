import { describe, expect, it } from 'vitest';
import { SaxonError } from '../src/index.js';

describe('SaxonError', () => {
  it('is an Error with its own name, a code and the cause kept', () => {
    const cause = new TypeError('fetch failed');
    const error = new SaxonError('network', 'Netzwerkfehler', { cause });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('SaxonError');
    expect(error.code).toBe('network');
    expect(error.message).toBe('Netzwerkfehler');
    expect(error.cause).toBe(cause);
  });
});
