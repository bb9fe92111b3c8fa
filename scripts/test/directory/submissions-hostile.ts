import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTOR_INPUT, EVENT_INPUT } from './submission-fixtures.js';
import { call, type SubmissionsTarget } from './submissions-http.js';

/** What the server does to accepted text (readText): CRLF → LF, trimmed, NFC. */
const normalized = (text: string) => text.replace(/\r\n?/g, '\n').trim().normalize('NFC');
/** An optional field as answered: the normalized text, or absent when that is empty. */
const optional = (key: string, text: string) =>
  normalized(text) ? { [key]: normalized(text) } : {};

/** Bodies over 64 KiB (the corpus has a few giant strings) must get 413, unread. */
const tooLarge = (body: object) => Buffer.byteLength(JSON.stringify(body)) > 64 * 1024;

/**
 * Every hostile string through every submitted text field: each answer is 202 or a 400 naming
 * the field (never 500), and what was accepted comes back from moderation, and after approval
 * from the public API, as exactly that text.
 */
export function describeHostileSubmissions(
  name: string,
  strings: readonly string[],
  start: () => Promise<SubmissionsTarget>,
) {
  describe(`${name}: hostile text in every submitted field`, () => {
    let target: SubmissionsTarget;
    beforeAll(async () => {
      target = await start();
    });
    afterAll(async () => {
      await target?.close();
    });
    const n = strings.length;
    // Field k of submission i holds string i + k: across the corpus every string visits every field.
    const text = (i: number) => strings[i % n]!;

    it('actors: stored and returned as text, or refused with 400', async () => {
      let accepted = 0;
      for (let i = 0; i < n; i++) {
        const data = {
          ...ACTOR_INPUT,
          name: text(i),
          subtype: text(i + 1),
          description: text(i + 2),
          address: { ...ACTOR_INPUT.address, street: text(i + 3), city: text(i + 4) },
        };
        const body = {
          kind: 'actor',
          action: 'create',
          data,
          submitter: { name: text(i + 5), email: 'h@beispiel.example' },
          message: text(i + 6),
          signals: { website: text(i + 7) },
          consent: true,
        };
        const answer = await call(target.url, 'POST', '/directory/v1/submissions', { body });
        if (tooLarge(body)) {
          expect(answer.status).toBe(413);
          continue;
        }
        expect([202, 400], `${JSON.stringify(text(i))}: ${answer.text.slice(0, 200)}`).toContain(
          answer.status,
        );
        if (answer.status === 400) {
          for (const error of answer.body.errors as { name: string }[])
            expect(error.name).toMatch(/^(data\.|submitter\.|message|signals)/);
          continue;
        }
        accepted++;
        const detail = await call(
          target.url,
          'GET',
          `/directory/v1/moderation/submissions/${answer.body.id}`,
          { headers: target.editor },
        );
        expect(detail.status).toBe(200);
        expect(detail.body.data).toEqual(data);
        expect(detail.body.submitter.name).toBe(normalized(text(i + 5)));
        expect(detail.body.message).toBe(normalized(text(i + 6)) || undefined);
        const approved = await call(
          target.url,
          'POST',
          `/directory/v1/moderation/submissions/${answer.body.id}/approve`,
          { headers: target.editor },
        );
        expect(approved.status, approved.text.slice(0, 200)).toBe(200);
        const entry = await call(
          target.url,
          'GET',
          `/directory/v1/actors/${encodeURIComponent(approved.body.entry.id)}`,
        );
        const {
          id: _id,
          updatedAt: _at,
          location: _l,
          topics: _t,
          offers: _o,
          ...shown
        } = entry.body;
        expect(shown).toEqual({
          name: normalized(text(i)),
          category: ACTOR_INPUT.category,
          ...optional('subtype', text(i + 1)),
          ...optional('description', text(i + 2)),
          address: {
            ...optional('street', text(i + 3)),
            postalCode: ACTOR_INPUT.address.postalCode,
            city: normalized(text(i + 4)),
          },
          website: ACTOR_INPUT.website,
        });
      }
      // Most of the corpus is ordinary (if nasty) text that must be accepted, not refused.
      expect(accepted).toBeGreaterThan(n / 2);
    });

    it('events: stored and returned as text, or refused with 400', async () => {
      let accepted = 0;
      for (let i = 0; i < n; i++) {
        const data = {
          ...EVENT_INPUT,
          title: text(i),
          description: text(i + 1),
          location: { name: text(i + 2), address: text(i + 3), city: text(i + 4) },
          organizers: [{ name: text(i + 5) }],
        };
        const body = {
          kind: 'event',
          action: 'create',
          data,
          submitter: { name: 'H', email: 'h@beispiel.example' },
          consent: true,
        };
        const answer = await call(target.url, 'POST', '/directory/v1/submissions', { body });
        if (tooLarge(body)) {
          expect(answer.status).toBe(413);
          continue;
        }
        expect([202, 400]).toContain(answer.status);
        if (answer.status === 400) continue;
        accepted++;
        const detail = await call(
          target.url,
          'GET',
          `/directory/v1/moderation/submissions/${answer.body.id}`,
          { headers: target.editor },
        );
        expect(detail.body.data).toEqual(data);
      }
      expect(accepted).toBeGreaterThan(n / 2);
    });
  });
}
