// Issue 13, broken responses: every widget, set up by attributes with its real default SDK client,
// against the demo API over real HTTP, meets each kind of broken answer the fault injector can send
// for its data request. Each time the widget shows its error panel — a German message that fits,
// spoken by the live region too, and a retry button — nothing escapes as an uncaught error or an
// unhandled rejection, and once the server is healthy again the retry button (by mouse or by
// keyboard) brings the data back.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  clearFaults,
  clearRequestLog,
  deepActiveElement,
  expectErrorShown,
  loggedRequests,
  MESSAGES,
  place,
  pressRetry,
  setFaults,
  shownError,
  WIDGETS,
  watchUncaught,
  withoutHttpCache,
  type FaultRule,
  type WidgetUnderTest,
} from './support.js';

/** The default client's largest accepted body (the SDK's `maxResponseBytes` default, 20 MiB). */
const DEFAULT_LIMIT = 20 * 1024 * 1024;

interface BrokenKind {
  name: string;
  rule: Omit<FaultRule, 'path'>;
  message: string;
  /** The SDK error code behind it: what proves the widget met this kind and no other. */
  code: string;
  /** Only for these mounts (CKAN's own envelope). */
  only?: WidgetUnderTest['api'];
  /** A client with a short time limit, instead of the default client's 10 s. */
  timeout?: number;
  retry: 'click' | 'keyboard';
}

const KINDS: BrokenKind[] = [
  {
    name: 'truncated JSON (the real answer cut in half)',
    rule: { body: 'truncated' },
    code: 'invalid_json',
    message: MESSAGES.invalid,
    retry: 'click',
  },
  {
    name: 'an HTML error page with status 200',
    rule: { body: 'html', status: 200 },
    code: 'invalid_json',
    message: MESSAGES.invalid,
    retry: 'keyboard',
  },
  {
    name: 'wrong types in the envelope',
    rule: { body: 'wrong-types' },
    code: 'invalid_response',
    message: MESSAGES.invalid,
    retry: 'click',
  },
  {
    name: 'required fields missing',
    rule: { body: 'missing-fields' },
    code: 'invalid_response',
    message: MESSAGES.invalid,
    retry: 'keyboard',
  },
  {
    name: "CKAN's success:false with status 200",
    rule: { body: 'ckan-failure', status: 200 },
    code: 'portal_error',
    message: MESSAGES.server,
    only: 'ckan',
    retry: 'click',
  },
  {
    name: 'an empty body',
    rule: { body: 'empty' },
    code: 'invalid_json',
    message: MESSAGES.invalid,
    retry: 'keyboard',
  },
  {
    name: 'a body larger than the default client accepts (24 MiB > 20 MiB)',
    rule: { body: 'huge', hugeBytes: DEFAULT_LIMIT + 4 * 1024 * 1024 },
    code: 'response_too_large',
    message: MESSAGES.tooLarge,
    retry: 'click',
  },
  {
    name: 'headers, then a stall (client time limit 1 s)',
    rule: { stall: 'after-headers' },
    code: 'timeout',
    message: MESSAGES.timeout,
    timeout: 1000,
    retry: 'keyboard',
  },
];

withoutHttpCache();
const uncaught = watchUncaught();

beforeEach(() => {
  document.documentElement.lang = 'de';
});
afterEach(async () => {
  document.body.replaceChildren();
  await clearFaults();
});

describe.each(WIDGETS)('$name meets a broken answer', (widget) => {
  const kinds = KINDS.filter((kind) => !kind.only || kind.only === widget.api);

  it.each(kinds)('$name: error panel with retry, then data again', async (kind) => {
    await setFaults([{ path: widget.faultPath, ...kind.rule }]);
    await clearRequestLog();
    const el = widget.create();
    if (kind.timeout) Object.assign(el, { client: widget.clientWithTimeout(kind.timeout) });
    await place(el);

    await expectErrorShown(el, kind.message);
    expect(shownError(el).code).toBe(kind.code);
    // the fault met the widget's own data request, not a cached or unrelated one
    const failed = (await loggedRequests()).filter((entry) => widget.isDataRequest(entry.url));
    expect(failed.length).toBeGreaterThan(0);

    await clearFaults();
    await pressRetry(el, kind.retry);
    await widget.dataShown(el);
    const retried = (await loggedRequests()).filter((entry) => widget.isDataRequest(entry.url));
    expect(retried.length).toBeGreaterThan(failed.length);
    expect(retried.at(-1)!.url).toBe(failed.at(-1)!.url); // the same request, asked again
    if (kind.retry === 'keyboard') {
      // focus does not fall to the page with the vanished button: it waits in the content area
      await widget.dataShown(el);
      expect(el.shadowRoot!.contains(deepActiveElement())).toBe(true);
    }
    expect(uncaught.list).toEqual([]);
  });
});
