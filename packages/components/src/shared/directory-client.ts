import { createDirectoryClient, type DirectoryClient, type Language } from '@saxon-ai/sdk';
import { ConfigurationError } from './configuration-error.js';

const clients = new Map<string, DirectoryClient>();

/**
 * The SDK client an element talks to: the one the page handed it (`client` property), else one per
 * API URL and language, shared by every element on the page so that identical requests in flight
 * are sent once. Throws a {@link ConfigurationError} naming `attribute` when there is no usable URL.
 */
export function directoryClient(
  source: DirectoryClient | string | null | undefined,
  language: Language,
  attribute = 'api-url',
): DirectoryClient {
  if (source && typeof source === 'object') return source;
  const baseUrl = source?.trim();
  if (!baseUrl || !URL.canParse(baseUrl, document.baseURI)) throw new ConfigurationError(attribute);
  const key = `${language} ${new URL(baseUrl, document.baseURI).href}`;
  let client = clients.get(key);
  if (!client) {
    client = createDirectoryClient({ baseUrl, language });
    clients.set(key, client);
  }
  return client;
}
