import { createDirectoryClient, type DirectoryClient, type Language } from '@saxon-ai/sdk';
import { ConfigurationError } from './configuration-error.js';
import { apiBaseUrl } from './safe-url.js';

const clients = new Map<string, DirectoryClient>();
const warned = new Set<string>();

/**
 * The SDK client an element talks to: the one the page handed it (`client` property), else one per
 * API URL and language, shared by every element on the page so that identical requests in flight
 * are sent once. Throws a {@link ConfigurationError} naming `attribute` when there is no usable URL:
 * none, or one that is not `http(s):` (a `javascript:` or `data:` value is never fetched), the
 * latter with a console warning naming `element`, once per element name and value.
 */
export function directoryClient(
  source: DirectoryClient | string | null | undefined,
  language: Language,
  element: string,
  attribute = 'api-url',
): DirectoryClient {
  if (source && typeof source === 'object') return source;
  const value = source?.trim();
  const baseUrl = value ? apiBaseUrl(value) : undefined;
  if (!baseUrl) {
    if (value && !warned.has(`${element} ${value}`)) {
      warned.add(`${element} ${value}`);
      console.warn(
        `<${element}>: ${attribute}="${value}" is not an http(s) URL; the element shows that it is not set up.`,
      );
    }
    throw new ConfigurationError(attribute);
  }
  const key = `${language} ${baseUrl}`;
  let client = clients.get(key);
  if (!client) {
    client = createDirectoryClient({ baseUrl, language });
    clients.set(key, client);
  }
  return client;
}
