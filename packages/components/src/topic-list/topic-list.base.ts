import { property } from 'lit/decorators.js';
import type { DirectoryClient } from '@saxon-ai/sdk';
import { SaxonElement } from '../shared/base-element.js';
import { DataController } from '../shared/data-controller.js';
import { directoryClient } from '../shared/directory-client.js';
import { addBuiltInMessages } from '../shared/i18n/locales.js';
import { topicListDe, topicListEn } from './messages.js';
// Also for its `declare global`, which the published type declarations keep only through this import.
import './messages.js';

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

  protected readonly data = new DataController(this, {
    i18n: this.i18n,
    args: () => [this.client ?? this.apiUrl, this.i18n.apiLanguage] as const,
    task: ([source, language], { signal }) =>
      directoryClient(source, language, this.localName).topics.list({ signal }),
    isEmpty: (topics) => topics.length === 0,
    announce: (topics) => this.i18n.t('topicCount', { count: topics.length }),
  });
}
