import type { Actor, DirectoryClient, Topic } from '@saxon-ai/sdk';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SaxonElement } from '../shared/base-element.js';
import { addBuiltInMessages } from '../shared/i18n/locales.js';
import { actorMapDe, actorMapEn } from './messages.js';
// Also for its `declare global`, which the published type declarations keep only through this import.
import './messages.js';
import { DataController } from '../shared/data-controller.js';
import { directoryClient } from '../shared/directory-client.js';
import { ActorIndex, type ActorFeature, type ActorSummary, type MapItem } from './actor-index.js';
import {
  CATEGORIES,
  parseAgs,
  parseCategories,
  parseTopics,
  parseActorMapHeadingLevel,
  parseView,
  type ActorMapView,
} from './attributes.js';
import type { Selection } from './detail.view.js';
import type { FilterValues } from './filters.view.js';
import { kreisInfoByAgs, SAXONY_BOUNDS } from '../shared/geo/kreis-table.js';
import { OutlinesLoader } from './outlines-loader.js';
import { sortByName } from './list.view.js';
import { MapFocus } from './map-focus.js';
import { MapInteraction, type MoveSource } from './map-interaction.js';
import { project } from '../shared/geo/projection.js';
import {
  parseTileTemplate,
  rememberedConsent,
  storeConsent,
  type TileSource,
  type TileState,
} from './tiles.js';
import { SPREAD_LIMIT, type Spread } from './spread.js';
import { MAX_ZOOM, Viewport } from './viewport.js';
import { collator } from '../shared/i18n/intl-cache.js';
import { UrlStateController, urlNamespace } from '../shared/url-state.js';
import { mapUrlCodec, type MapUrlState } from './map-url-state.js';
import { ActorCardLoads } from './card-loads.js';
import { warmFormattersWhileLoading } from './warm-formatters.js';
import { FilterContextController, type ContextFilters } from '../shared/filter-context.js';

/** The map's topic and Kreis filters for a context's state (a Kreis it does not know is none). */
const contextValues = (shared: ContextFilters): Pick<FilterValues, 'topics' | 'ags'> => ({
  topics: shared.topics ?? [],
  ags: shared.kreis && kreisInfoByAgs(shared.kreis) ? shared.kreis : '',
});

const isAbort = (error: unknown) => (error as { name?: unknown } | null)?.name === 'AbortError';

/**
 * The behaviour of `<saxon-actor-map>`: attributes, what it loads (actors as GeoJSON, topics, one
 * actor for the detail card), the view (map or list, viewport, selection, tile consent) and what
 * the visitor's actions do. `SaxonActorMap` renders it.
 */
export class ActorMapBase extends SaxonElement {
  static {
    addBuiltInMessages({ de: actorMapDe, en: actorMapEn });
  }

  /** Base URL of the actor directory API, e.g. `https://ki.sachsen.example/directory/v1`. */
  @property({ attribute: 'api-url' }) apiUrl = '';
  /** An SDK directory client to use instead of one made from `api-url`. Property only. */
  @property({ attribute: false }) client?: DirectoryClient;
  /** Categories to show at first: `company`, `research`, `network`, `education`, blank-separated. */
  @property() category: 'company' | 'research' | 'network' | 'education' | (string & {}) = '';
  /** Topic ids to filter by at first (see `topics.list()`), comma- or blank-separated; any matches. */
  @property() topic = '';
  /** A search text to filter by at first. */
  @property() text = '';
  /** The 5-digit key of a Kreis to filter by at first, e.g. `14612` (Dresden). */
  @property() ags = '';
  /** `map` (default) or `list`. */
  @property() view: 'map' | 'list' = 'map';
  /** Tile URL template (`https://…/{z}/{x}/{y}.png`); loaded only after the visitor agrees. */
  @property() tiles = '';
  /** Attribution the tile server requires, shown as text once tiles are loaded. */
  @property({ attribute: 'tile-attribution' }) tileAttribution = '';
  /** Offer to remember the visitor's consent to tiles in `localStorage` (opt-in). */
  @property({ type: Boolean, attribute: 'consent-remember' }) consentRemember = false;
  /**
   * Keep view, filters and the open actor in the page URL, so that a view can be shared, survives
   * a reload and the back button steps through it. The value names the parameters' prefix
   * (default `map` → `map-topic`, `map-actor`, …); give two maps on one page different ones.
   */
  @property({ attribute: 'sync-url' }) syncUrl: string | null = null;
  /**
   * An open-data portal whose datasets the actor card lists ("Offene Daten dieses Akteurs"): a
   * preset (`sachsen`, `govdata`, `leipzig`), or `open-data-type` + `open-data-url`. The datasets
   * are those of the publisher whose name is the actor's. Without either the card has no such part.
   */
  @property({ attribute: 'open-data-portal' }) openDataPortal = '';
  /** `ckan` or `entrystore`, for `open-data-url`. */
  @property({ attribute: 'open-data-type' }) openDataType = '';
  /** Base URL of the portal's API (CKAN site URL or EntryStore `…/store`). */
  @property({ attribute: 'open-data-url' }) openDataUrl = '';
  /**
   * The page of the entry form, with `{id}` for the actor's id (`eintragen.html?entry-id={id}`):
   * the card then links "Änderung vorschlagen" to it.
   */
  @property({ attribute: 'entry-form-url' }) entryFormUrl = '';
  /** Level of the detail card's heading, 1–6 (default 3), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: 1 | 2 | 3 | 4 | 5 | 6 = 3;
  /**
   * Name of a filter context shared with other widgets on the page (`<saxon-event-list>`,
   * `<saxon-topic-list>` with the same `context`): topics chosen in any of them filter all, and the
   * Kreis chosen here filters the events. Without it the map works alone.
   */
  @property() context = '';

