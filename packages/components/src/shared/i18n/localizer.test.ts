import { html, LitElement } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mount, until } from '../../../test/fixture.js';
import { formatDate, formatMessage, formatNumber, formatWait } from './format.js';
import { resolveLang, watchedLangCount } from './lang-observer.js';
import { Localizer } from './localizer.js';
import { matchLocale, registerLocale } from './locales.js';

/** A bare element that only shows one localized message. */
class TestLocalized extends LitElement {
  readonly i18n = new Localizer(this);
  override render() {
    return html`${this.i18n.t('retry')}`;
  }
}
customElements.define('test-localized', TestLocalized);

const text = (el: Element) => el.shadowRoot!.textContent!.trim();
const create = async (parent: ParentNode = document.body) =>
  mount(document.createElement('test-localized') as TestLocalized, parent);

beforeEach(() => {
  document.documentElement.lang = 'de';
});
afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = 'de';
});

describe('language resolution', () => {
  it('takes the element’s lang, else the nearest ancestor’s, else <html lang>', async () => {
    const section = document.createElement('section');
    document.body.append(section);
    const el = await create(section);
    expect(text(el)).toBe('Erneut versuchen');

    document.documentElement.lang = 'en';
    await until(() => expect(text(el)).toBe('Try again'));

    section.lang = 'de-AT';
    await until(() => expect(text(el)).toBe('Erneut versuchen'));
    expect(el.i18n.lang).toBe('de');

    el.lang = 'en-GB';
    await until(() => expect(text(el)).toBe('Try again'));
    expect(el.i18n.apiLanguage).toBe('en');

    el.removeAttribute('lang');
    section.removeAttribute('lang');
    document.documentElement.lang = 'fr'; // not registered: German
    await until(() => expect(text(el)).toBe('Erneut versuchen'));
  });

  it('looks through shadow roots to the host’s ancestors', async () => {
    const outer = document.createElement('div');
    outer.lang = 'en';
    const host = document.createElement('div');
    outer.append(host);
    document.body.append(outer);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    expect(resolveLang(inner)).toBe('en');

    const el = await create(root);
    expect(text(el)).toBe('Try again');
    outer.lang = 'de';
    await until(() => expect(text(el)).toBe('Erneut versuchen'));
    inner.lang = 'en'; // a change inside the shadow root is seen too
    el.remove();
    inner.append(el);
    await until(() => expect(text(el)).toBe('Try again'));
  });

  it('treats an empty lang as unset and matches tags case-insensitively', () => {
    expect(matchLocale('')).toBe('de');
    expect(matchLocale('EN-us')).toBe('en');
    expect(matchLocale(' en ')).toBe('en');
    expect(matchLocale('tlh')).toBe('de');
    const outer = document.createElement('div');
    outer.lang = 'en';
    const inner = document.createElement('div');
    inner.lang = '';
    outer.append(inner);
    expect(resolveLang(inner)).toBe('en');
  });

  it('shares one observer and lets go of every element that leaves', async () => {
    const before = watchedLangCount();
    const elements = await Promise.all([create(), create(), create()]);
    expect(watchedLangCount()).toBe(before + 3);
    for (const el of elements) el.remove();
    expect(watchedLangCount()).toBe(before);
  });
});

describe('registerLocale', () => {
  it('adds a language that elements on the page switch to, German filling the gaps', async () => {
    document.documentElement.lang = 'hsb';
    const el = await create();
    expect(text(el)).toBe('Erneut versuchen');
    registerLocale('hsb', { retry: 'Hišće raz spytać' });
    await until(() => expect(text(el)).toBe('Hišće raz spytać'));
    expect(el.i18n.t('empty')).toBe('Keine Einträge gefunden.');
    expect(el.i18n.apiLanguage).toBe('de');
  });

  it('refuses an empty code', () => {
    expect(() => registerLocale(' ', {})).toThrow(TypeError);
  });
});

describe('formatting through Intl', () => {
  it('numbers and plurals per language', () => {
    expect(formatNumber('de', 1234.5)).toBe('1.234,5');
    expect(formatNumber('en', 1234.5)).toBe('1,234.5');
    const topics = { one: '{count} Thema', other: '{count} Themen' };
    expect(formatMessage('de', topics, { count: 1 })).toBe('1 Thema');
    expect(formatMessage('de', topics, { count: 0 })).toBe('0 Themen');
    expect(formatMessage('de', topics, { count: 1500 })).toBe('1.500 Themen');
    expect(formatMessage('en', 'Page {page} of {pages}', { page: 2 })).toBe('Page 2 of {pages}');
  });

  it('dates in Europe/Berlin, whatever the visitor’s time zone', () => {
    // 23:30 UTC on 31 December is already New Year in Berlin.
    expect(formatDate('de', '2025-12-31T23:30:00Z', { dateStyle: 'long' })).toBe('1. Januar 2026');
    expect(formatDate('en', '2026-07-01T10:00:00Z', { timeStyle: 'short' })).toBe('12:00 PM');
    // a calendar date stays that day
    expect(formatDate('de', '2026-05-14', { dateStyle: 'medium' })).toBe('14.05.2026');
    expect(formatDate('de', 'kein Datum')).toBe('kein Datum');
  });

  it('waits in words', () => {
    expect(formatWait('de', 30)).toBe('in 30 Sekunden');
    expect(formatWait('de', 600)).toBe('in 10 Minuten');
    expect(formatWait('en', 7200)).toBe('in 2 hours');
  });
});
