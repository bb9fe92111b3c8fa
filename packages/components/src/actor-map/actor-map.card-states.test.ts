// The actor card's own parts while they load and when they fail (issue 25), in Chromium against the
// shared demo API with its faults: "Nächste Veranstaltungen" and "Offene Daten dieses Akteurs" each
// show a visible placeholder (busy) while loading and a visible error with retry when failing, the
// failure is announced in the card's live region, a keyboard user reaches each retry button from the
// card's title and recovers with Enter, and a card left while loading loads when opened again.
// (Axe checks these states in the stories ActorCardLoading, ActorCardErrors, ActorCardPortalBusy.)
import { userEvent } from 'vitest/browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mount, until } from '../../test/fixture.js';
import {
  apiUrls,
  clearFaults,
  clearRequestLog,
  deepActiveElement,
  origin,
  setFaults,
  watchUncaught,
  withoutHttpCache,
} from '../../test/hardening/support.js';
import type { SaxonActorMap } from './actor-map.js';
import './define.js';

withoutHttpCache();
const uncaught = watchUncaught();
const ckanUrl = `${origin}/ckan`;

const q = (root: ParentNode, selector: string) => root.querySelector<HTMLElement>(selector);
const card = (el: SaxonActorMap) => q(el.shadowRoot!, '[part="detail"]')!;
const section = (el: SaxonActorMap, name: 'events' | 'datasets') =>
  q(card(el), `[part="detail-${name}"]`)!;
const retryOf = (el: SaxonActorMap, name: 'events' | 'datasets') =>
  q(
    section(el, name),
    `[part="detail-${name}-error"]`,
  )?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="retry-button"]') ?? null;
const status = (el: SaxonActorMap) =>
  q(card(el), '[part="detail-sections-status"]')?.textContent?.trim() ?? '';

/** Seen by a sighted visitor: laid out with a size, not hidden. */
const visible = (element: Element | null) =>
  element !== null &&
  element.checkVisibility() &&
  element.getBoundingClientRect().width > 0 &&
  element.getBoundingClientRect().height > 0;

/** A map in list view with a portal; `id`'s card opened from its row (found by `text`). */
async function openCard(id: string, text: string): Promise<SaxonActorMap> {
  const el = document.createElement('saxon-actor-map');
  el.setAttribute('api-url', apiUrls.directory);
  el.setAttribute('view', 'list');
  el.setAttribute('text', text);
  el.setAttribute('open-data-type', 'ckan');
  el.setAttribute('open-data-url', ckanUrl);
  await mount(el);
  await until(() => expect(q(el.shadowRoot!, `[data-key="row-${id}"]`)).not.toBeNull(), 15_000);
  q(el.shadowRoot!, `[data-key="row-${id}"]`)!.click();
  await until(() => expect(q(el.shadowRoot!, '[part="detail-facts"]')).not.toBeNull(), 15_000);
  return el;
}

/** Tabs from the card's title until `target` has focus (at most `max` steps). */
async function tabTo(el: SaxonActorMap, target: () => Element | null, max = 30) {
  q(card(el), '[part="detail-title"]')!.focus();
  for (let i = 0; i < max && deepActiveElement() !== target(); i++) {
    await userEvent.keyboard('{Tab}');
  }
  expect(deepActiveElement()).toBe(target());
}

beforeEach(async () => {
  document.documentElement.lang = 'de';
  await clearRequestLog();
});
afterEach(async () => {
  document.body.replaceChildren();
  await clearFaults();
});

describe('the actor card’s parts while loading and failing', { timeout: 120_000 }, () => {
  it('while events and datasets load, both show busy placeholders; reopened later, they load', async () => {
    await setFaults([
      { path: '/directory/v1/events', stall: 'before-headers' },
      { path: '/ckan', stall: 'before-headers' },
    ]);
    let el = await openCard('silicon-saxony', 'Silicon');
    for (const name of ['events', 'datasets'] as const) {
      await until(() => expect(section(el, name).getAttribute('aria-busy')).toBe('true'), 15_000);
      expect(visible(q(section(el, name), `[part="detail-${name}-skeleton"]`))).toBe(true);
      expect(visible(q(section(el, name), '.card-heading'))).toBe(true);
    }
    expect(status(el)).toBe('');
    // the keyboard passes the loading parts on to the card's actions
    await tabTo(el, () => q(card(el), '[part="show-on-map"]'));
    // leaving the card and opening it again once the services answer: the parts load
    q(card(el), '[part="close-button"]')!.click();
    await until(() => expect(q(el.shadowRoot!, '[part="detail"]')).toBeNull());
    el.remove();
    await clearFaults();
    el = await openCard('silicon-saxony', 'Silicon');
    await until(
      () => expect(section(el, 'events').getAttribute('aria-busy')).toBe('false'),
      15_000,
    );
    await until(() => expect(q(section(el, 'events'), '[part="detail-event"]')).not.toBeNull());
    await until(
      () => expect(q(section(el, 'datasets'), '[part="detail-datasets-empty"]')).not.toBeNull(),
      15_000,
    );
    expect(uncaught.list).toEqual([]);
  });

  it('when events and portal fail, each part shows its error, announced; Tab and Enter retry each', async () => {
    await setFaults([
      { path: '/directory/v1/events', status: 500 },
      { path: '/ckan', status: 500 },
    ]);
    const el = await openCard('dias-kompetenzstelle-ki', 'DiAS');
    for (const name of ['events', 'datasets'] as const) {
      await until(() => expect(retryOf(el, name)).not.toBeNull(), 30_000);
      expect(visible(q(section(el, name), `[part="detail-${name}-error"]`))).toBe(true);
      expect(visible(retryOf(el, name))).toBe(true);
      expect(section(el, name).getAttribute('aria-busy')).toBe('false');
    }
    // the live region names both failed parts, after the card had rendered it empty
    await until(() =>
      expect(status(el)).toMatch(/^Nächste Veranstaltungen: .+ Offene Daten dieses Akteurs: .+/),
    );
    expect(q(card(el), '[part="detail-description"]')).not.toBeNull();
    await clearFaults();

    // events: from the card's title to its retry button, Enter loads them
    await tabTo(el, () => retryOf(el, 'events'));
    await userEvent.keyboard('{Enter}');
    await until(
      () => expect(q(section(el, 'events'), '[part="detail-event"]')).not.toBeNull(),
      15_000,
    );
    // focus stays in the widget (the retry button is gone with the error)
    await until(() => expect(el.shadowRoot!.activeElement).not.toBeNull());
    await until(() => expect(status(el)).toMatch(/^Offene Daten dieses Akteurs: /));

    // datasets: the same way
    await tabTo(el, () => retryOf(el, 'datasets'));
    await userEvent.keyboard('{Enter}');
    await until(
      () => expect(q(section(el, 'datasets'), '[part="detail-datasets-empty"]')).not.toBeNull(),
      15_000,
    );
    await until(() => expect(status(el)).toBe(''));
    expect(el.shadowRoot!.activeElement).not.toBeNull();
    expect(uncaught.list).toEqual([]);
  });
});
