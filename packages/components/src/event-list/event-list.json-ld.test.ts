// The schema.org JSON-LD of <saxon-event-list>, against the demo API running in the page with the
// fixed demo day (16 March 2026) as its clock (see event-list.test.ts).
import { describe, expect, it } from 'vitest';
import { createDemoApi } from '@saxon-ai/demo-api';
import { sleep, until } from '../../test/fixture.js';

import {
  BASE,
  NOW,
  fixedClient,
  eventList,
  root,
  part,
  parts,
  shown,
  resetPageAroundEachTest,
} from '../../test/support/event-list.js';

resetPageAroundEachTest();

const hostileApp = createDemoApi({ now: () => new Date(NOW), hostile: true });
const jsonLd = (el: Element) => {
  const script = el.querySelector(':scope > script[type="application/ld+json"]');
  return script ? (JSON.parse(script.textContent!) as { '@graph': Record<string, any>[] }) : null;
};

describe('<saxon-event-list>: schema.org JSON-LD in the light DOM', () => {
  it('describes every shown event: name, dates with offset, status, attendance, location', async () => {
    const el = await eventList((e) => (e.limit = 50));
    await shown(el, 32);
    // with its own chunk, one step after the events
    await until(() => expect(jsonLd(el)).not.toBeNull());
    const script = el.querySelector(':scope > script[type="application/ld+json"]')!;
    expect(script.parentNode).toBe(el); // light DOM, a child of the element
    const graph = jsonLd(el)!['@graph'];
    const ids = parts(el, 'event').map((li) => li.getAttribute('data-event-id'));
    expect(graph).toHaveLength(ids.length);
    const titles = parts(el, 'event').map(
      (li) => li.querySelector('.title-link, .title-text')!.textContent,
    );
    expect(graph.map((e) => e['name'])).toEqual(titles);

    for (const event of graph) {
      expect(event['@type']).toBe('Event');
      expect(event['startDate']).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})?$/);
      expect(event['eventStatus']).toMatch(
        /^https:\/\/schema\.org\/Event(Scheduled|Cancelled|Postponed|Rescheduled)$/,
      );
      expect(event['eventAttendanceMode']).toMatch(
        /^https:\/\/schema\.org\/(Offline|Online|Mixed)EventAttendanceMode$/,
      );
      expect(event['location']).toBeDefined();
    }

    const byName = (name: string) => graph.find((e) => e['name'] === name)!;
    const acrossDst = byName('Herbst-Hackathon KI & Open Data');
    expect(acrossDst).toMatchObject({
      startDate: '2026-10-24T10:00:00+02:00',
      endDate: '2026-10-26T16:00:00+01:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Innovationsquartier, Halle 1',
        address: {
          '@type': 'PostalAddress',
          streetAddress: 'Beispielstraße 3',
          postalCode: '01067',
          addressLocality: 'Dresden',
        },
      },
    });
    expect(byName('Robotik-Meetup Dresden')['eventStatus']).toBe(
      'https://schema.org/EventCancelled',
    );
    expect(byName('Praxisforum KI in der Pflege')['eventStatus']).toBe(
      'https://schema.org/EventPostponed',
    );
    const online = byName('KI-Sprechstunde für kleine und mittlere Unternehmen');
    expect(online['location']).toEqual({
      '@type': 'VirtualLocation',
      url: `${new URL(BASE).origin}/demo/veranstaltungen/demo-ki-sprechstunde-kmu/online`,
    });
    const hybrid = byName('Open-Data-Hackathon Sachsen');
    expect(hybrid).toMatchObject({ startDate: '2026-03-15', endDate: '2026-03-17' });
    expect(hybrid['location'].map((l: { '@type': string }) => l['@type'])).toEqual([
      'Place',
      'VirtualLocation',
    ]);
    expect(hybrid['organizer'][0]).toEqual({
      '@type': 'Organization',
      name: 'Smart Systems Hub GmbH (de:hub Dresden)',
      url: 'https://smart-systems-hub.de/',
    });
  });

  it('follows the shown events: grows with "load more", goes when nothing is shown', async () => {
    const el = await eventList((e) => (e.limit = 4));
    await shown(el, 4);
    await until(() => expect(jsonLd(el)!['@graph']).toHaveLength(4));
    (part(el, 'more-button') as HTMLButtonElement).click();
    await shown(el, 8);
    await until(() => expect(jsonLd(el)!['@graph']).toHaveLength(8));

    el.city = 'Bautzen';
    await until(() => expect(part(el, 'empty')).not.toBeNull());
    // after the frame that shows the empty list
    await until(() => expect(el.querySelector('script')).toBeNull());
  });

  it('publishes after the frame that shows the events, not in the update that renders them', async () => {
    const el = await eventList((e) => (e.limit = 4));
    await until(() => expect(jsonLd(el)!['@graph']).toHaveLength(4));
    // What the JSON-LD holds when the appended events are in the shadow root (a mutation
    // observer's callback runs at the end of the update, before any frame).
    const whenRendered: number[] = [];
    const observer = new MutationObserver(() => {
      if (parts(el, 'event').length === 8) whenRendered.push(jsonLd(el)!['@graph'].length);
    });
    observer.observe(root(el), { childList: true, subtree: true });
    (part(el, 'more-button') as HTMLButtonElement).click();
    await until(() => expect(jsonLd(el)!['@graph']).toHaveLength(8));
    observer.disconnect();
    expect(whenRendered[0]).toBe(4);
  });

  it('keeps hostile text inert: no markup, no "<" in the JSON-LD, no script run', async () => {
    const el = await eventList((e) => (e.limit = 50), fixedClient({ api: hostileApp }));
    await until(() => expect(parts(el, 'event').length).toBeGreaterThan(10));
    await sleep(100);
    const titles = parts(el, 'title');
    expect(titles.some((t) => t.textContent!.includes('<'))).toBe(true);
    expect(titles.every((t) => t.textContent!.trim() !== '')).toBe(true); // blank ones get a name
    // a title is text, and a link only where the URL is http(s) (or mailto, as safeUrl allows)
    for (const title of titles) {
      for (const child of title.querySelectorAll('*')) {
        expect(['a', 'span']).toContain(child.localName);
        if (child.localName === 'a')
          expect((child as HTMLAnchorElement).protocol).toMatch(/^(https?|mailto):$/);
      }
    }
    // every link is http(s) or mailto, but the subscription: `webcal:` for the API's own feed
    const feed = root(el).querySelector<HTMLAnchorElement>('[part="feed-link"]')!.href;
    expect(root(el).querySelector<HTMLAnchorElement>('[part="subscribe-link"]')!.href).toBe(
      feed.replace(/^https:/, 'webcal:'),
    );
    for (const link of root(el).querySelectorAll<HTMLAnchorElement>(
      'a:not([part="subscribe-link"])',
    )) {
      expect(link.protocol).toMatch(/^(https?|mailto):$/);
    }
    const script = el.querySelector('script')!;
    expect(script.textContent).not.toContain('<');
    expect(script.children).toHaveLength(0);
    const names = jsonLd(el)!['@graph'].map((e) => e['name'] as string);
    // closing tags round-trip exactly (the JSON text above has no "<" at all)
    expect(names.some((name) => /<\/(textarea|title|style)>/.test(name))).toBe(true);
    // The online event titled "<script>…</script>" has no http(s) address for its VirtualLocation
    // (both of its URLs are hostile): Google would reject it, so it is shown but gets no item.
    const scriptTitle = titles.find((t) => t.textContent!.includes('</script>'));
    expect(scriptTitle).toBeDefined();
    expect(names.some((name) => name.includes('</script>'))).toBe(false);
    expect((window as { __saxonPwned?: unknown }).__saxonPwned).toBeUndefined();
  });
});
