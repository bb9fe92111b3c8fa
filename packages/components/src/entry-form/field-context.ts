import type { DirectoryClient } from '@saxon-ai/sdk';
import type { MessageKey, MessageParams } from '../shared/i18n/messages.js';
import type { Draft, DraftValue } from './draft.js';

/**
 * What a field's view function gets from `<saxon-entry-form>`: the draft and how to change it, the
 * field's error and ids, texts, and the directory client (for topics). One object so that the
 * composite fields (location, topics, dates) and the plain ones are written the same way; views
 * render inside the form's shadow root, so `<label for>` and `aria-describedby` reach their targets.
 */
export interface FieldContext {
  /** The whole draft (read only; change it through `set`/`setMany`). */
  readonly draft: Readonly<Draft>;
  /** The draft's value at `path`: what the user typed, `''` when nothing. */
  value(path: string): DraftValue;
  /** Sets one path; the form re-renders and saves the draft. */
  set(path: string, value: DraftValue): void;
  /** Sets several paths at once (one render, one save). */
  setMany(values: Readonly<Record<string, DraftValue>>): void;
  /** The error text to show on the field at `path`, if it has one. */
  errorFor(path: string): string | undefined;
  /**
   * The ids for the control's `aria-describedby`: its help text (when `hasHint`) and its error
   * message (when it has one); `''` when neither.
   */
  describedBy(path: string, hasHint?: boolean): string;
  /** The id of the control for `path`: what `<label for>` and the error summary's link point to. */
  fieldId(path: string): string;
  /** The id of the help text of `path` (render it with this id when the field has one). */
  hintId(path: string): string;
  /** The id of the error message of `path`. */
  errorId(path: string): string;
  /** A text in the form's language. */
  msg(key: MessageKey, params?: MessageParams): string;
  /** The form's language tag (`de`, `en`, …). */
  readonly locale: string;
  /** The directory client the form sends through; `undefined` while `api-url` is not set. */
  readonly directory: DirectoryClient | undefined;
}
