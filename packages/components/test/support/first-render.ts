// For the tests that a widget builds its `Intl` formatters while its data loads, not between the
// answer and the first render (actor-map.first-paint.test.ts, event-list.first-render.test.ts).
import { createDirectoryClient, type DirectoryClient } from '@saxon-ai/sdk';

type Counted = 'PluralRules' | 'NumberFormat' | 'DateTimeFormat';

/** Counts the `Intl` formatters of the kinds `names` built until `restore()`. */
export function countFormatterBuilds(names: readonly Counted[]) {
  const original = Object.fromEntries(names.map((name) => [name, Intl[name]]));
  const builds: Counted[] = [];
  for (const name of names)
    Object.assign(Intl, {
      [name]: new Proxy(original[name]!, {
        construct(target, args, newTarget) {
          builds.push(name);
          return Reflect.construct(target, args, newTarget) as object;
        },
      }),
    });
  return { builds, restore: () => Object.assign(Intl, original) };
}

/**
 * A directory client whose answers to paths ending in `path` are held back until `release()` —
 * the time a network takes; `asked()` tells whether such a request was sent.
 */
export function heldAnswerClient(apiUrl: string, path: string) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let asked = false;
  const client: DirectoryClient = createDirectoryClient({
    baseUrl: apiUrl,
    retry: 0,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      if (new URL(request.url).pathname.endsWith(path)) {
        asked = true;
        await held;
      }
      return fetch(request, { cache: 'no-store' });
    },
  });
  return { client, release, asked: () => asked };
}
