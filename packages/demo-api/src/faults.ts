import type { Context, MiddlewareHandler } from 'hono';

/**
 * One injected fault. A rule applies to requests whose path starts with `path` (all when absent),
 * for the next `times` matching requests (every one when absent). Faults are off unless a rule is
 * given through `createDemoApi({ faults })` or the test-only control endpoint; no query parameter
 * of the public API can switch them on.
 */
export interface FaultRule {
  /** Path prefix, e.g. `/directory/v1/actors` or `/ckan/api/3/action/package_search`. */
  path?: string;
  /** How many matching requests the rule affects before it is spent. */
  times?: number;
  /** Delay before anything else happens (the answer itself is normal unless more is set). */
  latencyMs?: number;
  /** Answer with this status and the mount's usual error body (problem+json, CKAN or EntryStore). */
  status?: number;
  /** `Retry-After` header: seconds, or an HTTP date. */
  retryAfter?: number | string;
  /**
   * A broken body: `malformed-json` (200, cut-off JSON), `html` (an HTML error page, with `status`
   * or 502), `truncated` (the real answer cut in half), `empty` (no bytes at all), `wrong-shape`
   * (valid JSON with wrong types and missing fields), `wrong-types` (the mount's envelope with
   * strings where numbers and lists belong), `missing-fields` (the mount's envelope without its
   * required fields), `ckan-failure` (CKAN's `success: false` envelope, with `status` or 200, as
   * some proxies deliver it), `huge` (a valid answer padded to `hugeBytes`, streamed).
   */
  body?:
    | 'malformed-json'
    | 'html'
    | 'truncated'
    | 'empty'
    | 'wrong-shape'
    | 'wrong-types'
    | 'missing-fields'
    | 'ckan-failure'
    | 'huge';
  /** Size of the `huge` body in bytes. Default 24 MiB. */
  hugeBytes?: number;
  /** Close the connection without an answer. */
  drop?: boolean;
  /** Never answer (`before-headers`), or send headers and part of the body, then hang. */
  stall?: 'before-headers' | 'after-headers';
}

export class FaultInjector {
  private rules: { rule: FaultRule; remaining: number }[] = [];

  constructor(rules: readonly FaultRule[] = []) {
    this.set(rules);
  }

  set(rules: readonly FaultRule[]): void {
    this.rules = rules.map((rule) => ({ rule: { ...rule }, remaining: rule.times ?? Infinity }));
  }

  list(): FaultRule[] {
    return this.rules.filter((r) => r.remaining > 0).map((r) => r.rule);
  }

  /** Takes the first live rule for this path, counting one use. */
  take(path: string): FaultRule | undefined {
    const entry = this.rules.find(
      (r) => r.remaining > 0 && (r.rule.path === undefined || path.startsWith(r.rule.path)),
    );
    if (!entry) return undefined;
    entry.remaining -= 1;
    return entry.rule;
  }
}

const MAX_STALL_MS = 5 * 60_000;

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** The error body each mount's real server would send for `status`. */
export function errorBodyFor(path: string, status: number, message: string): Response {
  if (path.startsWith('/ckan/')) {
    const type =
      status === 404
        ? 'Not Found Error'
        : status === 403
          ? 'Authorization Error'
          : 'Internal Server Error';
    return Response.json(
      {
        help: 'http://127.0.0.1/ckan/api/3/action/help_show',
        success: false,
        error: { __type: type, message },
      },
      { status },
    );
  }
  if (path.startsWith('/entrystore/')) {
    return Response.json({ error: message }, { status });
  }
  return new Response(JSON.stringify({ type: 'about:blank', title: message, status }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

function htmlErrorPage(status: number): Response {
  const text = STATUS_TEXT[status] ?? 'Error';
  return new Response(
    `<!DOCTYPE html>\n<html><head><title>${status} ${text}</title></head>` +
      `<body><center><h1>${status} ${text}</h1></center><hr><center>nginx</center></body></html>\n`,
    { status, headers: { 'content-type': 'text/html; charset=utf-8' } },
  );
}

/**
 * Marks an answer that stands for a dropped connection where there is no socket to destroy (MSW,
 * workers): `createDemoApi`'s `fetch` turns it into `Response.error()`, a network error. Returning
 * `Response.error()` from a handler directly fails, because its headers are immutable and the
 * middleware (CORS) still sets some.
 */
export const DROPPED_CONNECTION_HEADER = 'x-saxon-demo-dropped-connection';

/** Node's adapter hands us the socket; elsewhere (MSW, workers) a network error is the closest. */
function dropConnection(c: Context): Response {
  const incoming = (c.env as { incoming?: { socket?: { destroy(): void } } } | undefined)?.incoming;
  if (incoming?.socket) {
    incoming.socket.destroy();
    return new Response(null, { status: 499 });
  }
  return new Response(null, { status: 599, headers: { [DROPPED_CONNECTION_HEADER]: '1' } });
}

function stallAfterHeaders(signal: AbortSignal): Response {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"total": '));
      const close = () => {
        clearTimeout(timer);
        try {
          controller.close();
        } catch {
          // already closed by the consumer
        }
      };
      timer = setTimeout(close, MAX_STALL_MS);
      signal.addEventListener('abort', close);
    },
    cancel() {
      clearTimeout(timer);
    },
  });
  return new Response(stream, { status: 200, headers: { 'content-type': 'application/json' } });
}

