import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { hintAndError, requiredMarker } from './controls.view.js';
import type { FieldContext } from './field-context.js';
import type { TopicsController } from './topics-controller.js';

const chosenOf = (ctx: FieldContext): string[] => {
  const value = ctx.value('topics');
  return Array.isArray(value) ? value : [];
};

/**
 * The directory's topics as a checkbox group with a filter box: every box is reachable with Tab and
 * toggled with Space, the filter narrows the list as one types, and a status line says how many are
 * chosen (and how many the filter shows). The group carries the field's id, so the error summary's
 * link lands on it.
 */
export function topicsView(ctx: FieldContext, topics: TopicsController) {
  topics.request(ctx.directory);
  const path = 'topics';
  const chosen = chosenOf(ctx);
  const { state } = topics;
  const visible = topics.visible(chosen);
  const total = state.status === 'loaded' ? state.topics.length : 0;
  const toggle = (id: string, on: boolean) =>
    ctx.set(path, on ? [...chosen.filter((c) => c !== id), id] : chosen.filter((c) => c !== id));
  const filterId = `${ctx.fieldId(path)}-filter`;
  const statusText =
    ctx.msg('entryFieldTopicsSelected', { count: chosen.length }) +
    (state.status === 'loaded' && visible.length !== total
      ? ` · ${ctx.msg('entryFieldTopicsShown', { shown: visible.length, total })}`
      : '');
  return html`<fieldset
    class="field group topics"
    part="field"
    id=${ctx.fieldId(path)}
    tabindex="-1"
    aria-invalid=${ctx.errorFor(path) ? 'true' : nothing}
    aria-describedby=${ctx.describedBy(path, true)}
  >
    <legend>${ctx.msg('entryFieldTopics')} ${requiredMarker(ctx, false)}</legend>
    ${hintAndError(ctx, path, 'entryFieldTopicsHint')}
    <p class="topic-count" role="status">${statusText}</p>
    ${
      state.status === 'loaded'
        ? html`<div class="topic-filter">
              <label for=${filterId}>${ctx.msg('entryFieldTopicsFilter')}</label>
              <input
                id=${filterId}
                type="search"
                autocomplete="off"
                .value=${live(topics.filter)}
                @input=${(event: Event) =>
                  topics.setFilter((event.target as HTMLInputElement).value)}
              />
            </div>
            ${
              visible.length === 0
                ? html`<p class="hint">
                    ${ctx.msg('entryFieldTopicsNoMatch', { filter: topics.filter.trim() })}
                  </p>`
                : html`<ul class="topic-options" role="list">
                    ${repeat(
                      visible,
                      (topic) => topic.id,
                      (topic) =>
                        html`<li>
                          <label class="check">
                            <input
                              type="checkbox"
                              name=${path}
                              value=${topic.id}
                              .checked=${live(chosen.includes(topic.id))}
                              @change=${(event: Event) =>
                                toggle(topic.id, (event.target as HTMLInputElement).checked)}
                            />
                            ${topic.label}
                          </label>
                        </li>`,
                    )}
                  </ul>`
            }`
        : state.status === 'failed'
          ? html`<p class="field-error">${ctx.msg('entryFieldTopicsFailed')}</p>
              <button type="button" class="button-secondary" @click=${() => topics.retry()}>
                ${ctx.msg('entryFieldTopicsRetry')}
              </button>`
          : html`<p class="hint">${ctx.msg('entryFieldTopicsLoading')}</p>`
    }
  </fieldset>`;
}
