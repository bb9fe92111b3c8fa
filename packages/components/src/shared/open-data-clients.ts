// The open-data clients of a page: one per portal and language, each made by its portal kind's
// adapter, which loads with `import()` when a widget first talks to such a portal. A page that
// searches a CKAN portal never downloads the EntryStore adapter and the reverse — in an app's
// bundler and in the script-tag build (dist/cdn/chunks/) alike.
import type {
  Language,
  OpenDataClient,
  OpenDataClientOptions,
  PortalConfig,
  PortalType,
} from '@saxon-ai/sdk';

type ClientFactory = (options: OpenDataClientOptions) => OpenDataClient;

/** Each portal kind's client factory, from the SDK entry that holds that adapter alone. */
const adapters: Record<PortalType, () => Promise<ClientFactory>> = {
  ckan: async () => (await import('@saxon-ai/sdk/ckan')).createCkanClient,
  entrystore: async () => (await import('@saxon-ai/sdk/entrystore')).createEntryStoreClient,
};

const ready = new Map<string, OpenDataClient>();
const loading = new Map<string, Promise<OpenDataClient>>();

const keyOf = (config: PortalConfig, language: Language) =>
  `${language} ${config.type} ${config.baseUrl}`;

/**
 * The client of `config`'s portal in `language`, shared by every element on the page so that
 * identical requests in flight are sent once. The first call loads the adapter; a failed load (the
 * network) rejects, and the next call tries again.
 */
export function loadOpenDataClient(
  config: PortalConfig,
  language: Language,
): Promise<OpenDataClient> {
  const key = keyOf(config, language);
  const client = ready.get(key);
  if (client) return Promise.resolve(client);
  let pending = loading.get(key);
  if (!pending) {
    const adapter = Object.hasOwn(adapters, config.type) ? adapters[config.type] : undefined;
    if (!adapter) {
      return Promise.reject(
        new TypeError(
          `Unknown portal type "${String(config.type)}": expected "ckan" or "entrystore"`,
        ),
      );
    }
    pending = adapter().then(
      (create) => {
        const made = create({ ...config, language });
        ready.set(key, made);
        loading.delete(key);
        return made;
      },
      (error: unknown) => {
        loading.delete(key);
        throw error;
      },
    );
    loading.set(key, pending);
  }
  return pending;
}

/** The client {@link loadOpenDataClient} has made for `config` and `language`, if it has. */
export function loadedOpenDataClient(
  config: PortalConfig,
  language: Language,
): OpenDataClient | undefined {
  return ready.get(keyOf(config, language));
}
