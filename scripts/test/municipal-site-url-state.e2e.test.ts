// Issue 25: the map and the event list keep their state in the page URL (`sync-url`) on the
// Musterstadt page, served as `pnpm start` serves it, in Chromium. A visitor filters the map (topic,
// Kreis, category), filters the events (mode), opens an actor's card; a reload shows the same page,
// Back steps through every earlier state and Forward returns. The two widgets (and the dataset
// search, also with `sync-url`) write their own parameters and never each other's.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useJourneySite } from './journey-support.js';

const journey = useJourneySite();

/** What a visitor sees of the two widgets' state, read from their shadow roots. */
interface Shown {
  mapTopics: string[];
  kreis: string;
  categories: string[];
  listView: boolean;
  card: string | null;
  eventTopic: string;
  eventMode: string;
  events: string[];
}

const shown = (page: Page): Promise<Shown> =>
  page.evaluate(() => {
    const map = document.querySelector('saxon-actor-map')!.shadowRoot!;
    const list = document.querySelector('saxon-event-list')!.shadowRoot!;
    const select = (root: ShadowRoot, selector: string) =>
      root.querySelector<HTMLSelectElement>(selector);
    return {
      mapTopics: [...(select(map, '#filter-topic')?.selectedOptions ?? [])].map((o) => o.value),
      kreis: select(map, '#filter-kreis')?.value ?? '',
      categories: [...map.querySelectorAll<HTMLInputElement>('[part="category-filter"] input')]
        .filter((input) => input.checked)
        .map((input) => input.value),
      listView: map.querySelector('[part="item-button"], [part="list-empty"]') !== null,
      card: map.querySelector('[part="detail-title"]')?.textContent?.trim() ?? null,
      eventTopic: select(list, '#filter-topic')?.value ?? '',
      eventMode: select(list, '#filter-attendanceMode')?.value ?? '',
      events: [...list.querySelectorAll<HTMLElement>('[data-event-id]')].map(
        (item) => item.dataset['eventId']!,
      ),
    };
  });

/** The page's query parameters, sorted, as `name=value` (one entry per value). */
const params = (page: Page) =>
  [...new URL(page.url()).searchParams].map(([name, value]) => `${name}=${value}`).sort();

/** Waits until the widgets show `expected` (their loads may each still be under way). */
async function expectShown(page: Page, expected: Shown, step: string) {
  await expect
    .poll(() => shown(page), { timeout: 30_000, interval: 200, message: step })
    .toEqual(expected);
}

/** Waits until the widgets have loaded and nothing is loading any more. */
async function settled(page: Page) {
  await page.waitForFunction(
    () => {
      const busy = (root: ShadowRoot | null | undefined) =>
        !root || root.querySelector('[aria-busy="true"], saxon-skeleton') !== null;
      const map = document.querySelector('saxon-actor-map')?.shadowRoot;
      const list = document.querySelector('saxon-event-list')?.shadowRoot;
      return (
        !busy(map) &&
        !busy(list) &&
        list!.querySelector('[data-event-id], [part~="empty"]') !== null &&
        map!.querySelector('#filter-topic option') !== null
      );
    },
    undefined,
    { timeout: 30_000, polling: 100 },
  );
}

