import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { FIELDS, optionLabel, type Draft, type EntryKind, type FieldSpec } from '../fields.js';
import type { ConsoleHost } from '../host.js';

export interface EntryFormOptions {
  kind: EntryKind;
  draft: Draft;
  /** Makes the controls' ids unique on the page. */
  idPrefix: string;
  /** Field paths the server refused, with its reason. */
  errors?: ReadonlyMap<string, string>;
  onChange(path: string, value: string): void;
}

function control(host: ConsoleHost, field: FieldSpec, options: EntryFormOptions) {
  const id = `${options.idPrefix}-${field.path.replace(/\./g, '-')}`;
  const value = options.draft[field.path] ?? '';
  const error = options.errors?.get(field.path);
  const describedBy = [
    field.control === 'list' || field.control === 'lines' ? `${id}-help` : '',
    error ? `${id}-error` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const onInput = (event: Event) => {
    const target = event.target as HTMLInputElement;
    options.onChange(
      field.path,
      target.type === 'checkbox' ? (target.checked ? 'true' : '') : target.value,
    );
  };
  const label = html`<label for=${id}>
    ${field.label[host.locale]}
    ${field.required ? html`<span class="required">${host.t('entry.required')}</span>` : nothing}
  </label>`;
  const help =
    field.control === 'list'
      ? html`<p class="help" id="${id}-help">${host.t('entry.listHelp')}</p>`
      : field.control === 'lines'
        ? html`<p class="help" id="${id}-help">${host.t('entry.organizersHelp')}</p>`
        : nothing;
  const errorText = error ? html`<p class="help error" id="${id}-error">${error}</p>` : nothing;
  const common = {
    id,
    describedBy: describedBy || undefined,
    invalid: error ? 'true' : undefined,
  };
  let input;
  switch (field.control) {
    case 'textarea':
    case 'lines':
      input = html`<textarea
        id=${common.id}
        aria-describedby=${common.describedBy ?? nothing}
        aria-invalid=${common.invalid ?? nothing}
        .value=${live(value)}
        @input=${onInput}
      ></textarea>`;
      break;
    case 'select':
      input = html`<select
        id=${common.id}
        aria-describedby=${common.describedBy ?? nothing}
        aria-invalid=${common.invalid ?? nothing}
        @change=${onInput}
      >
        ${[...new Set([...(field.options ?? []), value])].map(
          (option) =>
            html`<option value=${option} ?selected=${option === value}>
              ${optionLabel(option, host.locale)}
            </option>`,
        )}
      </select>`;
      break;
    case 'checkbox':
      return html`<div class="field">
        <label class="choice" for=${id}>
          <input
            type="checkbox"
            id=${id}
            aria-describedby=${common.describedBy ?? nothing}
            .checked=${live(value === 'true')}
            @change=${onInput}
          />
          ${field.label[host.locale]}
        </label>
        ${errorText}
      </div>`;
    default:
      input = html`<input
        type="text"
        id=${common.id}
        inputmode=${field.control === 'number' ? 'decimal' : nothing}
        aria-describedby=${common.describedBy ?? nothing}
        aria-invalid=${common.invalid ?? nothing}
        .value=${live(value)}
        @input=${onInput}
      />`;
  }
  return html`<div class="field" data-field=${field.path}>
    ${label}${help}${input}${errorText}
  </div>`;
}

/** Every field of an actor or event as a labelled control over the draft. */
export function renderEntryForm(host: ConsoleHost, options: EntryFormOptions) {
  return html`${FIELDS[options.kind].map((field) => control(host, field, options))}`;
}

/** The server's field errors (`data.address.city`, `edits.name`, `name` …) by form path. */
export function errorsByPath(
  fields: readonly { name: string; reason: string }[] | undefined,
): Map<string, string> {
  const map = new Map<string, string>();
  for (const { name, reason } of fields ?? []) {
    const path = name.replace(/^(data|edits|body)\./, '').replace(/\.\d+(\..*)?$/, '');
    map.set(path, map.has(path) ? `${map.get(path)} ${reason}` : reason);
  }
  return map;
}
