import type { DirectoryEvent } from '@saxon-ai/sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { eventToSchemaOrg, jsonLdText, syncJsonLd } from './json-ld.js';

const base = {
  timeZone: 'Europe/Berlin' as const,
  status: 'scheduled' as const,
  organizerIds: ['infai'],
  organizers: [{ id: 'infai', name: 'InfAI e. V.' }],
  topics: ['nlp'],
  updatedAt: '2026-03-01T09:00:00+01:00',
};

const meetup: DirectoryEvent = {
  ...base,
  id: 'nlp-meetup',
  title: 'NLP-Meetup Leipzig',
  description: '**Vorträge** und [Diskussion](https://example.org).',
  start: '2026-10-24T18:30:00+02:00',
  end: '2026-10-24T21:00:00+02:00',
  allDay: false,
  attendanceMode: 'offline',
  location: {
    name: 'Institutsgebäude',
    address: 'Beispielstraße 39, 04109 Leipzig',
    city: 'Leipzig',
  },
  url: 'https://events.example/nlp-meetup',
  language: 'de',
};

const hostile: DirectoryEvent = {
  ...base,
  id: 'hostile',
  title: '</script><script>window.__saxonPwned = 1</script>',
  start: '2026-03-17',
  end: '2026-03-20',
  allDay: true,
  status: 'postponed',
  attendanceMode: 'mixed',
  location: { name: '<img src=x onerror=alert(1)>', city: 'Görlitz' },
  onlineUrl: 'javascript:alert(1)',
  url: 'https://events.example/hostile',
};

afterEach(() => document.body.replaceChildren());

describe('schema.org mapping', () => {
  it('maps a timed event with its offset, status, attendance, place, organizer', () => {
    expect(eventToSchemaOrg(meetup)).toEqual({
      '@type': 'Event',
      name: 'NLP-Meetup Leipzig',
      description: 'Vorträge und Diskussion.',
      startDate: '2026-10-24T18:30:00+02:00',
      endDate: '2026-10-24T21:00:00+02:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Institutsgebäude',
        address: {
          '@type': 'PostalAddress',
          streetAddress: 'Beispielstraße 39',
          postalCode: '04109',
          addressLocality: 'Leipzig',
          addressRegion: 'Sachsen',
          addressCountry: 'DE',
        },
      },
      organizer: [{ '@type': 'Organization', name: 'InfAI e. V.' }],
      url: 'https://events.example/nlp-meetup',
      inLanguage: 'de',
    });
  });

  it('gives all-day events dates (the last day as endDate) and hybrid ones both locations', () => {
    const json = eventToSchemaOrg(hostile);
    expect(json).toMatchObject({
      startDate: '2026-03-17',
      endDate: '2026-03-19',
      eventStatus: 'https://schema.org/EventPostponed',
      eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
    });
    // the javascript: online URL is dropped; the event page stands in
    expect(json['location']).toEqual([
      {
        '@type': 'Place',
        name: '<img src=x onerror=alert(1)>',
        address: {
          '@type': 'PostalAddress',
          addressLocality: 'Görlitz',
          addressRegion: 'Sachsen',
          addressCountry: 'DE',
        },
      },
      { '@type': 'VirtualLocation', url: 'https://events.example/hostile' },
    ]);
  });

  it('writes "<" as \\u003c, so no value can close the script element', () => {
    const text = jsonLdText([hostile]);
    expect(text).not.toContain('<');
    expect(text).toContain('\\u003c/script>');
    const parsed = JSON.parse(text) as { '@context': string; '@graph': { name: string }[] };
    expect(parsed['@context']).toBe('https://schema.org');
    expect(parsed['@graph'][0]!.name).toBe(hostile.title);
  });
});

