import { html } from 'lit';
import { fieldLabel, type Draft, type EntryKind } from '../fields.js';
import type { ConsoleHost } from '../host.js';

export type Choice = 'mine' | 'theirs';

export interface Conflict {
  /** The version now stored (with its ETag), as a draft. */
  theirs: { draft: Draft; etag: string; published: boolean; name: string };
  /** Fields where the editor's draft and the stored version differ. */
  fields: string[];
  choices: Record<string, Choice>;
}

interface ConflictHandlers {
  onChoose(path: string, choice: Choice): void;
  onSave(): void;
  onCancel(): void;
}

/** Both versions side by side, one choice per differing field; nothing typed is dropped. */
export function renderConflict(
  host: ConsoleHost,
  kind: EntryKind,
  mine: Draft,
  conflict: Conflict,
  handlers: ConflictHandlers,
) {
  const t = host.t.bind(host);
  const shown = (value: string | undefined) =>
    value ? html`<pre>${value}</pre>` : html`<span>${t('diff.empty')}</span>`;
  return html`<section class="conflict" aria-labelledby="conflict-heading">
    <h2 id="conflict-heading">${t('conflict.heading')}</h2>
    <p>${t('conflict.intro')}</p>
    ${conflict.fields.length === 0 ? html`<p>${t('conflict.none')}</p>` : ''}
    ${conflict.fields.map((path, index) => {
      const name = `conflict-${index}`;
      const option = (choice: Choice, label: string, value: string | undefined) =>
        html`<label class="choice">
          <input
            type="radio"
            name=${name}
            value=${choice}
            .checked=${conflict.choices[path] === choice}
            @change=${() => handlers.onChoose(path, choice)}
          />
          <span><strong>${label}</strong> ${shown(value)}</span>
        </label>`;
      return html`<fieldset data-field=${path}>
        <legend>${fieldLabel(kind, path, host.locale)}</legend>
        ${option('mine', t('conflict.keepMine'), mine[path])}
        ${option('theirs', t('conflict.keepTheirs'), conflict.theirs.draft[path])}
      </fieldset>`;
    })}
    <div class="actions">
      <button type="button" class="primary" id="save-merge" @click=${handlers.onSave}>
        ${t('conflict.save')}
      </button>
      <button type="button" @click=${handlers.onCancel}>${t('conflict.cancel')}</button>
    </div>
  </section>`;
}
