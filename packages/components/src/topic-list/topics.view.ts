import { html } from 'lit';
import type { Topic } from '@saxon-ai/sdk';
import type { Localizer } from '../shared/i18n/localizer.js';

/** The topics, most actors first (then most events), each with its actor and event counts. */
export function renderTopics(topics: readonly Topic[], i18n: Localizer) {
  const ordered = [...topics].sort(
    (a, b) => b.actorCount - a.actorCount || b.eventCount - a.eventCount,
  );
  return html`<ul class="list" part="list" aria-label=${i18n.t('topicListLabel')}>
    ${ordered.map(
      (topic) =>
        html`<li class="item" part="item">
          <span class="label" part="label">${topic.label}</span>
          <span class="counts" part="counts"
            >${i18n.t('actorCount', { count: topic.actorCount })} ·
            ${i18n.t('eventCount', { count: topic.eventCount })}</span
          >
        </li>`,
    )}
  </ul>`;
}