  @state() protected filters: FilterValues = {
    categories: CATEGORIES,
    topics: [],
    text: '',
    ags: '',
  };
  @state() protected currentView: ActorMapView = 'map';
  @state() protected selection?: Selection;
  @state() protected tileState: TileState = 'ask';
  @state() protected listOffset = 0;
  /** The actors at one place that are spread out in a ring around it. */
  @state() protected spread?: Spread;

  protected tileSource?: TileSource;
  protected level = 3;
  protected lastIndex?: ActorIndex;
  protected sorted?: { index: ActorIndex; lang: string; actors: ActorFeature[] };
  protected emittedId?: string;
  protected pendingShow?: string;
  protected announcePending = false;
  protected mapAnnouncement = '';
  /** An actor the URL names whose card opens once the actors have loaded. */
  protected pendingActor?: string;
  private pendingFocus = false;
  /** The state the attributes describe: what Back returns to past the first change. */
  private initialUrlState?: MapUrlState;
  private restoredFromUrl = false;
  /** While the URL's state is handed to the context: the context's echo is not written back. */
  private restoring = false;
  protected readonly urlState = new UrlStateController(this, {
    namespace: () => urlNamespace(this.syncUrl, 'map'),
    codec: mapUrlCodec,
    current: () => this.currentUrlState(),
    apply: (state, origin) => {
      this.restoredFromUrl = true;
      this.restoreUrlState(state ?? this.initialUrlState ?? this.currentUrlState(), origin);
    },
  });
  protected readonly viewport = new Viewport(SAXONY_BOUNDS);
  /** The Kreis outlines, loading from the first connection on, beside the actors. */
  protected readonly outlines = new OutlinesLoader(this);
  protected readonly focusKeeper = new MapFocus(this);
  protected readonly interaction = new MapInteraction(this, {
    viewport: this.viewport,
    surface: () => this.renderRoot.querySelector<HTMLElement>('.surface'),
    onMove: (source) => this.moved(source),
    onFirstSize: () => (this.pendingShow ? this.showOnMap(this.pendingShow) : this.fitToFilter()),
  });

  /** The filter context named by `context`: inert without one. */
  protected readonly linked = new FilterContextController(this, {
    name: () => this.context,
    onChange: (shared) => {
      this.applyFilters({ ...this.filters, ...contextValues(shared) }, { share: false });
      // Another widget's change: the URL follows without an entry of its own (that widget's is the one).
      if (!this.restoring) this.urlState.record('replace');
    },
  });

  protected readonly data = new DataController(this, {
    i18n: this.i18n,
    args: () => {
      const { categories, topics, text, ags } = this.filters;
      const topic = topics.join(' ');
      return [this.client ?? this.apiUrl, categories.join(' '), topic, text.trim(), ags] as const;
    },
    task: async ([source, categories, topic, text, ags], { signal }) => {
      const client = directoryClient(source, this.i18n.apiLanguage, this.localName);
      if (!categories) return new ActorIndex([]);
      const category = categories.split(' ') as Actor['category'][];
      const answer = client.actors.geojson(
        {
          category: category.length < CATEGORIES.length ? category : undefined,
          topic: topic ? topic.split(' ') : undefined,
          text: text || undefined,
          ags: ags || undefined,
        },
        { signal },
      );
      warmFormattersWhileLoading(this.i18n);
      const collection = await answer;
      // The first view is drawn from a quick clustering of its zoom level; the full index follows
      // right after that paint, and the map draws again from it.
      return new ActorIndex(collection.features, {
        quickFirstView: true,
        onRefined: () => this.requestUpdate(),
      });
    },
    isEmpty: (index) => index.size === 0,
    announce: (index) =>
      this.i18n.t(this.currentView === 'list' ? 'actorMapInList' : 'actorMapOnMap', {
        count: index.size,
      }),
  });

