import { page, userEvent } from 'vitest/browser';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { mount, until } from '../../test/fixture.js';
import type { SaxonEntryForm } from './entry-form.js';
import './define.js';

// The composite fields of <saxon-entry-form> (location, topics, dates) in real Chromium against the
// demo API, driven by real key presses only (no clicks): the way a keyboard user fills them in.
const server = inject('demoApiUrl');
const apiUrl = `${server.replace('//127.0.0.1:', '//localhost:')}/directory/v1`;

const q = <T extends HTMLElement = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const draftOf = (el: SaxonEntryForm) => (el as unknown as { draft: Record<string, unknown> }).draft;

async function form(kind: 'actor' | 'event'): Promise<SaxonEntryForm> {
  const el = document.createElement('saxon-entry-form');
  el.setAttribute('kind', kind);
  el.setAttribute('api-url', apiUrl);
  await mount(el);
  await until(() => expect(q(el, '.topic-options input')).not.toBeNull(), 8000);
  return el;
}

/** Presses Tab (or Shift+Tab) until `wanted` holds for the focused element (at most 80 times). */
async function tabTo(el: Element, wanted: (element: HTMLElement) => boolean, what: string) {
  for (let presses = 0; presses < 80; presses++) {
    const current = focused(el);
    if (current && wanted(current)) return current;
    await userEvent.keyboard('{Tab}');
  }
  throw new Error(`Tab never reached ${what}`);
}
const byId = (id: string) => (element: HTMLElement) => element.id === id;

beforeEach(async () => {
  document.documentElement.lang = 'de';
  sessionStorage.clear();
  await page.viewport(1000, 900);
});
afterEach(() => {
  document.body.replaceChildren();
  sessionStorage.clear();
});

describe('the topics field by keyboard alone', () => {
  it('filters by typing, toggles with Space and announces how many are chosen', async () => {
    const el = await form('actor');
    const status = () => q(el, '.topic-count')!.textContent!.trim();
    expect(q(el, '.topic-count')!.getAttribute('role')).toBe('status');
    expect(status()).toBe('0 Themen ausgewählt');
    await tabTo(el, byId('field-topics-filter'), 'the topic filter');
    await userEvent.keyboard('robo');
    await until(() =>
      expect(el.shadowRoot!.querySelectorAll('.topic-options input')).toHaveLength(1),
    );
    expect(status()).toMatch(/^0 Themen ausgewählt · 1 von \d+ Themen angezeigt$/);
    await userEvent.keyboard('{Tab}');
    expect((focused(el) as HTMLInputElement).value).toBe('robotics');
    await userEvent.keyboard(' ');
    await until(() => expect(status()).toMatch(/^1 Thema ausgewählt/));
    expect(draftOf(el)['topics']).toEqual(['robotics']);
    // emptying the filter shows every topic again, the choice kept
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
    await until(() => expect(status()).toBe('1 Thema ausgewählt'));
    const boxes = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.topic-options input')];
    expect(boxes.length).toBeGreaterThan(10);
    expect(boxes.filter((box) => box.checked).map((box) => box.value)).toEqual(['robotics']);
  });

  it('keeps a chosen topic in view while the filter hides the others', async () => {
    const el = await form('actor');
    await tabTo(el, byId('field-topics-filter'), 'the topic filter');
    await userEvent.keyboard('{Tab}{Space}');
    const first = (focused(el) as HTMLInputElement).value;
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}zzzz');
    await until(() => {
      const shown = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.topic-options input')];
      expect(shown.map((box) => [box.value, box.checked])).toEqual([[first, true]]);
    });
  });
});

