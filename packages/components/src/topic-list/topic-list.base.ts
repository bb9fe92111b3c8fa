import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DirectoryClient, Topic } from '@saxon-ai/sdk';
import { attributeWarning } from '../shared/attributes.js';
import { FilterContextController } from '../shared/filter-context.js';
import { SaxonElement } from '../shared/base-element.js';
import { DataController } from '../shared/data-controller.js';
import { directoryClient } from '../shared/directory-client.js';
import { addBuiltInMessages } from '../shared/i18n/locales.js';
import { topicListDe, topicListEn } from './messages.js';
// Also for its `declare global`, which the published type declarations keep only through this import.
import './messages.js';

/** Detail of `saxon-topic-select`. */
export interface TopicSelectDetail {
  /** The topic the visitor chose. */
  topic: Topic;
  /** In a context: whether the topic is now chosen (`false`: the visitor un-chose it). Links: `true`. */
  selected: boolean;
  /** In a context: every topic chosen after this choice. Links: the topic alone. */
  topics: string[];
}

/**
 * The behaviour of `<saxon-topic-list>`: its attributes and what it loads (the directory's topics
 * through the SDK). `SaxonTopicList` renders it.
 */
export class TopicListBase extends SaxonElement {
  static {
    addBuiltInMessages({ de: topicListDe, en: topicListEn });
  }

  /** Base URL of the actor directory API, e.g. `https://ki.sachsen.example/directory/v1`. */
  @property({ attribute: 'api-url' }) apiUrl = '';

  /**
   * An SDK directory client to use instead of one made from `api-url` — for a custom `fetch`, a
   * cache shared with your own code, or tests. Property only.
   */
  @property({ attribute: false }) client?: DirectoryClient;

  /**
   * Name of a filter context shared with `<saxon-actor-map>` and `<saxon-event-list>` on the page:
   * the topics become toggle buttons that filter every widget of the context.
   */
  @property() context = '';

  /**
   * Makes each topic a link (outside a context), e.g. `/themen/{id}`: `{id}` is replaced by the
   * topic's id, percent-encoded. Only `http:`/`https:` links (relative ones resolve against the page).
   */
  @property({ attribute: 'href-template' }) hrefTemplate = '';

  /** The topics chosen in the context (pressed buttons). */
  @state() protected chosen: readonly string[] = [];

  /** The filter context named by `context`: inert without one. */
  protected readonly linked = new FilterContextController(this, {
    name: () => this.context,
    onChange: (shared) => (this.chosen = shared.topics ?? []),
  });

  private readonly warn = attributeWarning('saxon-topic-list');

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('context')) this.chosen = this.linked.state.topics ?? [];
    if (changed.has('hrefTemplate') && this.hrefTemplate && !this.hrefTemplate.includes('{id}')) {
      this.warn(
        `href-template="${this.hrefTemplate}" has no {id} placeholder; topics are not links.`,
      );
    }
  }

  /**
   * The visitor chose a topic. Tells the page (`saxon-topic-select`, cancelable); in a context,
   * unless cancelled, toggles the topic in the context's filter. Returns whether it went ahead.
   */
  protected selectTopic(topic: Topic): boolean {
    const inContext = Boolean(this.context);
    const selected = !inContext || !this.chosen.includes(topic.id);
    const topics = !inContext
      ? [topic.id]
      : selected
        ? [...this.chosen, topic.id]
        : this.chosen.filter((id) => id !== topic.id);
    const detail: TopicSelectDetail = { topic, selected, topics };
    if (!this.emit('saxon-topic-select', detail)) return false;
    if (this.context) {
      this.chosen = topics;
      this.linked.publish({ topics });
    }
    return true;
  }

  /** "Alle Themen zeigen": clears the context's topics. */
  protected clearTopics(): void {
    this.chosen = [];
    this.linked.publish({ topics: [] });
  }

  protected readonly data = new DataController(this, {
    i18n: this.i18n,
    args: () => [this.client ?? this.apiUrl, this.i18n.apiLanguage] as const,
    task: ([source, language], { signal }) =>
      directoryClient(source, language, this.localName).topics.list({ signal }),
    isEmpty: (topics) => topics.length === 0,
    announce: (topics) => this.i18n.t('topicCount', { count: topics.length }),
  });
}