  protected readonly topics = new DataController(this, {
    i18n: this.i18n,
    debounce: 0,
    args: () => [this.client ?? this.apiUrl, this.i18n.apiLanguage] as const,
    task: ([source, language], { signal }): Promise<Topic[]> =>
      Promise.resolve()
        .then(() => directoryClient(source, language, this.localName).topics.list({ signal }))
        .catch((error: unknown) => {
          if (isAbort(error)) throw error;
          return []; // without topics the filter offers "all topics" only
        }),
  });

  protected readonly detail = new DataController(this, {
    i18n: this.i18n,
    debounce: 0,
    args: () => {
      const id = this.selection?.kind === 'actor' ? this.selection.summary.id : '';
      return [this.client ?? this.apiUrl, this.i18n.apiLanguage, id] as const;
    },
    task: async ([source, language, id], { signal }) => {
      if (!id) return undefined;
      const actor = await directoryClient(source, language, this.localName).actors.get(id, {
        signal,
      });
      if (this.emittedId !== id) {
        this.emittedId = id;
        if (!this.emit('saxon-actor-select', { actor })) this.closeDetail();
      }
      return actor;
    },
  });

  /** The card's upcoming events and open datasets, loaded while a card is open. */
  protected readonly cardLoads = new ActorCardLoads(this, {
    i18n: this.i18n,
    directory: () => this.client ?? this.apiUrl,
    actor: () => {
      if (this.selection?.kind !== 'actor') return undefined;
      const { id } = this.selection.summary;
      const loaded = this.detail.value?.id === id ? this.detail.value : undefined;
      return { id, name: loaded?.name };
    },
    openData: () => ({
      portal: this.openDataPortal,
      type: this.openDataType,
      url: this.openDataUrl,
    }),
  });

  /** The actors the map and the list show (the previous answer while a new one loads). */
  protected get index(): ActorIndex | undefined {
    return this.data.value ?? (this.data.state === 'loading' ? this.lastIndex : undefined);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // The first time, from the attributes alone (the URL may have set `filters` already).
    const filters = this.hasUpdated ? { ...this.filters } : this.defaultFilters();
    if (changed.has('category')) {
      const parsed = parseCategories(this.category);
      filters.categories = parsed.length > 0 ? parsed : CATEGORIES;
    }
    if (changed.has('topic')) filters.topics = parseTopics(this.topic);
    if (changed.has('text')) filters.text = this.text;
    if (changed.has('ags')) filters.ags = parseAgs(this.ags) ?? '';
    const fromUrl = !this.hasUpdated && this.restoredFromUrl;
    if (!this.hasUpdated) {
      const { actor: _none, ...attributes } = this.toUrlState(filters);
      // `view` is read once here (a warning about it is written once).
      this.initialUrlState = {
        ...attributes,
        view: changed.has('view') ? parseView(this.view) : 'map',
      };
    }
    if (
      !fromUrl &&
      (changed.has('category') || changed.has('topic') || changed.has('text') || changed.has('ags'))
    ) {
      // Joining a context that already has filters: they win over the first attribute values;
      // an empty context takes the attribute values (and so filters the other widgets too).
      const shared = this.linked.state;
      if (!this.hasUpdated && (shared.topics || shared.kreis)) {
        Object.assign(filters, contextValues(shared));
      }
      this.applyFilters(filters);
    }
    if (changed.has('view') && !fromUrl) {
      this.currentView = this.hasUpdated ? parseView(this.view) : this.initialUrlState!.view;
    }
    if (changed.has('headingLevel'))
      this.level = parseActorMapHeadingLevel(this.headingLevel, this.getAttribute('heading-level'));
    if (changed.has('tiles') || changed.has('consentRemember')) {
      if (changed.has('tiles')) this.tileSource = parseTileTemplate(this.tiles);
      const remembered =
        this.tileSource !== undefined && this.consentRemember && rememberedConsent(this.tileSource);
      this.tileState = remembered ? 'shown' : 'ask';
    }
    // a new answer makes new clusters: a spread of the old ones means nothing any more
    if (this.data.value && this.data.value !== this.lastIndex) this.spread = undefined;
    if (this.data.value) this.lastIndex = this.data.value;
    if (this.pendingActor && this.data.value) this.openPendingActor(this.data.value);
    this.focusKeeper.beforeUpdate();
  }

