// English texts are fetched when an element's language first resolves to English (locales.ts):
// an element waits for them instead of showing German first, elements asking at once share one
// load, and a failed load leaves a readable German element that tries again on the next change.
import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mount, until } from '../../../test/fixture.js';
import { SaxonElement } from '../base-element.js';
import { addBuiltInMessages, isLocaleLoaded, loadLocale } from './locales.js';
import type { CatalogTexts } from './messages.js';

declare global {
  interface SaxonMessageMap {
    demandGreeting: string;
  }
}

let englishLoads = 0;
let englishFails = false;
const demandEn = (): Promise<CatalogTexts> => {
  englishLoads++;
  return englishFails
    ? Promise.reject(new Error('chunk unavailable'))
    : Promise.resolve({ demandGreeting: 'Hello' });
};
addBuiltInMessages({ de: { demandGreeting: 'Hallo' }, en: demandEn });

/** Every text the element rendered, one entry per render. */
class DemandLocalized extends SaxonElement {
  readonly rendered: string[] = [];
  override render() {
    return html`<p>${this.i18n.t('demandGreeting')} · ${this.i18n.t('retry')}</p>`;
  }
  override updated() {
    this.rendered.push(this.shadowRoot!.textContent!.trim());
  }
}
customElements.define('demand-localized', DemandLocalized);

const create = () => mount(document.createElement('demand-localized') as DemandLocalized);

beforeEach(() => {
  document.documentElement.lang = 'de';
});
afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = 'de';
});

describe('English on demand', () => {
  it('keeps English out until a page asks for it, then shows it from the first render', async () => {
    // German pages never fetch English.
    const german = await create();
    expect(german.rendered).toEqual(['Hallo · Erneut versuchen']);
    expect(isLocaleLoaded('en')).toBe(false);
    expect(englishLoads).toBe(0);
    german.remove();

    document.documentElement.lang = 'en';
    // Three elements at once share one load of each file.
    const elements = await Promise.all([create(), create(), create()]);
    for (const el of elements) expect(el.rendered).toEqual(['Hello · Try again']);
    expect(englishLoads).toBe(1);
    expect(isLocaleLoaded('en')).toBe(true);
    // A catalog added again (as each element of some widgets does) is not fetched again.
    addBuiltInMessages({ de: { demandGreeting: 'Hallo' }, en: demandEn });
    expect(isLocaleLoaded('en')).toBe(true);
    await loadLocale('en');
    expect(englishLoads).toBe(1);
  });
});

describe('when English cannot be loaded', () => {
  it('stays German and readable, and tries again when the language changes', async () => {
    const failing = (): Promise<CatalogTexts> =>
      englishFails ? Promise.reject(new Error('chunk unavailable')) : Promise.resolve({});
    englishFails = true;
    addBuiltInMessages({ de: {}, en: failing });
    document.documentElement.lang = 'en';
    const el = await create();
    await until(() => expect(el.rendered.at(-1)).toBe('Hallo · Erneut versuchen'));
    expect(el.lang || document.documentElement.lang).toBe('en');

    englishFails = false;
    document.documentElement.lang = 'en-GB';
    await until(() => expect(el.rendered.at(-1)).toBe('Hello · Try again'));
    expect(isLocaleLoaded('en')).toBe(true);
  });
});
