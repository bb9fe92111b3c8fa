import type { Actor } from '@saxon-ai/sdk';
import { html, nothing, type PropertyValues } from 'lit';
import { skipEnd, skipLinkStyles, skipWidgetLink } from '../shared/skip-link.js';
import { liveRegion } from '../shared/live-region.js';
import { themeStyles } from '../shared/theme.js';
import type { ActorIndex, MapItem } from './actor-index.js';
import { ActorMapBase } from './actor-map.base.js';
import { actorMapStyles } from './actor-map.styles.js';
import { panelStyles } from './panels.styles.js';
import type { ActorMapView } from './attributes.js';
import type { Selection } from './detail.view.js';
import { renderFilters } from './filters.view.js';
import { renderList } from './list.view.js';
import { mapStyles } from './map.styles.js';
import { renderMap } from './map.view.js';
import { renderLegend } from './markers.view.js';
import { layoutPlaceLabels, type PlacedLabel } from './place-labels.js';
import { textMeasure } from './place-labels.view.js';
import { withSpread } from './spread.js';
import { hasOpenData } from './card-loads.js';
import type { SectionLoad } from './card-sections.view.js';
import { CardPart, renderCardShell, type CardModule } from './card-part.js';
import { entryFormLink } from './entry-form-link.js';

/**
 * Who does AI where in Saxony: the actors of the directory — companies, research, networks,
 * education — on a map of Saxony's 13 Kreise, clustered, with filters, an equivalent list and a
 * detail card. The map needs no tile server: its base layer ships with it (a chunk that loads
 * beside the actors, like the card's code when a card first opens), so by default no request goes
 * anywhere but `api-url` and the origin of the element's own files. A tile layer (`tiles`) loads
 * only after the visitor agrees.
 * Markers and clusters are buttons: Tab walks them, Enter opens them, arrow keys pan, `+`/`-` zoom,
 * Esc closes the detail card.
 *
 * @tagname saxon-actor-map
 * @summary Map and list of the AI actors in Saxony, with filters and a detail card.
 * @fires {CustomEvent<ActorSelectDetail>} saxon-actor-select - The detail card opened an actor (bubbles, composed, cancelable);
 * `detail` is `{ actor }` (the full `Actor`). Cancel it to handle the selection yourself: the card
 * then closes.
 * @csspart skip-widget - "Karte … überspringen", shown while focused: focus goes past the element.
 * @csspart skip-end - The end of the element, where skipping it leads at the end of a page.
 * @csspart filters - The filter form.
 * @csspart search-input - The search field.
 * @csspart topic-select - The topic filter.
 * @csspart kreis-select - The Kreis filter.
 * @csspart category-filter - The category checkboxes (with the legend's symbols).
 * @csspart reset-button - "Filter zurücksetzen", while a filter is set.
 * @csspart toolbar - The row with the view buttons and the count.
 * @csspart views - The group of the two view buttons.
 * @csspart view-button - "Karte" and "Liste" (`aria-pressed` on the current one).
 * @csspart count - The visible number of actors.
 * @csspart status - The visually hidden live region with the number of actors.
 * @csspart map-status - The visually hidden live region that describes the map after keyboard moves.
 * @csspart content - The area with map or list and the detail card, or the error panel.
 * @csspart map - The map with its controls, consent overlay and attribution.
 * @csspart map-surface - The focusable, draggable map itself.
 * @csspart map-controls - The zoom buttons.
 * @csspart map-control - One zoom (or tile) button.
 * @csspart marker - One actor on the map.
 * @csspart cluster - A cluster of actors on the map.
 * @csspart consent - The consent overlay for a tile layer.
 * @csspart consent-button - "Hintergrundkarte laden".
 * @csspart consent-later - "Nicht jetzt".
 * @csspart outlines-status - "Wird geladen …" while the Kreis outlines load; the error and its retry if they failed.
 * @csspart outlines-retry - Its "Erneut versuchen" button.
 * @csspart attribution - The map's attribution ("© GeoBasis-DE / BKG", and the tiles').
 * @csspart legend - The legend of symbols.
 * @csspart list - The list view.
 * @csspart item - One actor in the list.
 * @csspart item-button - Its button, which opens the detail card.
 * @csspart item-name - Its name.
 * @csspart item-meta - Its category and place.
 * @csspart pager - The pager of the list.
 * @csspart pager-nav - The pager's navigation landmark.
 * @csspart page-button - A page number button.
 * @csspart current-page - The current page's button.
 * @csspart previous-button - "Vorherige Seite".
 * @csspart next-button - "Nächste Seite".
 * @csspart detail - The detail card.
 * @csspart detail-title - Its heading: the actor's name.
 * @csspart detail-facts - Category, kind, place, topics, website.
 * @csspart detail-website - The website link.
 * @csspart detail-email - The e-mail link.
 * @csspart detail-topics - The topics as buttons (in a filter context).
 * @csspart detail-topic - One topic button: it filters the widgets of the context by that topic.
 * @csspart detail-events - "Nächste Veranstaltungen": the actor's upcoming events.
 * @csspart detail-event - One of them.
 * @csspart detail-events-skeleton - Placeholder bars while they load.
 * @csspart detail-events-empty - "Zurzeit keine angekündigten Veranstaltungen."
 * @csspart detail-events-error - The error panel (with retry) when they cannot be loaded.
 * @csspart detail-datasets - "Offene Daten dieses Akteurs" (with `open-data-portal` or `open-data-url`).
 * @csspart detail-dataset - One dataset.
 * @csspart detail-datasets-skeleton - Placeholder bars while they load.
 * @csspart detail-datasets-empty - The words when the portal lists none of this actor.
 * @csspart detail-datasets-error - The error panel (with retry) when they cannot be loaded.
 * @csspart detail-sections-status - The card's visually hidden live region: which of its parts failed.
 * @csspart suggest-change - "Änderung vorschlagen", the link to the entry form (`entry-form-url`).
 * @csspart detail-description - A paragraph of the description.
 * @csspart detail-members - The list of actors that share one place.
 * @csspart detail-skeleton - Placeholder bars while the actor loads.
 * @csspart detail-error - The error panel when the actor cannot be loaded.
 * @csspart show-on-map - "Auf der Karte zeigen".
 * @csspart close-button - "Schließen".
 * @csspart skeleton - Placeholder bars while the list loads.
 * @csspart error - The error panel.
 * @csspart error-title - Its title.
 * @csspart error-message - Its explanation.
 * @csspart retry-button - Its retry button.
 * @csspart empty - The empty state.
 * @cssprop [--saxon-actor-map-height=clamp(12rem, 80cqi, min(32rem, 85svh))] - Height of the map.
 * By default it follows the element's width (80 % of it, Saxony's shape with a margin), at least
 * 12rem and at most 32rem or 85 % of the screen's height; set a length to fix it.
 * @cssprop [--saxon-actor-map-company=light-dark(#b34700, #ff9d5c)] - Colour of companies (squares).
 * @cssprop [--saxon-actor-map-research=light-dark(#1f5fbf, #8cc4ff)] - Colour of research (circles).
 * @cssprop [--saxon-actor-map-network=light-dark(#7b3fa0, #d4a5f5)] - Colour of networks (diamonds).
 * @cssprop [--saxon-actor-map-education=light-dark(#1d7a35, #6fd68a)] - Colour of education (triangles).
 */