  override updated(): void {
    this.focusKeeper.afterUpdate(this.index, this.viewport.zoom);
  }

  protected sortedActors(index: ActorIndex): ActorFeature[] {
    const lang = this.i18n.lang;
    if (this.sorted?.index !== index || this.sorted.lang !== lang) {
      this.sorted = { index, lang, actors: sortByName(index.features, lang) };
    }
    return this.sorted.actors;
  }

  /**
   * Shows the actors of `filters`; unless `share` is false, tells the widgets of the same context the
   * topics and Kreis (the context announces only real changes).
   */
  protected applyFilters(filters: FilterValues, { share = true } = {}): void {
    const agsChanged = filters.ags !== this.filters.ags;
    this.filters = filters;
    this.listOffset = 0;
    if (agsChanged) this.fitToFilter();
    if (share) this.shareFilters();
  }

  private shareFilters(): void {
    const { topics, ags } = this.filters;
    this.linked.publish({ topics: [...topics], kreis: ags || undefined });
  }

  /**
   * A visitor's change of the filters, written to the URL with `sync-url` (typing shares an entry).
   * The map's history entry comes first, then the context hears of it: the other widgets then
   * write their part into that new entry, not into the one Back returns to.
   */
  protected changeFilters(change: Partial<FilterValues>): void {
    this.applyFilters({ ...this.filters, ...change }, { share: false });
    this.urlState.record('text' in change ? 'typing' : 'push');
    this.shareFilters();
  }

  protected defaultFilters(): FilterValues {
    return { categories: CATEGORIES, topics: [], text: '', ags: '' };
  }

  protected resetFilters(): void {
    this.applyFilters(this.defaultFilters(), { share: false });
    this.urlState.record('push');
    this.shareFilters();
    this.focusKeeper.request('#filter-text');
  }

  /** `filters` as the URL writes them (the view and the open actor are the element's own). */
  protected toUrlState(filters: FilterValues): MapUrlState {
    const actor = this.selection?.kind === 'actor' ? this.selection.summary.id : this.pendingActor;
    return {
      view: this.currentView,
      categories: filters.categories,
      topics: filters.topics,
      text: filters.text,
      ags: filters.ags,
      ...(actor ? { actor } : {}),
    };
  }

  private currentUrlState(): MapUrlState {
    return this.toUrlState(this.filters);
  }

  /**
   * Shows a state from the URL (`load`: a shared link or a reload; `history`: Back or Forward)
   * without writing history. Focus moves only on Back/Forward, and only when it was in the element
   * or nowhere in particular: onto the card's title when the state opens a card, back to what
   * opened the card when it closes one.
   */
  protected restoreUrlState(state: MapUrlState, origin: 'load' | 'history'): void {
    const { view, actor, ...filters } = state;
    // The URL wins: the context takes its topics and Kreis (marked as URL state, so that the other
    // widgets add no history entry), and the map shows exactly the URL's filters.
    this.restoring = true;
    this.linked.publish({ topics: [...filters.topics], kreis: filters.ags || undefined }, 'url');
    this.restoring = false;
    this.applyFilters(filters, { share: false });
    this.currentView = view;
    if (this.hasUpdated) this.view = view;
    const openId = this.selection?.kind === 'actor' ? this.selection.summary.id : undefined;
    const active = document.activeElement;
    const mayFocus =
      origin === 'history' && (active === this || active === document.body || active === null);
    if (actor && actor !== openId) {
      this.pendingActor = actor;
      this.pendingFocus = mayFocus;
      if (this.data.value) this.openPendingActor(this.data.value);
    } else if (!actor) {
      this.pendingActor = undefined;
      if (this.selection?.kind !== 'actor') return;
      this.selection = undefined;
      this.emittedId = undefined;
      if (mayFocus) this.focusKeeper.returnFromDetail();
    }
  }

  /** Opens the card of the actor the URL names, once the actors it may be among have loaded. */
  private openPendingActor(index: ActorIndex): void {
    const id = this.pendingActor!;
    this.pendingActor = undefined;
    // An actor outside the current answer still opens: its card loads it by id (or says it is gone).
    const summary = index.get(id)?.properties ?? {
      id,
      name: id,
      category: 'company',
      city: '',
      topics: [],
    };
    this.selection = { kind: 'actor', summary: summary as ActorSummary };
    if (this.pendingFocus) this.focusKeeper.openedFrom(this.focusKeeper.returnKey);
    this.pendingFocus = false;
  }

