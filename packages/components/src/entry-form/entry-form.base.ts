import { property, state } from 'lit/decorators.js';
import type { DirectoryClient } from '@saxon-ai/sdk';
import { SaxonElement } from '../shared/base-element.js';
import { directoryClient } from '../shared/directory-client.js';
import { addBuiltInMessages } from '../shared/i18n/locales.js';
import type { MessageKey, MessageParams } from '../shared/i18n/messages.js';
import { parseEntryId, parseKind } from './attributes.js';
import { fromEntry, type Draft, type DraftValue, type EntryKind } from './draft.js';
import { clearDraft, draftKey, loadDraft, saveDraft } from './draft-storage.js';
import type { FieldContext } from './field-context.js';
import { entryFormDe, entryFormEn } from './messages.js';
// Also for its `declare global`, which the published type declarations keep only through this import.
import './messages.js';

/** Where a prefill (`entry-id`) stands. */
export type PrefillState = 'none' | 'loading' | 'loaded' | 'failed';

/**
 * The behaviour of `<saxon-entry-form>`: its attributes, the draft (kept in `sessionStorage`), the
 * field context the views render from, and the prefill of a proposed change. Sending and the status
 * view build on it (`EntryFormSender`); `SaxonEntryForm` renders it.
 */
export class EntryFormBase extends SaxonElement {
  static {
    addBuiltInMessages({ de: entryFormDe, en: entryFormEn });
  }

  /** What the form proposes: an AI actor (`actor`, the default) or an event (`event`). */
  @property() kind: 'actor' | 'event' = 'actor';

  /** Base URL of the actor directory API, e.g. `https://ki.sachsen.example/directory/v1`. */
  @property({ attribute: 'api-url' }) apiUrl = '';

  /**
   * The id of a published entry: the form then proposes a change to it, prefilled from the live
   * data. Empty: a new entry.
   */
  @property({ attribute: 'entry-id' }) entryId = '';

  /** The site's privacy notice, linked beside the consent. Required by law on a real site. */
  @property({ attribute: 'privacy-url' }) privacyUrl = '';

  /**
   * An SDK directory client to use instead of one made from `api-url` — for a custom `fetch` or
   * tests. Property only. The status view still needs `api-url` (the status link is made from it).
   */
  @property({ attribute: false }) client?: DirectoryClient;

  /** What the user typed so far. */
  @state() protected draft: Draft = {};
  /** Field errors on show, by draft path. */
  @state() protected fieldErrors = new Map<string, string>();
  @state() protected prefill: PrefillState = 'none';
  /** The live entry's display name, for the title of a change proposal. */
  @state() protected prefillName = '';

  /** When the visitor first saw the form, for the fill-time signal. */
  protected shownAt = 0;
  private storageKey = '';

  protected get entryKind(): EntryKind {
    return parseKind(this.kind);
  }

  protected get targetId(): string | undefined {
    return parseEntryId(this.entryId);
  }

  /** The client to send through; throws a `ConfigurationError` without a usable `api-url`. */
  protected directory(): DirectoryClient {
    return directoryClient(this.client ?? this.apiUrl, this.i18n.apiLanguage, this.localName);
  }

  private optionalDirectory(): DirectoryClient | undefined {
    try {
      return this.directory();
    } catch {
      return undefined;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.shownAt ||= performance.now();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('kind') || changed.has('entryId')) this.openDraft();
  }

  /** Loads the draft of this kind and entry from the session, or starts one (prefilled for a change). */
  private openDraft(): void {
    const page = globalThis.location?.pathname ?? '';
    this.storageKey = draftKey(this.entryKind, this.targetId, page);
    const stored = loadDraft(this.storageKey);
    this.draft = stored ?? {};
    this.fieldErrors = new Map();
    this.prefill = 'none';
    if (this.targetId) void this.loadEntry(this.targetId, stored !== undefined);
  }

  /** Fetches the live entry; its values fill the draft unless the session already had one. */
  protected async loadEntry(id: string, keepDraft: boolean): Promise<void> {
    this.prefill = 'loading';
    const kind = this.entryKind;
    try {
      const directory = this.directory();
      const entry =
        kind === 'actor' ? await directory.actors.get(id) : await directory.events.get(id);
      if (id !== this.targetId || kind !== this.entryKind) return; // superseded
      this.prefillName = 'name' in entry ? entry.name : entry.title;
      if (!keepDraft) this.draft = fromEntry(entry);
      this.prefill = 'loaded';
    } catch (error) {
      if (id !== this.targetId) return;
      this.prefillError = error;
      this.prefill = 'failed';
    }
  }

  /** Why the prefill failed, for the error panel. */
  protected prefillError: unknown;

  /** Changes the draft; the form re-renders and the session keeps the new state. */
  protected updateDraft(values: Readonly<Record<string, DraftValue>>): void {
    this.draft = { ...this.draft, ...values };
    saveDraft(this.storageKey, this.draft);
  }

  /** Forgets the draft (after sending, or when the visitor discards it). */
  protected resetDraft(): void {
    clearDraft(this.storageKey);
    this.draft = {};
    this.fieldErrors = new Map();
    this.shownAt = performance.now();
  }

  /** The id of the control for `path`; dots and underscores become hyphens. */
  protected fieldId(path: string): string {
    return `field-${path.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+/, '')}`;
  }

  /** What the field views render from. */
  protected fieldContext(): FieldContext {
    const fieldId = (path: string) => this.fieldId(path);
    const hintId = (path: string) => `${fieldId(path)}-hint`;
    const errorId = (path: string) => `${fieldId(path)}-error`;
    return {
      draft: this.draft,
      value: (path) => this.draft[path] ?? '',
      set: (path, value) => this.updateDraft({ [path]: value }),
      setMany: (values) => this.updateDraft(values),
      errorFor: (path) => this.fieldErrors.get(path),
      describedBy: (path, hasHint = false) =>
        [hasHint ? hintId(path) : '', this.fieldErrors.has(path) ? errorId(path) : '']
          .filter(Boolean)
          .join(' '),
      fieldId,
      hintId,
      errorId,
      msg: (key: MessageKey, params?: MessageParams) => this.i18n.t(key, params),
      locale: this.i18n.lang,
      directory: this.optionalDirectory(),
    };
  }
}
