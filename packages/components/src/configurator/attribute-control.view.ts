import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ConfiguratorMessages } from './configurator-texts.js';
import type { AttributeSpec } from './manifest-controls.js';

/**
 * The form control of one attribute, labelled with its name and described by the manifest's text
 * and default: a checkbox, a select (with "default" first) or a text/number field (with the
 * suggestions of an open union). `set` gets the new value; `undefined` or `''` unsets it.
 */
export function attributeControl(
  { name, control, defaultValue, description }: AttributeSpec,
  value: string | true | undefined,
  t: ConfiguratorMessages,
  set: (value: string | true | undefined) => void,
) {
  const id = `attr-${name}`;
  const hint = html`<p class="hint" id=${`${id}-hint`}>
    ${description}${defaultValue ? ` ${t.defaultHint(defaultValue)}` : ''}
  </p>`;
  if (control.kind === 'checkbox')
    return html`<div class="field check">
      <input
        id=${id}
        type="checkbox"
        .checked=${live(value === true)}
        aria-describedby=${`${id}-hint`}
        @change=${(e: Event) => set((e.target as HTMLInputElement).checked || undefined)}
      />
      <label for=${id}><code>${name}</code></label>
      ${hint}
    </div>`;
  const current = typeof value === 'string' ? value : '';
  const change = (e: Event) => set((e.target as HTMLInputElement | HTMLSelectElement).value.trim());
  const suggestions = control.kind === 'text' ? control.suggestions : [];
  const input =
    control.kind === 'select'
      ? html`<select id=${id} aria-describedby=${`${id}-hint`} @change=${change}>
          <option value="" ?selected=${!current}>${t.defaultOption(defaultValue)}</option>
          ${control.options.map(
            (option) =>
              html`<option value=${option} ?selected=${option === current}>${option}</option>`,
          )}
        </select>`
      : html`<input
            id=${id}
            type=${control.kind === 'number' ? 'number' : 'text'}
            .value=${live(current)}
            list=${suggestions.length ? `${id}-list` : nothing}
            aria-describedby=${`${id}-hint`}
            @change=${change}
          />
          ${
            suggestions.length
              ? html`<datalist id=${`${id}-list`}>
                  ${suggestions.map((option) => html`<option value=${option}></option>`)}
                </datalist>`
              : nothing
          }`;
  return html`<div class="field">
    <label for=${id}><code>${name}</code></label>
    ${input} ${hint}
  </div>`;
}