  protected fitToFilter(): void {
    if (!this.viewport.ready) return;
    const kreis = kreisInfoByAgs(this.filters.ags);
    this.viewport.fit(kreis?.bounds ?? SAXONY_BOUNDS);
    this.requestUpdate();
  }

  protected switchView(view: ActorMapView): void {
    this.currentView = view;
    this.view = view;
    this.urlState.record('push');
  }

  protected moved(source: MoveSource): void {
    if (this.spread && this.spread.zoom !== this.viewport.zoom) this.spread = undefined;
    if (source === 'keyboard') this.announcePending = true;
    this.requestUpdate();
  }

  protected zoom(step: 1 | -1 | 0): void {
    if (step === 0) this.viewport.fit(SAXONY_BOUNDS);
    else this.viewport.zoomTo(this.viewport.zoom + step);
    this.moved('keyboard');
  }

  protected activate(item: MapItem): void {
    if (item.kind === 'actor') return this.openActor(item.actor, item.key);
    if (item.expansionZoom <= MAX_ZOOM) {
      this.viewport.show(item.point, item.expansionZoom);
      this.focusKeeper.requestNearest(item.point);
      return this.moved('keyboard');
    }
    const members = this.index?.members(item.clusterId) ?? [];
    const byName = collator([this.i18n.lang, 'de']);
    members.sort((a, b) => byName.compare(a.name, b.name));
    if (members.length > SPREAD_LIMIT) {
      this.selection = { kind: 'group', members, offset: 0 };
      this.focusKeeper.openedFrom(item.key);
    } else if (this.spread?.key === item.key) {
      this.gather();
    } else {
      this.spread = { key: item.key, members, zoom: this.viewport.zoom };
      this.mapAnnouncement = this.i18n.t('actorMapSpreadOpen', { count: members.length });
      this.focusKeeper.request(`[data-key="actor-${CSS.escape(members[0]!.id)}"]`);
    }
  }

  /** Puts the spread-out actors back into their cluster, and focus on it. */
  protected gather(): void {
    if (!this.spread) return;
    this.focusKeeper.request(`[data-key="${CSS.escape(this.spread.key)}"]`);
    this.spread = undefined;
    this.mapAnnouncement = '';
  }

  protected openActor(summary: ActorSummary, returnKey: string | undefined): void {
    const wasOpen = this.selection?.kind === 'actor';
    this.selection = { kind: 'actor', summary };
    this.focusKeeper.openedFrom(returnKey);
    // One entry for the card: another actor opened from it replaces the entry.
    this.urlState.record(wasOpen && this.urlState.onDetailEntry ? 'replace' : 'detail');
  }

  protected closeDetail(): void {
    if (!this.selection) return;
    if (this.selection.kind === 'actor' && this.urlState.onDetailEntry) {
      history.back(); // popstate closes the card and returns focus; no entry is left behind
      return;
    }
    this.selection = undefined;
    this.emittedId = undefined;
    this.focusKeeper.returnFromDetail();
    this.urlState.record('push');
  }

  protected showOnMap(id: string): void {
    const feature = this.index?.get(id);
    this.switchView('map');
    this.pendingShow = this.viewport.ready ? undefined : id;
    if (!feature || !this.viewport.ready) return;
    const [lon, lat] = feature.geometry.coordinates;
    this.viewport.show(project(lon, lat), this.index!.zoomToSeparate(id, this.viewport.zoom));
    this.focusKeeper.requestActor(id);
    this.moved('keyboard');
  }

  /**
   * The visitor agreed to tiles (`granted`, perhaps to be remembered), or chose `ask` (see the
   * overlay again; also how tiles are switched off) or `later` (close the overlay for now).
   */
  protected consent(granted: boolean, remember: boolean, state: 'ask' | 'later' = 'ask'): void {
    const wasShown = this.tileState === 'shown';
    this.tileState = granted ? 'shown' : state;
    if (this.tileSource && this.consentRemember && (remember || wasShown)) {
      storeConsent(this.tileSource, granted && remember);
    }
    const focus = {
      shown: '.surface',
      ask: '[part~="consent-button"]',
      later: '[data-tile-control]',
    };
    this.focusKeeper.request(focus[this.tileState]);
  }

  protected readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || (!this.selection && !this.spread)) return;
    event.preventDefault();
    if (this.selection) this.closeDetail();
    else this.gather();
  };
}
