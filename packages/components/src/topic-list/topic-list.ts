import { html } from 'lit';
import { property } from 'lit/decorators.js';
import type { DirectoryClient, Topic } from '@saxon-ai/sdk';
import { SaxonElement } from '../shared/base-element.js';
import { DataController } from '../shared/data-controller.js';
import { directoryClient } from '../shared/directory-client.js';
import { addBuiltInMessages } from '../shared/i18n/locales.js';
import { skipEnd, skipLinkStyles, skipWidgetLink } from '../shared/skip-link.js';
import { liveRegion } from '../shared/live-region.js';
import { renderStates } from '../shared/states.js';
import { themeStyles } from '../shared/theme.js';
import { topicListDe, topicListEn } from './messages.js';
// Also for its `declare global`, which the published type declarations keep only through this import.
import './messages.js';
import { topicListStyles } from './topic-list.styles.js';

/**
 * The topics of the Saxon AI actor directory, each with how many actors work on it and how many
 * events on it are coming up, most active first. A small overview for a page about AI in the
 * region, and the reference for how an element is built on the shared base: a `DataController`
 * loads through the SDK, `renderStates` shows loading, error, empty and the result, the live region
 * announces the count, and every text comes from the localizer.
 *
 * @tagname saxon-topic-list
 * @summary Topics of the actor directory with actor and event counts.
 * @csspart skip-widget - "Themen überspringen", shown while focused: focus goes past the element.
 * @csspart skip-end - The end of the element, where skipping it leads at the end of a page.
 * @csspart status - The visually hidden live region that announces the number of topics.
 * @csspart content - The area that shows placeholder, error, empty state or the list.
 * @csspart skeleton - Placeholder bars while loading.
 * @csspart error - The error panel.
 * @csspart error-title - Its title.
 * @csspart error-message - Its explanation.
 * @csspart retry-button - Its retry button.
 * @csspart empty - The empty state.
 * @csspart list - The list of topics.
 * @csspart item - One topic.
 * @csspart label - A topic's name.
 * @csspart counts - A topic's actor and event counts.
 */
export class SaxonTopicList extends SaxonElement {
  static {
    addBuiltInMessages({ de: topicListDe, en: topicListEn });
  }

  static override styles = [themeStyles, topicListStyles, skipLinkStyles];

  /** Base URL of the actor directory API, e.g. `https://ki.sachsen.example/directory/v1`. */
  @property({ attribute: 'api-url' }) apiUrl = '';

  /**
   * An SDK directory client to use instead of one made from `api-url` — for a custom `fetch`, a
   * cache shared with your own code, or tests. Property only.
   */
  @property({ attribute: false }) client?: DirectoryClient;

  private readonly data = new DataController(this, {
    i18n: this.i18n,
    args: () => [this.client ?? this.apiUrl, this.i18n.apiLanguage] as const,
    task: ([source, language], { signal }) =>
      directoryClient(source, language, this.localName).topics.list({ signal }),
    isEmpty: (topics) => topics.length === 0,
    announce: (topics) => this.i18n.t('topicCount', { count: topics.length }),
  });

  override render() {
    const name = this.i18n.t('topicListLabel');
    return html`${skipWidgetLink(this.i18n.t('skipWidget', { widget: name }), this, this.data.error)}
    ${liveRegion(this.data.announcement)}
    ${renderStates(this.data, (topics) => this.renderTopics(topics), { skeletonLines: 4 })}
    ${skipEnd(this.i18n.t('skipEnd', { widget: name }))}`;
  }

  private renderTopics(topics: Topic[]) {
    const ordered = [...topics].sort(
      (a, b) => b.actorCount - a.actorCount || b.eventCount - a.eventCount,
    );
    return html`<ul class="list" part="list" aria-label=${this.i18n.t('topicListLabel')}>
      ${ordered.map(
        (topic) =>
          html`<li class="item" part="item">
            <span class="label" part="label">${topic.label}</span>
            <span class="counts" part="counts"
              >${this.i18n.t('actorCount', { count: topic.actorCount })} ·
              ${this.i18n.t('eventCount', { count: topic.eventCount })}</span
            >
          </li>`,
      )}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'saxon-topic-list': SaxonTopicList;
  }
}
