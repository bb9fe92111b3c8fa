import {
  HttpError,
  NetworkError,
  NotFoundError,
  RateLimitError,
  ResponseParseError,
  ResponseValidationError,
  ServerError,
  TimeoutError,
} from '@saxon-ai/sdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deepText, mount } from '../../test/fixture.js';
import { ConfigurationError } from './configuration-error.js';
import { defineSharedElements } from './define-shared.js';

defineSharedElements();

const url = 'https://example.invalid/directory/v1/actors';
const panel = async (error: unknown, lang = 'de') => {
  const el = document.createElement('saxon-error-panel');
  el.lang = lang;
  el.error = error;
  return mount(el);
};

beforeEach(() => {
  document.documentElement.lang = 'de';
});
afterEach(() => document.body.replaceChildren());

describe('<saxon-error-panel>', () => {
  it.each([
    [new NetworkError('x', { url }), 'Der Server ist nicht erreichbar.', 'cannot be reached'],
    [
      new TimeoutError('x', { url, timeout: 10_000 }),
      'nicht rechtzeitig',
      'did not answer in time',
    ],
    [
      new RateLimitError('x', { url, status: 429, retryAfter: 120 }),
      'Bitte versuchen Sie es in 2 Minuten erneut.',
      'Please try again in 2 minutes.',
    ],
    [
      new RateLimitError('x', { url, status: 429 }),
      'Bitte versuchen Sie es später erneut.',
      'Please try again later.',
    ],
    [new ServerError('x', { url, status: 503 }), 'Auf dem Server ist ein Fehler', 'on the server'],
    [new NotFoundError('x', { url, status: 404 }), 'gibt es nicht (mehr)', 'does not exist'],
    [
      new ResponseValidationError('x', { url, issues: [] }),
      'unerwarteten Format',
      'unexpected format',
    ],
    [new ResponseParseError('x', { url }, 'invalid_json'), 'unerwarteten Format', 'unexpected'],
    [new ResponseParseError('x', { url }, 'response_too_large'), 'zu groß', 'too large'],
    [new HttpError('x', { url, status: 418 }), 'unerwarteter Fehler', 'unexpected error'],
    [new TypeError('boom'), 'unerwarteter Fehler', 'unexpected error'],
  ])('words %o for the visitor, in German and English', async (error, german, english) => {
    const de = await panel(error);
    expect(deepText(de.shadowRoot!)).toContain('Die Daten konnten nicht geladen werden.');
    expect(deepText(de.shadowRoot!)).toContain(german);
    const en = await panel(error, 'en');
    expect(deepText(en.shadowRoot!)).toContain('The data could not be loaded.');
    expect(deepText(en.shadowRoot!)).toContain(english);
  });

  it('fires a composed saxon-retry from its button', async () => {
    const el = await panel(new NetworkError('x', { url }));
    const seen: Event[] = [];
    document.body.addEventListener('saxon-retry', (event) => seen.push(event), { once: true });
    const button = el.shadowRoot!.querySelector('button')!;
    expect(button.textContent!.trim()).toBe('Erneut versuchen');
    button.click();
    expect(seen).toHaveLength(1);
    expect(seen[0]!.composed).toBe(true);
  });

  it('offers no retry when the element is not set up', async () => {
    const el = await panel(new ConfigurationError('api-url'));
    expect(el.shadowRoot!.querySelector('button')).toBeNull();
    expect(deepText(el.shadowRoot!)).toContain('Das Attribut „api-url“ fehlt oder ist ungültig.');
  });
});
