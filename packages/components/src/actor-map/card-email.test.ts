// The card's e-mail becomes a `mailto:` link only for a plain valid address (issue 25): every
// address of the hostile e-mail corpus is judged, the valid ones link to exactly themselves.
import { describe, expect, it } from 'vitest';
import { HOSTILE_EMAILS, VALID_HOSTILE_EMAILS } from '@saxon-ai/demo-api';
import { mailtoUrl } from './card-email.js';

describe('mailtoUrl', () => {
  it('links the valid addresses of the hostile corpus to themselves and no other', () => {
    expect(HOSTILE_EMAILS.length).toBeGreaterThan(30);
    for (const email of HOSTILE_EMAILS) {
      const href = mailtoUrl(email);
      if (VALID_HOSTILE_EMAILS.includes(email)) {
        expect(href, JSON.stringify(email)).toBe(`mailto:${email}`);
        expect(new URL(href!).pathname).toBe(email);
      } else {
        expect(href, JSON.stringify(email)).toBeUndefined();
      }
    }
  });

  it('takes internationalised domains, and no address longer than SMTP carries', () => {
    expect(mailtoUrl('post@bücherei.example')).toBe('mailto:post@b%C3%BCcherei.example');
    expect(mailtoUrl(`${'a'.repeat(64)}@example.de`)).toBeDefined();
    expect(mailtoUrl(`${'a'.repeat(65)}@example.de`)).toBeUndefined();
    const long = `a@${Array.from({ length: 5 }, () => 'b'.repeat(60)).join('.')}.de`;
    expect(long.length).toBeGreaterThan(254);
    expect(mailtoUrl(long)).toBeUndefined();
  });
});
