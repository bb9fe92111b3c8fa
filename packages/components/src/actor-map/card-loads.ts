// What the actor card loads besides the actor: the actor's upcoming events (directory) and the
// datasets it publishes (open-data portal). Each loads only while a card is open, each on its own,
// so that one failing leaves the other and the card itself standing.
import type { DirectoryClient, EventPage, Language } from '@saxon-ai/sdk';
import type { ReactiveControllerHost } from 'lit';
import { ConfigurationError } from '../shared/configuration-error.js';
import { DataController } from '../shared/data-controller.js';
import { directoryClient } from '../shared/directory-client.js';
import type { Localizer } from '../shared/i18n/localizer.js';
import { apiBaseUrl } from '../shared/safe-url.js';
import type { OpenDataAttributes, PublisherDatasets } from './card-datasets.js';

/** Upcoming events on the card; the event list has the rest. */
export const CARD_EVENTS = 3;

export interface CardLoadsOptions {
  i18n: Localizer;
  /** The page's client, else `api-url`. */
  directory: () => DirectoryClient | string;
  /** The open card's actor: its id at once, its name once the actor has loaded. */
  actor: () => { id: string; name?: string } | undefined;
  openData: () => OpenDataAttributes;
}

/** Whether the page names an open-data portal at all (else the card has no datasets section). */
export const hasOpenData = ({ portal, url }: OpenDataAttributes) =>
  portal.trim() !== '' || url.trim() !== '';

export class ActorCardLoads {
  readonly events: DataController<
    readonly [DirectoryClient | string, Language, string],
    EventPage | undefined
  >;
  readonly datasets: DataController<
    readonly [string, string, string, Language, string | undefined],
    PublisherDatasets | undefined
  >;

  constructor(host: ReactiveControllerHost & HTMLElement, options: CardLoadsOptions) {
    const { i18n } = options;
    this.events = new DataController(host, {
      i18n,
      debounce: 0,
      args: () => [options.directory(), i18n.apiLanguage, options.actor()?.id ?? ''] as const,
      task: ([source, language, organizer], { signal }) =>
        organizer
          ? directoryClient(source, language, host.localName).events.list(
              { organizer, limit: CARD_EVENTS },
              { signal },
            )
          : Promise.resolve(undefined),
      isEmpty: (page) => page?.total === 0,
    });
    this.datasets = new DataController(host, {
      i18n,
      debounce: 0,
      args: () => {
        const { portal, type, url } = options.openData();
        const open = hasOpenData({ portal, type, url });
        return [
          portal,
          type,
          url,
          i18n.apiLanguage,
          open ? options.actor()?.name : undefined,
        ] as const;
      },
      task: async ([portal, type, url, language, name], { signal }) => {
        // No name yet: the actor is still loading (the section's skeleton stays). An empty name
        // cannot be a publisher's: nothing to ask the portal, the section says there is nothing.
        if (name === undefined) return undefined;
        if (!name.trim()) return { total: 0, items: [] };
        // The open-data half of the SDK arrives only now, with the first card that needs it.
        const { openDataConfig, publisherDatasets } = await import('./card-datasets.js');
        const config = openDataConfig(
          { portal, type, url },
          url.trim() ? apiBaseUrl(url.trim()) : undefined,
        );
        if (!config)
          throw new ConfigurationError(url.trim() ? 'open-data-url' : 'open-data-portal');
        return publisherDatasets(config, language, name, signal);
      },
      isEmpty: (found) => found?.total === 0,
    });
  }
}