describe('the location field by keyboard alone', () => {
  it('takes the Gemeinde of a postal code, or asks which one when several share it', async () => {
    const el = await form('actor');
    await tabTo(el, byId('field-address-postalCode'), 'the postal code');
    await userEvent.keyboard('01067');
    await until(() => expect(draftOf(el)['address.ags']).toBe('14612000'));
    expect(draftOf(el)).toMatchObject({
      'address.city': 'Dresden',
      'location.precision': 'city',
      _pointSource: 'municipality',
    });
    expect(q(el, '.municipality-found')!.textContent).toContain('Gemeinde: Dresden');
    expect(q(el, '.point-summary')!.textContent).toContain('nicht Ihre Adresse');
    // 09306 serves seven Gemeinden: nothing is guessed, the visitor chooses
    await userEvent.keyboard('{Backspace>5/}09306');
    await until(() => expect(q(el, '#field-address-ags')).not.toBeNull());
    expect(draftOf(el)).toMatchObject({
      'address.ags': '',
      'address.city': '',
      'location.lat': '',
    });
    await tabTo(el, byId('field-address-ags'), 'the Gemeinde choice');
    await userEvent.keyboard('{ArrowDown}');
    await until(() => expect(draftOf(el)['address.ags']).toBe('14522120'));
    expect(draftOf(el)['address.city']).toBe('Erlau');
    expect(q<HTMLInputElement>(el, '#field-address-city')!.value).toBe('Erlau');
  });

  it('picks a point on the Kreis map with arrows and + / −, and never claims more than the pick shows', async () => {
    const el = await form('actor');
    const toggle = await tabTo(
      el,
      (e) => e.getAttribute('aria-controls') === 'field-location-picker',
      'the map button',
    );
    await userEvent.keyboard('{Enter}');
    await until(() => expect(toggle.getAttribute('aria-expanded')).toBe('true'));
    await userEvent.keyboard('{Tab}');
    expect(focused(el)!.classList.contains('picker-surface')).toBe(true);
    const readout = () => q(el, '.picker-readout')!.textContent!;
    expect(q(el, '.picker-readout')!.getAttribute('role')).toBe('status');
    expect(readout()).toMatch(/Zoomstufe 0/);
    expect(readout()).toMatch(/ · nächste Gemeinde [^·]+ \([\d,]+ (m|km)\) · /);
    // take the point on the whole-Saxony view: only "the town" can be claimed
    await userEvent.keyboard('{Enter}');
    await until(() => expect(draftOf(el)['_pointSource']).toBe('map'));
    const radio = (value: string) =>
      q<HTMLInputElement>(el, `input[name="location.precision"][value="${value}"]`)!;
    expect(radio('address').disabled).toBe(true);
    expect(radio('campus').disabled).toBe(true);
    expect(draftOf(el)['location.precision']).toBe('city');
    expect(q(el, '.picker-status')!.textContent).toMatch(
      /^Punkt übernommen: 5\d\.\d+, 1\d\.\d+\.$/,
    );
    // zoom in all the way and move east: the point moves, a building becomes possible
    const before = Number(draftOf(el)['location.lon']);
    for (let step = 0; step < 9; step++) await userEvent.keyboard('+');
    await until(() => expect(readout()).toMatch(/Zoomstufe 9/));
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{Enter}');
    await until(() => expect(Number(draftOf(el)['location.lon'])).toBeGreaterThan(before));
    expect(radio('address').disabled).toBe(false);
    expect(draftOf(el)['location.precision']).toBe('city'); // still what the visitor said
    expect(q<HTMLInputElement>(el, '#field-location-lat')!.value).toBe(draftOf(el)['location.lat']);
    // − zooms out again
    await userEvent.keyboard('-');
    await until(() => expect(readout()).toMatch(/Zoomstufe 8/));
    expect(readout()).toMatch(
      /· (Dresden|Meißen|Bautzen|Mittelsachsen|Sächsische Schweiz-Osterzgebirge|Leipzig|Nordsachsen) ·/,
    );
  });

  it('reflows at 320 px without horizontal scrolling, map open', async () => {
    await page.viewport(320, 800);
    const el = await form('actor');
    await tabTo(
      el,
      (e) => e.getAttribute('aria-controls') === 'field-location-picker',
      'the map button',
    );
    await userEvent.keyboard('{Enter}');
    await until(() => expect(q(el, '.picker-surface')).not.toBeNull());
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    expect(q(el, '.picker-map')!.getBoundingClientRect().right).toBeLessThanOrEqual(320);
  });
});

describe('the dates of an event', () => {
  it('turns Berlin wall time into RFC 3339, notes the skipped hour, and switches to all-day by keyboard', async () => {
    const el = await form('event');
    const start = q<HTMLInputElement>(el, '#field-start')!;
    await userEvent.fill(start, '2026-03-29');
    await userEvent.fill(q<HTMLInputElement>(el, '#field-startTime')!, '02:30');
    await userEvent.fill(q<HTMLInputElement>(el, '#field-end')!, '05:00');
    await until(() =>
      expect(draftOf(el)).toMatchObject({
        start: '2026-03-29T03:30:00+02:00',
        end: '2026-03-29T05:00:00+02:00',
        allDay: false,
      }),
    );
    expect(q(el, '.dst-note')!.textContent).toContain('02:30 Uhr gibt es an diesem Tag nicht');
    // all-day and multi-day, by keyboard: dates with the exclusive end
    await tabTo(el, byId('field-allDay'), 'the all-day box');
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{Tab} ');
    await until(() => expect(q(el, '#field-startTime')).toBeNull());
    expect(q(el, '#field-end')!.getAttribute('type')).toBe('date');
    await userEvent.fill(q<HTMLInputElement>(el, '#field-end')!, '2026-03-31');
    await until(() =>
      expect(draftOf(el)).toMatchObject({ start: '2026-03-29', end: '2026-04-01', allDay: true }),
    );
  });

  it('keeps two changes made before the next render (autofill, fast typing)', async () => {
    const el = await form('event');
    const set = (selector: string, value: string) => {
      const input = q<HTMLInputElement>(el, selector)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    set('#field-start', '2026-10-25');
    set('#field-startTime', '02:30');
    await el.updateComplete;
    expect(draftOf(el)).toMatchObject({
      _startDate: '2026-10-25',
      _startTime: '02:30',
      start: '2026-10-25T02:30:00+02:00',
    });
  });

  it('shows the fields that match on site, online and hybrid', async () => {
    const el = await form('event');
    await tabTo(el, byId('field-attendanceMode'), 'the attendance choice');
    expect(q(el, '#field-location-name')).not.toBeNull();
    expect(q(el, '#field-onlineUrl')).toBeNull();
    await userEvent.keyboard(' '); // on site
    await userEvent.keyboard('{ArrowDown}'); // online
    await until(() => expect(draftOf(el)['attendanceMode']).toBe('online'));
    expect(q(el, '#field-location-name')).toBeNull();
    expect(q(el, '#field-onlineUrl')).not.toBeNull();
    await userEvent.keyboard('{ArrowDown}'); // hybrid
    await until(() => expect(draftOf(el)['attendanceMode']).toBe('mixed'));
    expect(q(el, '#field-location-name')).not.toBeNull();
    expect(q(el, '#field-onlineUrl')).not.toBeNull();
  });
});
