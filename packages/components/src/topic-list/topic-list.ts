import { html } from 'lit';
import { liveRegion } from '../shared/live-region.js';
import { skipEnd, skipLinkStyles, skipWidgetLink } from '../shared/skip-link.js';
import { renderStates } from '../shared/states.js';
import { themeStyles } from '../shared/theme.js';
import { TopicListBase } from './topic-list.base.js';
import { topicListStyles } from './topic-list.styles.js';
import { topicHref } from './topic-href.js';
import { renderTopics, type TopicsMode } from './topics.view.js';

export type { TopicSelectDetail } from './topic-list.base.js';

/**
 * The topics of the Saxon AI actor directory, each with how many actors work on it and how many
 * events on it are coming up, most active first. A small overview for a page about AI in the
 * region, and the smallest example of how a widget is built (CONTRIBUTING.md, "Adding a widget"):
 * `TopicListBase` loads through the SDK with a `DataController`, `renderStates` shows loading,
 * error, empty and the result, the live region announces the count, and every text comes from the
 * localizer.
 *
 * In a `context` shared with `<saxon-actor-map>` and `<saxon-event-list>`, each topic is a toggle
 * button that filters them all; with `href-template` (and no context) each topic is a link.
 *
 * @tagname saxon-topic-list
 * @fires {CustomEvent<TopicSelectDetail>} saxon-topic-select - A topic was chosen (button or link). Cancelable: `preventDefault()` keeps the context unchanged, or the link from being followed.
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
 * @csspart topic-button - A topic as a toggle button (in a context); `topic-button-pressed` when chosen.
 * @csspart topic-link - A topic as a link (with `href-template`).
 * @csspart clear-button - "Alle Themen zeigen": un-chooses every topic of the context.
 * @csspart label - A topic's name.
 * @csspart counts - A topic's actor and event counts.
 */
export class SaxonTopicList extends TopicListBase {
  static override styles = [themeStyles, topicListStyles, skipLinkStyles];

  override render() {
    const name = this.i18n.t('topicListLabel');
    return html`${skipWidgetLink(this.i18n.t('skipWidget', { widget: name }), this, this.data.error)}
    ${liveRegion(this.data.announcement)}
    ${renderStates(this.data, (topics) => renderTopics(topics, this.i18n, this.mode()), {
      skeletonLines: 4,
    })}
    ${skipEnd(this.i18n.t('skipEnd', { widget: name }))}`;
  }

  /** Buttons in a context, else links when `href-template` is set, else text. */
  private mode(): TopicsMode {
    if (this.context) {
      return {
        kind: 'buttons',
        chosen: this.chosen,
        onSelect: (topic) => this.selectTopic(topic),
        onClear: () => {
          this.clearTopics();
          // The button goes away with the choice: focus moves to the first topic.
          void this.updateComplete.then(() =>
            this.renderRoot.querySelector<HTMLElement>('[part~="topic-button"]')?.focus(),
          );
        },
      };
    }
    if (this.hrefTemplate) {
      return {
        kind: 'links',
        hrefOf: (topic) => topicHref(this.hrefTemplate, topic.id),
        onSelect: (topic) => this.selectTopic(topic),
      };
    }
    return { kind: 'text' };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'saxon-topic-list': SaxonTopicList;
  }
}
