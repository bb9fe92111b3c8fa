import { describe, expect, it } from 'vitest';
import {
  createDirectoryClient,
  InvalidRequestError,
  NetworkError,
  RateLimitError,
  type SubmissionInput,
} from '../../sdk/src/index.js';
import { createDemoApi, type FaultRule } from '../src/index.js';

// The demo API core as Storybook's MSW worker runs it: in the page (Chromium), no Node APIs.
const ORIGIN = 'https://demo-api.saxon-ai.invalid';

function clientOf(faults: FaultRule[] = []) {
  const app = createDemoApi({ now: () => new Date('2026-11-22T10:00:00+01:00'), faults });
  return createDirectoryClient({
    baseUrl: `${ORIGIN}/directory/v1`,
    retry: 0,
    // As MSW does: a network-error answer (`Response.error()`) makes fetch reject.
    fetch: async (input, init) => {
      const response = await app.fetch(new Request(input, init));
      if (response.type === 'error') throw new TypeError('Failed to fetch');
      return response;
    },
  });
}

const submission = (name: string): SubmissionInput =>
  ({
    kind: 'actor',
    action: 'create',
    data: {
      name,
      category: 'research',
      address: { city: 'Chemnitz', postalCode: '09111', ags: '14511000' },
      location: { lat: 50.83, lon: 12.92, precision: 'city' },
    },
    submitter: { name: 'Erika Mustermann', email: 'erika@beispiel.example' },
    consent: true,
  }) as SubmissionInput;

describe('demo API submissions in the browser (as in Storybook)', () => {
  it('takes, shows and withdraws a submission', async () => {
    const client = clientOf();
    const receipt = await client.submissions.create(submission('Browser-Labor Chemnitz'));
    expect(receipt.statusUrl).toMatch(
      /^https:\/\/demo-api\.saxon-ai\.invalid\/directory\/v1\/submissions\/status\/[\w-]{43}$/,
    );
    expect((await client.submissions.status(receipt.statusUrl)).status).toBe('pending');
    expect((await client.submissions.withdraw(receipt.statusUrl)).status).toBe('withdrawn');
  });

  it('refuses a bad entry with coded field errors', async () => {
    const error = await clientOf()
      .submissions.create(submission('   '))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect((error as InvalidRequestError).fieldErrors).toEqual([
      { name: 'data.name', reason: 'is required', code: 'required' },
    ]);
  });

  it('honours the faults: 429 with Retry-After, a dropped connection', async () => {
    const path = '/directory/v1/submissions';
    const limited = await clientOf([{ path, status: 429, retryAfter: 60 }])
      .submissions.create(submission('A'))
      .catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(RateLimitError);
    expect((limited as RateLimitError).retryAfter).toBe(60);
    const offline = await clientOf([{ path, drop: true }])
      .submissions.create(submission('A'))
      .catch((e: unknown) => e);
    expect(offline).toBeInstanceOf(NetworkError);
  });
});
