import type { Actor, DirectoryEvent, Versioned, ModerationEntry } from '@saxon-ai/sdk/directory';
import { html } from 'lit';
import { entryAsInput, toDraft, toInput, type Draft, type EntryKind } from '../fields.js';
import type { ConsoleHost } from '../host.js';
import { describeProblem } from '../problems.js';
import { AuditController } from './audit.js';
import { renderConflict, type Conflict } from './conflict.view.js';
import { errorsByPath, renderEntryForm } from './entry-form.view.js';

interface Loaded {
  draft: Draft;
  etag: string;
  published: boolean;
  name: string;
}

/**
 * One entry, as editors see it: edit every field (PUT with If-Match), publish or hide it, and its
 * history. A 412 opens the merge of both versions; the editor's draft survives every error.
 */
export class EntryController {
  kind: EntryKind = 'actor';
  id = '';
  base: Loaded | undefined;
  draft: Draft = {};
  conflict: Conflict | undefined;
  fieldErrors = new Map<string, string>();
  busy = false;
  readonly history: AuditController;

  constructor(private readonly host: ConsoleHost) {
    this.history = new AuditController(host);
  }

  private area() {
    return this.kind === 'actor' ? this.host.admin.actors : this.host.admin.events;
  }

  private adopt(answer: Versioned<ModerationEntry<Actor | DirectoryEvent>>): Loaded {
    const entry = answer.data.entry as unknown as Record<string, unknown>;
    return {
      draft: toDraft(this.kind, entryAsInput(this.kind, entry)),
      etag: answer.etag,
      published: answer.data.published,
      name: String(entry.name ?? entry.title ?? this.id),
    };
  }

  private dirty(): boolean {
    return !!this.base && JSON.stringify(this.base.draft) !== JSON.stringify(this.draft);
  }

  show(kind: EntryKind, id: string) {
    if (kind !== this.kind || id !== this.id) {
      this.kind = kind;
      this.id = id;
      this.base = undefined;
      this.draft = {};
      this.conflict = undefined;
      this.fieldErrors = new Map();
    }
    void this.load();
    this.history.showEntry(kind, id);
  }

  /** (Re)reads the entry; unsaved edits are kept. */
  async load() {
    try {
      const keep = this.dirty();
      this.base = this.adopt(await this.area().get(this.id));
      if (!keep) this.draft = { ...this.base.draft };
      this.host.clearProblem();
    } catch (error) {
      this.host.fail(describeProblem(error), () => void this.load());
    } finally {
      this.host.requestUpdate();
    }
  }

  heading(): string {
    return this.host.t('entry.heading', {
      kind: this.host.t(`kind.${this.kind}`),
      name: this.base?.name ?? this.id,
    });
  }

  private async run(action: () => Promise<void>) {
    if (this.busy) return;
    this.busy = true;
    this.host.requestUpdate();
    try {
      await action();
      this.host.clearProblem();
    } catch (error) {
      const problem = describeProblem(error);
      this.fieldErrors = errorsByPath(problem.fields);
      if (problem.stale) await this.openConflict();
      this.host.fail(problem);
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  save() {
    const base = this.base;
    if (!base) return;
    const { input, notNumbers } = toInput(this.kind, this.draft);
    if (notNumbers.length) {
      this.host.fail({ key: 'entry.invalidNumber', params: { field: notNumbers.join(', ') } });
      return;
    }
    void this.run(async () => {
      const written = await this.area().update(this.id, input as never, { etag: base.etag });
      const entry = written.data as unknown as Record<string, unknown>;
      this.base = {
        ...base,
        draft: toDraft(this.kind, entryAsInput(this.kind, entry)),
        etag: written.etag,
        name: String(entry.name ?? entry.title ?? this.id),
      };
      this.draft = { ...this.base.draft };
      this.fieldErrors = new Map();
      this.conflict = undefined;
      this.host.announce(this.host.t('entry.saved'));
      this.history.showEntry(this.kind, this.id);
    });
  }

  setPublished(publish: boolean) {
    const base = this.base;
    if (!base) return;
    void this.run(async () => {
      const area = this.area();
      const answer = publish
        ? await area.publish(this.id, { etag: base.etag })
        : await area.unpublish(this.id, { etag: base.etag });
      const fresh = this.adopt(answer);
      const keep = this.dirty();
      this.base = fresh;
      if (!keep) this.draft = { ...fresh.draft };
      this.host.announce(this.host.t(publish ? 'entry.publishedNow' : 'entry.unpublishedNow'));
      this.history.showEntry(this.kind, this.id);
    });
  }

  /** Someone wrote first: read their version and put it beside the editor's draft. */
  private async openConflict() {
    const base = this.base!;
    const theirs = this.adopt(await this.area().get(this.id));
    const fields = Object.keys({ ...this.draft, ...theirs.draft }).filter(
      (path) => (this.draft[path] ?? '') !== (theirs.draft[path] ?? ''),
    );
    this.conflict = {
      theirs,
      fields,
      // Fields the editor did not touch follow the other version; touched ones stay theirs.
      choices: Object.fromEntries(
        fields.map((path) => [
          path,
          (this.draft[path] ?? '') === (base.draft[path] ?? '') ? 'theirs' : 'mine',
        ]),
      ),
    };
    this.host.focusHeading();
  }

  /** The merge: each field from the version chosen, written over the current ETag. */
  saveMerge() {
    const conflict = this.conflict!;
    const merged: Draft = { ...conflict.theirs.draft };
    for (const path of conflict.fields) {
      merged[path] =
        conflict.choices[path] === 'mine'
          ? (this.draft[path] ?? '')
          : (conflict.theirs.draft[path] ?? '');
    }
    this.base = conflict.theirs;
    this.draft = merged;
    this.conflict = undefined;
    this.save();
  }

  render() {
    const { host, base } = this;
    const t = host.t.bind(host);
    if (!base) return html`<p>${t('loading')}</p>`;
    return html`
      <p>
        <button type="button" @click=${() => host.open({ name: 'entries' })}>
          ${t('entry.back')}
        </button>
      </p>
      <p class="panel publication">
        <strong>${base.published ? t('entry.published') : t('entry.hidden')}</strong>
        <button
          type="button"
          id="toggle-published"
          aria-disabled=${this.busy ? 'true' : 'false'}
          @click=${() => this.setPublished(!base.published)}
        >
          ${base.published ? t('entry.unpublish') : t('entry.publish')}
        </button>
      </p>
      ${
        this.conflict
          ? renderConflict(host, this.kind, this.draft, this.conflict, {
              onChoose: (path, choice) => {
                this.conflict!.choices[path] = choice;
                host.requestUpdate();
              },
              onSave: () => this.saveMerge(),
              onCancel: () => {
                this.base = this.conflict!.theirs;
                this.conflict = undefined;
                host.requestUpdate();
              },
            })
          : html`<h2>${t('entry.edit')}</h2>
              <form
                @submit=${(event: SubmitEvent) => {
                  event.preventDefault();
                  this.save();
                }}
              >
                ${renderEntryForm(host, {
                  kind: this.kind,
                  draft: this.draft,
                  idPrefix: 'entry',
                  errors: this.fieldErrors,
                  onChange: (path, value) => {
                    this.draft = { ...this.draft, [path]: value };
                  },
                })}
                <div class="actions">
                  <button type="submit" class="primary" id="save-entry">${t('entry.save')}</button>
                </div>
              </form>`
      }
      <h2>${t('entry.history')}</h2>
      ${this.history.render()}
    `;
  }
}
