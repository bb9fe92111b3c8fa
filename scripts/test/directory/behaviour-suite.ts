import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUITE_NOW, type DirectoryTarget } from './target.js';

/**
 * Behaviour of the directory API that the contract's schemas cannot state (filters really filter,
 * facets ignore their own filter, German-aware search, paging, iCalendar, ETag/304, CORS). Runs
 * against the in-memory demo API and against the directory server on SQLite and PostgreSQL, all
 * holding the demo data at SUITE_NOW, so the servers cannot drift apart.
 */
export function describeDirectoryBehaviour(name: string, start: () => Promise<DirectoryTarget>) {
  let target: DirectoryTarget;
  const dir = <T = any>(path: string, init?: RequestInit) =>
    target.get<T>(`/directory/v1${path}`, init);

  describe(`${name}: directory behaviour`, () => {
    beforeAll(async () => {
      target = await start();
    });
    afterAll(async () => {
      await target?.close?.();
    });

    describe('directory: actors', () => {
      it('filters research institutes in Dresden', async () => {
        const { status, body } = await dir('/actors?category=research&city=Dresden&limit=100');
        expect(status).toBe(200);
        expect(body.total).toBeGreaterThan(5);
        expect(body.items).toHaveLength(body.total);
        for (const actor of body.items) {
          expect(actor.category).toBe('research');
          expect(actor.address.city).toBe('Dresden');
        }
        expect(body.items.map((a: any) => a.id)).toContain('tu-dresden');
      });

      it('counts facets disjunctively and labels them in the requested language', async () => {
        const de = (await dir('/actors?category=research')).body;
        const categoryFacet = de.facets.category;
        // The category facet ignores the category filter, so other categories stay selectable.
        expect(categoryFacet.map((f: any) => f.value).sort()).toEqual([
          'company',
          'education',
          'network',
          'research',
        ]);
        expect(categoryFacet.find((f: any) => f.value === 'research')).toEqual({
          value: 'research',
          label: 'Forschung',
          count: de.total,
        });
        const sum = categoryFacet.reduce((s: number, f: any) => s + f.count, 0);
        expect(sum).toBe((await dir('/actors')).body.total);
        const en = (await dir('/actors?category=research&lang=en')).body;
        expect(en.facets.category.find((f: any) => f.value === 'research').label).toBe('Research');
        // The city facet respects the category filter.
        const dresdenResearch = (await dir('/actors?category=research&city=Dresden')).body.total;
        expect(de.facets.city.find((f: any) => f.value === 'Dresden').count).toBe(dresdenResearch);
      });

      it('searches text German-aware and ranks name hits first', async () => {
        const folded = (await dir('/actors?q=Universitaet')).body;
        const umlaut = (await dir('/actors?q=Universit%C3%A4t')).body;
        expect(umlaut.total).toBeGreaterThan(0);
        expect(folded.total).toBe(umlaut.total);
        expect(umlaut.items[0].name).toMatch(/Universität/);
        expect((await dir('/actors?q=zzzzqqq')).body.total).toBe(0);
      });

      it('filters by topic, Kreis (AGS) and bounding box', async () => {
        const leipzig = (await dir('/actors?ags=14713&limit=100')).body;
        expect(leipzig.total).toBeGreaterThan(0);
        expect(leipzig.items.every((a: any) => a.address.ags === '14713')).toBe(true);
        const box = (await dir('/actors?bbox=13.5,50.9,14.0,51.2&limit=500')).body;
        expect(box.total).toBeGreaterThan(0);
        for (const a of box.items) {
          expect(a.location.lon).toBeGreaterThanOrEqual(13.5);
          expect(a.location.lat).toBeLessThanOrEqual(51.2);
        }
        const topic = (await dir('/actors')).body.facets.topic[0].value;
        const byTopic = (await dir(`/actors?topic=${topic}&limit=500`)).body;
        expect(byTopic.items.every((a: any) => a.topics.includes(topic))).toBe(true);
      });

      it('ORs several topic values on actors, their GeoJSON and events', async () => {
        const topics = (await dir('/topics')).body.items as { id: string; actorCount: number }[];
        const [a, b] = topics.filter((t) => t.actorCount > 0).map((t) => t.id);
        const ids = (items: { id: string }[]) => items.map((item) => item.id).sort();
        const actorsOf = async (query: string) =>
          ids((await dir(`/actors?${query}&limit=500`)).body.items);
        const union = [
          ...new Set([...(await actorsOf(`topic=${a}`)), ...(await actorsOf(`topic=${b}`))]),
        ].sort();
        expect(union.length).toBeGreaterThan((await actorsOf(`topic=${a}`)).length);
        expect(await actorsOf(`topic=${a}&topic=${b}`)).toEqual(union);
        const geo = (await dir(`/actors.geojson?topic=${a}&topic=${b}`)).body;
        expect(geo.features.map((f: any) => f.properties.id).sort()).toEqual(union);

        const eventsOf = async (query: string) =>
          ids((await dir(`/events?from=2020-01-01&limit=200&${query}`)).body.items);
        const eventTopics = (await dir('/events?from=2020-01-01&limit=200')).body.facets.topic;
        const [c, d] = eventTopics.map((f: any) => f.value as string);
        const eventUnion = [
          ...new Set([...(await eventsOf(`topic=${c}`)), ...(await eventsOf(`topic=${d}`))]),
        ].sort();
        expect(eventUnion.length).toBeGreaterThan((await eventsOf(`topic=${c}`)).length);
        expect(await eventsOf(`topic=${c}&topic=${d}`)).toEqual(eventUnion);
      });

      it('pages through all actors without gaps or repeats', async () => {
        const ids: string[] = [];
        let offset = 0;
        let total = Infinity;
        while (offset < total) {
          const page = (await dir(`/actors?limit=7&offset=${offset}`)).body;
          total = page.total;
          ids.push(...page.items.map((a: any) => a.id));
          offset += 7;
        }
        expect(total).toBe(50);
        expect(new Set(ids).size).toBe(50);
        expect((await dir('/actors?offset=1000')).body.items).toEqual([]);
      });

      it('rejects bad parameters with one problem+json listing all of them', async () => {
        const { status, headers, body } = await dir(
          '/actors?limit=0&offset=-1&category=spaceship&bbox=1,2,3&sort=random',
        );
        expect(status).toBe(400);
        expect(headers.get('content-type')).toBe('application/problem+json');
        expect(body.status).toBe(400);
        expect(body.errors.map((e: any) => e.name).sort()).toEqual([
          'bbox',
          'category',
          'limit',
          'offset',
          'sort',
        ]);
      });

      it('reads one actor, or answers 404 as a problem', async () => {
        const { body } = await dir('/actors/tu-dresden');
        expect(body).toMatchObject({
          id: 'tu-dresden',
          name: 'Technische Universität Dresden',
          category: 'research',
        });
        const missing = await dir('/actors/no-such-actor');
        expect(missing.status).toBe(404);
        expect(missing.headers.get('content-type')).toBe('application/problem+json');
      });

      it('serves the same filtered actors as GeoJSON', async () => {
        const response = await dir('/actors.geojson?category=company');
        expect(response.headers.get('content-type')).toBe('application/geo+json');
        const list = (await dir('/actors?category=company&limit=500')).body;
        expect(response.body.type).toBe('FeatureCollection');
        expect(response.body.features).toHaveLength(list.total);
        const feature = response.body.features[0];
        expect(feature.geometry.type).toBe('Point');
        expect(Object.keys(feature.properties).sort()).toEqual(
          expect.arrayContaining(['category', 'city', 'id', 'name', 'topics']),
        );
      });
    });

    describe('directory: events', () => {
      it('lists upcoming events by default, sorted by start', async () => {
        const { body } = await dir('/events?limit=200');
        expect(body.total).toBeGreaterThan(10);
        const starts = body.items.map((e: any) =>
          Date.parse(e.allDay ? `${e.start}T00:00:00+01:00` : e.start),
        );
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
        for (const event of body.items) {
          const end = event.end ?? event.start;
          expect(Date.parse(event.allDay ? `${end}T00:00:00+01:00` : end)).toBeGreaterThanOrEqual(
            SUITE_NOW.getTime() - 86_400_000,
          );
          expect(event.timeZone).toBe('Europe/Berlin');
          expect(Array.isArray(event.organizers)).toBe(true);
          expect('demo' in event).toBe(false);
        }
      });

      it('includes the real past events when asked for the past', async () => {
        const { body } = await dir('/events?from=2021-01-01&to=2024-12-31&limit=200');
        const titles = body.items.map((e: any) => e.title).join(' | ');
        expect(titles).toMatch(/KI-Kongress/);
        expect(
          body.items.every((e: any) => (e.allDay ? e.start : e.start.slice(0, 10)) <= '2024-12-31'),
        ).toBe(true);
      });

      it('filters by attendance mode, status, topic and city', async () => {
        const online = (await dir('/events?attendanceMode=online&from=2020-01-01&limit=200')).body;
        expect(online.total).toBeGreaterThan(0);
        expect(online.items.every((e: any) => e.attendanceMode === 'online')).toBe(true);
        const cancelled = (await dir('/events?status=cancelled&from=2020-01-01&limit=200')).body;
        expect(cancelled.total).toBeGreaterThan(0);
        expect(cancelled.items.every((e: any) => e.status === 'cancelled')).toBe(true);
        const city = (await dir('/events?city=Leipzig&from=2020-01-01&limit=200')).body;
        expect(city.items.every((e: any) => e.location?.city === 'Leipzig')).toBe(true);
        expect(online.facets.attendanceMode.map((f: any) => f.value)).toEqual(
          expect.arrayContaining(['online', 'offline']),
        );
      });

      it('filters by organizer (the actor card\'s "Nächste Veranstaltungen"), any of several', async () => {
        const all = (await dir('/events?from=2020-01-01&limit=200')).body.items as any[];
        const of = (id: string) => all.filter((e) => e.organizerIds.includes(id));
        const dias = (
          await dir('/events?organizer=dias-kompetenzstelle-ki&from=2020-01-01&limit=200')
        ).body;
        expect(dias.total).toBeGreaterThan(1);
        expect(dias.items.map((e: any) => e.id)).toEqual(
          of('dias-kompetenzstelle-ki').map((e) => e.id),
        );
        expect(
          dias.items.every((e: any) =>
            e.organizers.some((o: any) => o.id === 'dias-kompetenzstelle-ki'),
          ),
        ).toBe(true);
        const both = (
          await dir('/events?organizer=casus&organizer=silicon-saxony&from=2020-01-01&limit=200')
        ).body;
        expect(both.items.map((e: any) => e.id).sort()).toEqual(
          [...new Set([...of('casus'), ...of('silicon-saxony')].map((e) => e.id))].sort(),
        );
        const none = (await dir('/events?organizer=gibt-es-nicht&from=2020-01-01')).body;
        expect(none.total).toBe(0);
      });

      it("filters by the venue's Kreis or Gemeinde (ags), any of several, and rejects other keys", async () => {
        const since = '/events?from=2020-01-01&limit=200';
        const all = (await dir(since)).body.items as any[];
        const ids = (body: any) => body.items.map((e: any) => e.id);
        // The town's Gemeinde key, from the Destatis list: Zittau and Görlitz lie in Landkreis Görlitz.
        const agsOf = Object.fromEntries(all.map((e) => [e.location?.city, e.location?.ags]));
        expect(agsOf).toMatchObject({
          Dresden: '14612000',
          Leipzig: '14713000',
          Chemnitz: '14511000',
          Görlitz: '14626110',
          Zittau: '14626610',
          Freiberg: '14522180',
          Mittweida: '14522360',
        });
        expect(all.filter((e) => !e.location).every((e) => !('ags' in (e.location ?? {})))).toBe(
          true,
        );
        const kreis = (await dir(`${since}&ags=14626`)).body;
        expect(kreis.total).toBeGreaterThan(1);
        expect(ids(kreis)).toEqual(
          all.filter((e) => ['Görlitz', 'Zittau'].includes(e.location?.city)).map((e) => e.id),
        );
        const zittau = (await dir(`${since}&ags=14626610`)).body;
        expect(ids(zittau)).toEqual(
          all.filter((e) => e.location?.city === 'Zittau').map((e) => e.id),
        );
        const mittelsachsenOrLeipzig = (await dir(`${since}&ags=14522&ags=14713000`)).body;
        expect(ids(mittelsachsenOrLeipzig)).toEqual(
          all
            .filter((e) => ['Freiberg', 'Mittweida', 'Leipzig'].includes(e.location?.city))
            .map((e) => e.id),
        );
        // ANDed with the other filters; facets count within the Kreis.
        const online = (await dir(`${since}&ags=14612&attendanceMode=online`)).body;
        expect(online.total).toBe(0);
        const dresden = (await dir(`${since}&ags=14612`)).body;
        expect(dresden.facets.city).toEqual([
          { value: 'Dresden', label: 'Dresden', count: dresden.total },
        ]);
        const vogtland = (await dir(`${since}&ags=14523`)).body;
        expect(vogtland).toMatchObject({ total: 0, items: [] });
        const bad = await dir('/events?ags=1462&ags=Dresden&ags=146120001');
        expect(bad.status).toBe(400);
        expect(bad.headers.get('content-type')).toBe('application/problem+json');
        expect(bad.body.errors.map((e: any) => e.name)).toEqual(['ags', 'ags', 'ags']);
        const calendar = await target.get('/directory/v1/events.ics?from=2020-01-01&ags=14626610');
        expect(calendar.text.match(/BEGIN:VEVENT/g)).toHaveLength(zittau.total);
      });

      it("names an organising actor's website as the organizer's url, and no url for others", async () => {
        const all = (await dir('/events?from=2020-01-01&limit=200')).body.items as any[];
        const actors = (await dir('/actors?limit=500')).body.items as any[];
        const website = new Map(actors.map((a) => [a.id, a.website]));
        let withUrl = 0;
        for (const event of all)
          for (const organizer of event.organizers) {
            if (organizer.id === undefined) expect(organizer).not.toHaveProperty('url');
            else expect(organizer.url).toBe(website.get(organizer.id));
            if (organizer.url) withUrl++;
          }
        expect(withUrl).toBeGreaterThan(30);
        const kongress = all.find((e) => e.id === 'ki-kongress-sachsen-2023');
        expect(kongress.organizers).toEqual([{ name: 'Sächsische Staatskanzlei' }]);
      });

      it('reads one event and names its organizers', async () => {
        const first = (await dir('/events?limit=1')).body.items[0];
        const { body } = await dir(`/events/${first.id}`);
        expect(body).toEqual(first);
        expect((await dir('/events/nope')).status).toBe(404);
      });

      it('serves RFC 5545 iCalendar that a maintained parser reads', async () => {
        const list = (await dir('/events?limit=200')).body;
        const { status, headers, text } = await dir('/events.ics');
        expect(status).toBe(200);
        expect(headers.get('content-type')).toBe('text/calendar; charset=utf-8');
        expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
        expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
        expect(text.replace(/\r\n/g, '')).not.toMatch(/\n|\r/);
        for (const line of text.split('\r\n'))
          expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
        const calendar = new ICAL.Component(ICAL.parse(text));
        expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe(
          'Europe/Berlin',
        );
        const vevents = calendar.getAllSubcomponents('vevent');
        expect(vevents).toHaveLength(list.total);
        const first = new ICAL.Event(vevents[0]!);
        expect(first.summary).toBe(list.items[0].title);
      });

      it('serves one event as .ics with the right local time and all-day dates', async () => {
        const all = (await dir('/events?from=2020-01-01&limit=200')).body.items;
        const timed = all.find((e: any) => !e.allDay);
        const allDay = all.find((e: any) => e.allDay && e.end);
        for (const event of [timed, allDay]) {
          const { text } = await dir(`/events/${event.id}.ics`);
          const calendar = new ICAL.Component(ICAL.parse(text));
          const vevent = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
          expect(vevent.uid).toMatch(new RegExp(`^${event.id}@`));
          if (event.allDay) {
            expect(vevent.startDate.isDate).toBe(true);
            expect(vevent.startDate.toString()).toBe(event.start);
            expect(vevent.endDate.toString()).toBe(event.end);
          } else {
            expect(text).toMatch(/DTSTART;TZID=Europe\/Berlin:\d{8}T\d{6}/);
            expect(vevent.startDate.toString().slice(0, 16)).toBe(event.start.slice(0, 16));
          }
        }
      });
    });

    describe('directory: topics and HTTP behaviour', () => {
      it('lists topics with counts in both languages', async () => {
        const de = (await dir('/topics')).body.items;
        const en = (await dir('/topics?lang=en')).body.items;
        expect(de.length).toBeGreaterThan(5);
        expect(de.map((t: any) => t.id)).toEqual(en.map((t: any) => t.id));
        const topic = de.find((t: any) => t.actorCount > 0);
        expect((await dir(`/actors?topic=${topic.id}`)).body.total).toBe(topic.actorCount);
      });

      it('sends ETag and Cache-Control, answers 304 on revalidation, and allows any origin', async () => {
        const first = await dir('/actors?limit=3', {
          headers: { origin: 'https://www.musterstadt.example' },
        });
        const etag = first.headers.get('etag');
        expect(etag).toBeTruthy();
        expect(first.headers.get('cache-control')).toBe('public, max-age=60');
        expect(first.headers.get('access-control-allow-origin')).toBe('*');
        const second = await dir('/actors?limit=3', { headers: { 'if-none-match': etag! } });
        expect(second.status).toBe(304);
        expect(second.text).toBe('');
      });
    });
  });
}
