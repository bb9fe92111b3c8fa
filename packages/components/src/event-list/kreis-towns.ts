import type { DirectoryClient, EventPage } from '@saxon-ai/sdk';
import type { EventListFilter } from './attributes.js';

/**
 * A Kreis chosen on the map (through a shared `context`) filters the events by town: the events API
 * knows a town (`city`) but no Kreis key, so the towns of a Kreis are the towns the directory lists
 * actors in there (the `city` facet of `actors.list({ ags })`, one small request per Kreis). An
 * event in a town of the Kreis where no actor is listed is not found this way; a Kreis key in the
 * events API would close that gap (a later, additive change to the contract).
 */
export class KreisTowns {
  private client?: DirectoryClient;
  private readonly towns = new Map<string, Promise<string[]>>();

  /**
   * `filter` narrowed to the towns of `kreis` (and to the page's own `city` choice, if any); the
   * filter unchanged without a Kreis; `undefined` when no town is left, so nothing can match.
   */
  async filter(
    client: DirectoryClient,
    filter: EventListFilter,
    kreis: string,
    signal: AbortSignal,
  ): Promise<EventListFilter | undefined> {
    if (!kreis) return filter;
    const towns = await this.of(client, kreis);
    signal.throwIfAborted();
    const city = filter.city ? towns.filter((town) => filter.city!.includes(town)) : towns;
    return city.length > 0 ? { ...filter, city } : undefined;
  }

  // Without the caller's signal: the answer is shared by every load of the same Kreis.
  private of(client: DirectoryClient, kreis: string): Promise<string[]> {
    if (client !== this.client) {
      this.client = client;
      this.towns.clear();
    }
    let towns = this.towns.get(kreis);
    if (!towns) {
      towns = client.actors
        .list({ ags: kreis, limit: 1 })
        .then((page) => page.facets.city.map((facet) => facet.value));
      // A failed look-up is asked again next time.
      towns.catch(() => this.towns.delete(kreis));
      this.towns.set(kreis, towns);
    }
    return towns;
  }
}

/** The answer when no town of the Kreis is left: no events, and no facets to offer. */
export const emptyEventPage = (limit: number): EventPage => ({
  total: 0,
  limit,
  offset: 0,
  items: [],
  facets: { topic: [], city: [], attendanceMode: [] },
});