describe('syncJsonLd', () => {
  it('adds, updates and removes one script element in the light DOM', () => {
    const host = document.createElement('div');
    host.append(document.createElement('p'));
    document.body.append(host);
    syncJsonLd(host, [meetup]);
    const script = host.querySelector('script')!;
    expect(script.type).toBe('application/ld+json');
    expect(script.parentNode).toBe(host);
    syncJsonLd(host, [meetup, hostile]);
    expect(host.querySelectorAll('script')).toHaveLength(1);
    expect(host.querySelector('script')).toBe(script);
    expect(JSON.parse(script.textContent!)['@graph']).toHaveLength(2);
    syncJsonLd(host, []);
    expect(host.querySelector('script')).toBeNull();
    expect(host.children).toHaveLength(1); // the page's own content stays
  });

  it('leaves out an event without a required property, and the script when none is left', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const { location: _venue, ...noVenue } = meetup;
    syncJsonLd(host, [noVenue]);
    expect(host.querySelector('script')).toBeNull();
    syncJsonLd(host, [noVenue, meetup]);
    const graph = JSON.parse(host.querySelector('script')!.textContent!)['@graph'];
    expect(graph).toEqual([eventToSchemaOrg(meetup)]);
    syncJsonLd(host, [noVenue]);
    expect(host.querySelector('script')).toBeNull();
  });

  it("names an organiser's website as its url, only when it is an http(s) address", () => {
    const organizers = [
      { id: 'infai', name: 'InfAI e. V.', url: 'https://infai.org' },
      { id: 'evil', name: 'Evil', url: 'javascript:alert(1)' },
      { name: 'Verein' },
    ];
    expect(eventToSchemaOrg({ ...meetup, organizers })['organizer']).toEqual([
      { '@type': 'Organization', name: 'InfAI e. V.', url: 'https://infai.org/' },
      { '@type': 'Organization', name: 'Evil' },
      { '@type': 'Organization', name: 'Verein' },
    ]);
  });

  it('works in a page with a strict CSP and Trusted Types, and runs nothing', async () => {
    const { page, violations, window } = await strictFrame(
      "default-src 'none'; script-src 'none'; require-trusted-types-for 'script'",
    );
    // The policy is in force: assigning a plain string as a script's text is refused here.
    const probe = page.createElement('script');
    expect(() => {
      probe.textContent = '{}';
    }).toThrow(/TrustedScript/);

    const host = page.getElementById('host')!;
    expect(() => syncJsonLd(host, [meetup, hostile])).not.toThrow();
    const script = host.querySelector('script')!;
    expect(JSON.parse(script.textContent!)['@graph'][1].name).toBe(hostile.title);
    expect(() => syncJsonLd(host, [hostile])).not.toThrow();
    expect(JSON.parse(script.textContent!)['@graph']).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // only the probe above was refused; the JSON-LD went through the saxon-json-ld policy
    expect(violations).toEqual(['require-trusted-types-for: HTMLScriptElement textContent|{}']);
    expect((window as { __saxonPwned?: unknown }).__saxonPwned).toBeUndefined();
  });

  it('still writes the data where a Trusted Types allow-list leaves its policy out', async () => {
    const { page, violations } = await strictFrame(
      "script-src 'none'; require-trusted-types-for 'script'; trusted-types lit-html",
    );
    const host = page.getElementById('host')!;
    expect(() => syncJsonLd(host, [meetup])).not.toThrow();
    expect(JSON.parse(host.querySelector('script')!.textContent!)['@graph'][0].name).toBe(
      meetup.title,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    // the page learns about it through its CSP reports
    expect(violations.length).toBeGreaterThan(0);
  });
});

/** A same-origin frame with the given Content-Security-Policy, and the violations it reports. */
async function strictFrame(policy: string) {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy"
    content="${policy}"></head><body><div id="host"></div></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const page = frame.contentDocument!;
  const violations: string[] = [];
  page.addEventListener('securitypolicyviolation', (event) =>
    violations.push(`${event.violatedDirective}: ${event.sample}`),
  );
  return { page, violations, window: frame.contentWindow! };
}
