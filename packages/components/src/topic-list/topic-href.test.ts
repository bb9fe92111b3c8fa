import { describe, expect, it } from 'vitest';
import { topicHref } from './topic-href.js';

const base = 'https://www.musterstadt.example/ki/index.html';

describe('topicHref', () => {
  it('puts the percent-encoded id into the template, resolved against the page', () => {
    expect(topicHref('/themen/{id}', 'machine-learning', base)).toBe(
      'https://www.musterstadt.example/themen/machine-learning',
    );
    expect(topicHref('themen.html?thema={id}', 'a b&c=d#e', base)).toBe(
      'https://www.musterstadt.example/ki/themen.html?thema=a%20b%26c%3Dd%23e',
    );
  });

  it('keeps hostile ids inside the path: no scheme, host or traversal of their own', () => {
    expect(topicHref('{id}', 'javascript:alert(1)', base)).toBe(
      'https://www.musterstadt.example/ki/javascript%3Aalert(1)',
    );
    expect(topicHref('/themen/{id}', '../../admin', base)).toBe(
      'https://www.musterstadt.example/themen/..%2F..%2Fadmin',
    );
    expect(topicHref('/themen/{id}', '//evil.example', base)).toBe(
      'https://www.musterstadt.example/themen/%2F%2Fevil.example',
    );
  });

  it('makes no link from a template with another scheme or without {id}', () => {
    expect(topicHref('javascript:alert("{id}")', 'x', base)).toBeUndefined();
    expect(topicHref('data:text/html,{id}', 'x', base)).toBeUndefined();
    expect(topicHref('/themen/', 'x', base)).toBeUndefined();
    expect(topicHref('http://[::1/{id}', 'x', base)).toBeUndefined();
  });
});
