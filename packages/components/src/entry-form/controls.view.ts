import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { MessageKey } from '../shared/i18n/messages.js';
import type { FieldContext } from './field-context.js';

/** What every control view takes besides the context. */
export interface ControlOptions {
  /** The draft path the control edits, e.g. `address.street`. */
  path: string;
  label: MessageKey;
  hint?: MessageKey;
  required?: boolean;
}

/** A text control's extras. */
export interface TextOptions extends ControlOptions {
  type?: 'text' | 'email' | 'url';
  autocomplete?: string;
  inputmode?: 'text' | 'email' | 'url' | 'numeric';
  /** The contract's maximum length: typing stops a little after it, the rules say by how much. */
  maxLength?: number;
  multiline?: boolean;
}

/** One choice of a select or a checkbox group. */
export interface Choice {
  value: string;
  label: MessageKey;
}

const text = (ctx: FieldContext, path: string): string => {
  const value = ctx.value(path);
  return typeof value === 'string' ? value : '';
};

/** "(Pflichtangabe)" or "(optional)" after a label: required fields are marked in text. */
export const requiredMarker = (ctx: FieldContext, required: boolean | undefined) =>
  html`<span class="marker"
    >(${ctx.msg(required ? 'entryFormRequired' : 'entryFormOptional')})</span
  >`;

/** The field's help text and error message, with the ids `describedBy` names. */
export function hintAndError(ctx: FieldContext, path: string, hint?: MessageKey) {
  const error = ctx.errorFor(path);
  return html`${hint ? html`<p class="hint" id=${ctx.hintId(path)}>${ctx.msg(hint)}</p>` : nothing}
  ${
    error
      ? html`<p class="field-error" id=${ctx.errorId(path)} part="field-error">
          <span class="visually-hidden">${ctx.msg('entryFormErrorPrefix')}</span> ${error}
        </p>`
      : nothing
  }`;
}

const invalid = (ctx: FieldContext, path: string) => (ctx.errorFor(path) ? 'true' : nothing);

/** A labelled text field (or text area) bound to one draft path. */
export function textControl(ctx: FieldContext, options: TextOptions): TemplateResult {
  const { path, label, hint, required, type = 'text', autocomplete, inputmode } = options;
  const described = ctx.describedBy(path, Boolean(hint));
  // Room beyond the limit, so a pasted text is not cut silently: the rules then say it is too long.
  const maxlength = options.maxLength ? options.maxLength + 100 : undefined;
  const onInput = (event: Event) =>
    ctx.set(path, (event.target as HTMLInputElement | HTMLTextAreaElement).value);
  const control = options.multiline
    ? html`<textarea
        id=${ctx.fieldId(path)}
        name=${path}
        rows="5"
        maxlength=${ifDefined(maxlength)}
        aria-required=${required ? 'true' : nothing}
        aria-invalid=${invalid(ctx, path)}
        aria-describedby=${described || nothing}
        .value=${live(text(ctx, path))}
        @input=${onInput}
      ></textarea>`
    : html`<input
        id=${ctx.fieldId(path)}
        name=${path}
        type=${type}
        autocomplete=${ifDefined(autocomplete)}
        inputmode=${ifDefined(inputmode)}
        spellcheck=${type === 'text' ? nothing : 'false'}
        maxlength=${ifDefined(maxlength)}
        aria-required=${required ? 'true' : nothing}
        aria-invalid=${invalid(ctx, path)}
        aria-describedby=${described || nothing}
        .value=${live(text(ctx, path))}
        @input=${onInput}
      />`;
  return html`<div class="field" part="field">
    <label for=${ctx.fieldId(path)}>${ctx.msg(label)} ${requiredMarker(ctx, required)}</label>
    ${hintAndError(ctx, path, hint)} ${control}
  </div>`;
}

/** A labelled select bound to one draft path; `placeholder` is the empty first option. */
export function selectControl(
  ctx: FieldContext,
  options: ControlOptions & { choices: readonly Choice[]; placeholder: MessageKey },
): TemplateResult {
  const { path, label, hint, required, choices, placeholder } = options;
  const value = text(ctx, path);
  return html`<div class="field" part="field">
    <label for=${ctx.fieldId(path)}>${ctx.msg(label)} ${requiredMarker(ctx, required)}</label>
    ${hintAndError(ctx, path, hint)}
    <select
      id=${ctx.fieldId(path)}
      name=${path}
      aria-required=${required ? 'true' : nothing}
      aria-invalid=${invalid(ctx, path)}
      aria-describedby=${ctx.describedBy(path, Boolean(hint)) || nothing}
      @change=${(event: Event) => ctx.set(path, (event.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${value === ''}>${ctx.msg(placeholder)}</option>
      ${choices.map(
        (choice) =>
          html`<option value=${choice.value} ?selected=${value === choice.value}>
            ${ctx.msg(choice.label)}
          </option>`,
      )}
    </select>
  </div>`;
}

/**
 * Checkboxes for a multiple choice stored as a list at `path`. The first box carries the field's
 * id, so the error summary's link lands in the group.
 */
export function checkboxGroup(
  ctx: FieldContext,
  options: ControlOptions & { choices: readonly Choice[] },
): TemplateResult {
  const { path, label, hint, required, choices } = options;
  const chosen = ctx.value(path);
  const selected = Array.isArray(chosen) ? chosen : [];
  const toggle = (value: string, on: boolean) =>
    ctx.set(
      path,
      choices
        .map((choice) => choice.value)
        .filter((v) => (v === value ? on : selected.includes(v))),
    );
  return html`<fieldset
    class="field group"
    part="field"
    aria-invalid=${invalid(ctx, path)}
    aria-describedby=${ctx.describedBy(path, Boolean(hint)) || nothing}
  >
    <legend>${ctx.msg(label)} ${requiredMarker(ctx, required)}</legend>
    ${hintAndError(ctx, path, hint)}
    ${choices.map(
      (choice, index) =>
        html`<label class="check">
          <input
            type="checkbox"
            id=${index === 0 ? ctx.fieldId(path) : `${ctx.fieldId(path)}-${index}`}
            name=${path}
            value=${choice.value}
            .checked=${live(selected.includes(choice.value))}
            @change=${(event: Event) =>
              toggle(choice.value, (event.target as HTMLInputElement).checked)}
          />
          ${ctx.msg(choice.label)}
        </label>`,
    )}
  </fieldset>`;
}