export class SaxonActorMap extends ActorMapBase {
  static override styles = [themeStyles, actorMapStyles, panelStyles, mapStyles, skipLinkStyles];

  /** The actor card (its views, sections and styles), loaded when a card first opens. */
  protected readonly card = new CardPart(this);

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.selection) this.card.load();
  }

  override render() {
    const { i18n } = this;
    const state = this.data.state;
    const live = state === 'empty' ? i18n.t('actorMapEmpty') : this.data.announcement;
    const index = this.index;
    const onMap = this.currentView === 'map' && this.viewport.ready;
    const items =
      onMap && index
        ? withSpread(
            index.items(this.viewport.visibleBounds(), this.viewport.zoom),
            this.spread,
            this.viewport.zoom,
          )
        : [];
    this.focusKeeper.items = items;
    if (this.announcePending && this.currentView === 'map') {
      this.announcePending = false;
      this.mapAnnouncement = i18n.t('actorMapInView', {
        zoom: Math.round(this.viewport.zoom),
        count: items.length,
      });
    }
    const viewButton = (view: ActorMapView, label: string) =>
      html`<button
        type="button"
        class="view-button"
        part="view-button"
        aria-pressed=${this.currentView === view ? 'true' : 'false'}
        @click=${() => this.switchView(view)}
      >
        ${label}
      </button>`;
    const name = i18n.t('actorMapLabel');
    return html`${skipWidgetLink(i18n.t('skipWidget', { widget: name }), this, this.data.error)}
      <div class="root" @keydown=${this.onKeyDown}>
        ${renderFilters({
          i18n,
          values: this.filters,
          topics: this.topics.value ?? [],
          onChange: (change) => this.changeFilters(change),
          onReset: () => this.resetFilters(),
        })}
        <div class="toolbar" part="toolbar">
          <div class="views" part="views" role="group" aria-label=${i18n.t('actorMapViews')}>
            ${viewButton('map', i18n.t('actorMapViewMap'))}
            ${viewButton('list', i18n.t('actorMapViewList'))}
          </div>
          <p class="count" part="count">${state === 'success' ? live : ''}</p>
        </div>
        ${liveRegion(live)}
        <div role="status" class="visually-hidden" part="map-status">${this.mapAnnouncement}</div>
        <div
          class=${`content ${this.currentView}-view${this.selection ? ' with-detail' : ''}`}
          part="content"
          data-refocus
          tabindex="-1"
          aria-busy=${state === 'loading' ? 'true' : 'false'}
        >
          ${state === 'error' ? this.renderError() : this.renderView(index, items)}
          ${this.selection && state !== 'error' ? this.renderDetailCard(this.selection) : nothing}
        </div>
        ${this.currentView === 'map' ? renderLegend(i18n) : nothing}
      </div>
      ${skipEnd(i18n.t('skipEnd', { widget: name }))}`;
  }

  /** The place names that fit the current view, clear of the controls, attribution and markers. */
  protected placeLabels(items: readonly MapItem[]): PlacedLabel[] {
    const surface = this.renderRoot.querySelector<HTMLElement>('.surface');
    const places = this.outlines.outlines;
    if (!surface || !this.viewport.ready || !places) return [];
    const frame = surface.getBoundingClientRect();
    const obstacles = [...this.renderRoot.querySelectorAll('.controls, .attribution')].map(
      (element) => {
        const box = element.getBoundingClientRect();
        return {
          left: box.left - frame.left,
          top: box.top - frame.top,
          right: box.right - frame.left,
          bottom: box.bottom - frame.top,
        };
      },
    );
    for (const item of items) {
      const at = this.viewport.toScreen(item.point);
      const x = at.x + (item.kind === 'actor' ? (item.offset?.x ?? 0) : 0);
      const y = at.y + (item.kind === 'actor' ? (item.offset?.y ?? 0) : 0);
      const half = item.kind === 'cluster' ? 12 + Math.min(String(item.count).length, 4) * 4 : 14;
      obstacles.push({ left: x - half, top: y - half, right: x + half, bottom: y + half });
    }
    return layoutPlaceLabels(this.viewport, textMeasure(surface), obstacles, places);
  }

  protected renderError() {
    return html`<saxon-error-panel
      part="error"
      exportparts="title: error-title, message: error-message, retry-button"
      .error=${this.data.error}
      @saxon-retry=${() => this.data.retry()}
    ></saxon-error-panel>`;
  }

  protected renderView(index: ActorIndex | undefined, items: MapItem[]) {
    const empty =
      this.data.state === 'empty'
        ? html`<saxon-empty-state part="empty">${this.i18n.t('actorMapEmpty')}</saxon-empty-state>`
        : nothing;
    if (this.currentView === 'list') {
      if (!index) return html`<saxon-skeleton part="skeleton" lines="6"></saxon-skeleton>`;
      return index.size === 0
        ? empty
        : renderList({
            i18n: this.i18n,
            actors: this.sortedActors(index),
            offset: this.listOffset,
            selectedId: this.selection?.kind === 'actor' ? this.selection.summary.id : undefined,
            onOpen: (id, key) => this.openActor(index.get(id)!.properties, key),
            onPage: (offset) => (this.listOffset = offset),
          });
    }
    return html`${empty}${renderMap({
      i18n: this.i18n,
      viewport: this.viewport,
      interaction: this.interaction,
      items,
      labels: this.placeLabels(items),
      spreadKey: this.spread?.key,
      selectedKey:
        this.selection?.kind === 'actor' ? `actor-${this.selection.summary.id}` : undefined,
      highlightAgs: this.filters.ags || undefined,
      outlines: this.outlines,
      tiles: this.tileSource,
      tileState: this.tileState,
      tileAttribution: this.tileAttribution,
      offerRemember: this.consentRemember,
      onActivate: (item) => this.activate(item),
      onZoom: (step) => this.zoom(step),
      onConsent: (remember) => this.consent(true, remember),
      onTileState: (state) => this.consent(false, false, state),
    })}`;
  }

  protected renderCardSections(card: CardModule, id: string) {
    const { events, datasets } = this.cardLoads;
    const load = <T>(controller: {
      state: SectionLoad<T>['state'];
      value: T | undefined;
      error: unknown;
      retry: () => void;
    }): SectionLoad<T> => ({
      state: controller.state,
      value: controller.value,
      error: controller.error,
      retry: () => controller.retry(),
    });
    const openData = {
      portal: this.openDataPortal,
      type: this.openDataType,
      url: this.openDataUrl,
    };
    return card.renderCardSections({
      i18n: this.i18n,
      headingLevel: this.level + 1,
      events: load(events),
      datasets: hasOpenData(openData) && this.detail.value?.id === id ? load(datasets) : undefined,
    });
  }

  /**
   * The detail card; placeholder bars while its code loads (the first card opened), an error panel
   * with retry if that fails.
   */
  protected renderDetailCard(selection: Selection) {
    const card = this.card.module;
    if (!card) return renderCardShell(this.card);
    const topicLabels = new Map((this.topics.value ?? []).map((topic) => [topic.id, topic.label]));
    return card.renderDetail({
      i18n: this.i18n,
      headingLevel: this.level,
      selection,
      state: this.detail.state,
      actor: this.detail.value,
      error: this.detail.error,
      topicLabel: (id) => topicLabels.get(id) ?? id,
      onTopic: this.context.trim() ? (id) => this.changeFilters({ topics: [id] }) : undefined,
      sections:
        selection.kind === 'actor'
          ? this.renderCardSections(card, selection.summary.id)
          : undefined,
      suggestChangeUrl:
        selection.kind === 'actor'
          ? entryFormLink(this.entryFormUrl, selection.summary.id)
          : undefined,
      onRetry: () => this.detail.retry(),
      onShowOnMap: (id) => this.showOnMap(id),
      onOpenMember: (summary) => this.openActor(summary, this.focusKeeper.returnKey),
      onGroupPage: (offset) =>
        (this.selection = selection.kind === 'group' ? { ...selection, offset } : selection),
      onClose: () => this.closeDetail(),
    });
  }
}

/** Detail of `saxon-actor-select`: the actor whose detail card opened. */
export interface ActorSelectDetail {
  actor: Actor;
}

declare global {
  interface HTMLElementTagNameMap {
    'saxon-actor-map': SaxonActorMap;
  }
  interface HTMLElementEventMap {
    'saxon-actor-select': CustomEvent<ActorSelectDetail>;
  }
}