type Mount = 'ckan' | 'entrystore' | 'directory';

function mountOf(path: string): Mount {
  if (path.startsWith('/ckan/')) return 'ckan';
  if (path.startsWith('/entrystore/')) return 'entrystore';
  return 'directory';
}

/** Valid JSON in the mount's envelope with the wrong types inside. */
const WRONG_TYPES: Record<Mount, unknown> = {
  ckan: { help: 'x', success: true, result: { count: 'viele', results: 'keine', facets: 7 } },
  entrystore: { results: 'drei', offset: null, resource: { children: 42 } },
  directory: { total: 'viele', limit: '20', offset: 0, items: [{ id: 42, name: null }] },
};

/** The mount's envelope with its required fields left out. */
const MISSING_FIELDS: Record<Mount, unknown> = {
  ckan: { help: 'x', success: true, result: {} },
  entrystore: { offset: 0 },
  directory: { limit: 20, offset: 0 },
};

/** A syntactically valid JSON answer of `bytes` bytes, produced chunk by chunk. */
function hugeBody(bytes: number, signal: AbortSignal): Response {
  const head = new TextEncoder().encode('{"padding":"');
  const tail = new TextEncoder().encode('"}');
  const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(head);
      sent = head.length;
    },
    pull(controller) {
      if (signal.aborted) return controller.close();
      const left = bytes - sent - tail.length;
      if (left <= 0) {
        controller.enqueue(tail);
        return controller.close();
      }
      const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
      controller.enqueue(piece);
      sent += piece.length;
    },
  });
  return new Response(stream, { status: 200, headers: { 'content-type': 'application/json' } });
}

export function faultMiddleware(faults: FaultInjector): MiddlewareHandler {
  return async (c, next) => {
    const path = new URL(c.req.url).pathname;
    const rule = faults.take(path);
    if (!rule) return next();
    const signal = c.req.raw.signal;

    if (rule.latencyMs) await sleep(rule.latencyMs, signal);
    if (rule.drop) return dropConnection(c);
    if (rule.stall === 'before-headers') {
      await sleep(MAX_STALL_MS, signal);
      return dropConnection(c);
    }
    if (rule.stall === 'after-headers') return stallAfterHeaders(signal);

    const retryAfter = rule.retryAfter === undefined ? undefined : String(rule.retryAfter);
    let response: Response | undefined;
    if (rule.body === 'html') {
      response = htmlErrorPage(rule.status ?? 502);
    } else if (rule.body === 'malformed-json') {
      response = new Response('{"total": 3, "items": [{"id": "tu-dresden", "name": "Techn', {
        status: rule.status ?? 200,
        headers: { 'content-type': 'application/json' },
      });
    } else if (rule.body === 'wrong-shape') {
      response = Response.json(
        {
          total: 'viele',
          limit: 20,
          offset: 0,
          items: [{ id: 42, name: null, category: 'robot' }],
        },
        { status: rule.status ?? 200 },
      );
    } else if (rule.body === 'wrong-types' || rule.body === 'missing-fields') {
      const bodies = rule.body === 'wrong-types' ? WRONG_TYPES : MISSING_FIELDS;
      response = Response.json(bodies[mountOf(path)], { status: rule.status ?? 200 });
    } else if (rule.body === 'ckan-failure') {
      response = Response.json(
        {
          help: 'http://127.0.0.1/ckan/api/3/action/help_show',
          success: false,
          error: { __type: 'Search Query Error', message: 'Search Query is invalid' },
        },
        { status: rule.status ?? 200 },
      );
    } else if (rule.body === 'huge') {
      response = hugeBody(rule.hugeBytes ?? 24 * 1024 * 1024, signal);
    } else if (rule.body === 'empty') {
      response = new Response('', {
        status: rule.status ?? 200,
        headers: { 'content-type': 'application/json' },
      });
    } else if (rule.body === 'truncated') {
      await next();
      const text = await c.res.text();
      const status = c.res.status;
      const headers = new Headers(c.res.headers);
      headers.delete('content-length');
      headers.delete('etag');
      // Assigning over a finalized response would merge the old headers (length, ETag) back in.
      c.res = undefined;
      c.res = new Response(text.slice(0, Math.floor(text.length / 2)), {
        status,
        headers,
      });
      return;
    } else if (rule.status) {
      response = errorBodyFor(
        path,
        rule.status,
        STATUS_TEXT[rule.status] ?? `Status ${rule.status}`,
      );
    }

    if (!response) return next();
    if (retryAfter) response.headers.set('retry-after', retryAfter);
    response.headers.set('access-control-allow-origin', '*');
    response.headers.set('access-control-expose-headers', 'Retry-After, ETag');
    return response;
  };
}