describe('Musterstadt: map and events keep their state in the URL', () => {
  it(
    'a reload shows the same filters, card and events; Back and Forward restore every step',
    {
      timeout: 240_000,
    },
    async () => {
      const context = await journey.browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(String(error)));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      try {
        await page.goto(`${journey.site.url}/`);
        await settled(page);
        const map = page.locator('saxon-actor-map');
        const events = page.locator('saxon-event-list');
        const steps: { params: string[]; shown: Shown; name: string }[] = [];
        const record = async (name: string, expectParams: (p: string[]) => void) => {
          await settled(page);
          await expect
            .poll(() => params(page), { timeout: 15_000, message: name })
            .toSatisfy((p: string[]) => {
              expectParams(p);
              return true;
            });
          steps.push({ name, params: params(page), shown: await shown(page) });
        };
        await record('start', (p) => expect(p).toEqual([]));
        const start = steps[0]!.shown;
        expect(start.events.length).toBeGreaterThan(0);

        // 1. a topic on the map; the events follow through the context
        const topic = await map.locator('#filter-topic').evaluate((select: HTMLSelectElement) => {
          const options = [...select.options].filter((o) => /\((\d+)\)/.test(o.text));
          return (options.find((o) => !/\(0\)/.test(o.text)) ?? select.options[0]!).value;
        });
        await map.locator('#filter-topic').selectOption([topic]);
        await record('map topic', (p) => {
          expect(p).toContain(`map-topic=${topic}`);
          expect(p).toContain(`ev-topic=${topic}`);
        });

        // 2. a mode on the events: only the event list's parameter changes
        const mode = await events
          .locator('#filter-attendanceMode')
          .evaluate((select: HTMLSelectElement) => [...select.options].at(-1)!.value);
        expect(mode).not.toBe('');
        await events.locator('#filter-attendanceMode').selectOption(mode);
        await record('event mode', (p) => {
          expect(p).toContain(`ev-mode=${mode}`);
          expect(p).toContain(`map-topic=${topic}`);
        });

        // 3. a Kreis on the map (Dresden), which the events follow too
        await map.locator('#filter-kreis').selectOption('14612');
        await record('map Kreis', (p) => {
          expect(p).toContain('map-kreis=14612');
          expect(p).toContain(`ev-mode=${mode}`);
        });

        // 4. one category fewer on the map
        await map.locator('[part="category-filter"] input[value="education"]').uncheck();
        await record('map category', (p) => {
          expect(p.filter((entry) => entry.startsWith('map-category='))).toEqual([
            'map-category=company',
            'map-category=network',
            'map-category=research',
          ]);
        });

        // 5. the list view, and 6. an actor's card
        await map.locator('[part="view-button"]').last().click();
        await record('list view', (p) => expect(p).toContain('map-view=list'));
        const row = map.locator('[part="item-button"]').first();
        const actorId = (await row.getAttribute('data-key'))!.replace(/^row-/, '');
        await row.click();
        await map.locator('[part="detail-facts"]').waitFor({ timeout: 15_000 });
        await record('actor card', (p) => expect(p).toContain(`map-actor=${actorId}`));
        const last = steps.at(-1)!;
        expect(last.shown.card).not.toBeNull();
        expect(last.shown).toMatchObject({
          mapTopics: [topic],
          kreis: '14612',
          categories: ['company', 'research', 'network'],
          listView: true,
          eventTopic: topic,
          eventMode: mode,
        });
        // the filters changed what the events show
        expect(last.shown.events).not.toEqual(start.events);
        // each widget's parameters, and no other: map-…, ev-… (the dataset search wrote none)
        for (const entry of last.params) expect(entry).toMatch(/^(map|ev)-/);

        // a reload: the same URL, the same state on screen
        await page.reload();
        await settled(page);
        await map.locator('[part="detail-facts"]').waitFor({ timeout: 15_000 });
        expect(params(page)).toEqual(last.params);
        await expectShown(page, last.shown, 'after reload');

        // Back through every step, then Forward to the last again
        for (let i = steps.length - 2; i >= 0; i--) {
          await page.goBack();
          await expect
            .poll(() => params(page), { timeout: 15_000, message: `back to ${steps[i]!.name}` })
            .toEqual(steps[i]!.params);
          await expectShown(page, steps[i]!.shown, `back to ${steps[i]!.name}`);
        }
        for (let i = 1; i < steps.length; i++) {
          await page.goForward();
          await expect
            .poll(() => params(page), { timeout: 15_000, message: `forward to ${steps[i]!.name}` })
            .toEqual(steps[i]!.params);
          await expectShown(page, steps[i]!.shown, `forward to ${steps[i]!.name}`);
        }
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
