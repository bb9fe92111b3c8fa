import { html, nothing } from 'lit';
import type { Topic } from '@saxon-ai/sdk';
import type { Localizer } from '../shared/i18n/localizer.js';

/** How the topics are offered: toggle buttons (in a context), links (`href-template`) or text. */
export type TopicsMode =
  | {
      kind: 'buttons';
      chosen: readonly string[];
      onSelect: (topic: Topic) => void;
      onClear: () => void;
    }
  | {
      kind: 'links';
      hrefOf: (topic: Topic) => string | undefined;
      onSelect: (topic: Topic) => boolean;
    }
  | { kind: 'text' };

function topicContent(topic: Topic, i18n: Localizer) {
  return html`<span class="label" part="label">${topic.label}</span>
    <span class="counts" part="counts"
      >${i18n.t('actorCount', { count: topic.actorCount })} ·
      ${i18n.t('eventCount', { count: topic.eventCount })}</span
    >`;
}

function renderTopic(topic: Topic, i18n: Localizer, mode: TopicsMode) {
  if (mode.kind === 'buttons') {
    const pressed = mode.chosen.includes(topic.id);
    return html`<button
      type="button"
      class="choice"
      part=${pressed ? 'topic-button topic-button-pressed' : 'topic-button'}
      aria-pressed=${pressed ? 'true' : 'false'}
      @click=${() => mode.onSelect(topic)}
    >
      ${topicContent(topic, i18n)}
    </button>`;
  }
  const href = mode.kind === 'links' ? mode.hrefOf(topic) : undefined;
  if (mode.kind === 'links' && href) {
    return html`<a
      class="choice"
      part="topic-link"
      href=${href}
      @click=${(click: MouseEvent) => {
        if (!mode.onSelect(topic)) click.preventDefault();
      }}
      >${topicContent(topic, i18n)}</a
    >`;
  }
  return html`<span class="plain">${topicContent(topic, i18n)}</span>`;
}

/** The topics, most actors first (then most events), each with its actor and event counts. */
export function renderTopics(topics: readonly Topic[], i18n: Localizer, mode: TopicsMode) {
  const ordered = [...topics].sort(
    (a, b) => b.actorCount - a.actorCount || b.eventCount - a.eventCount,
  );
  const clear =
    mode.kind === 'buttons' && mode.chosen.length > 0
      ? html`<button type="button" class="clear" part="clear-button" @click=${mode.onClear}>
          ${i18n.t('topicListClear')}
        </button>`
      : nothing;
  return html`<ul class="list" part="list" aria-label=${i18n.t('topicListLabel')}>
      ${ordered.map(
        (topic) => html`<li class="item" part="item">${renderTopic(topic, i18n, mode)}</li>`,
      )}
    </ul>
    ${clear}`;
}
