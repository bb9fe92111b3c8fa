import type { SubmissionDetail } from '@saxon-ai/sdk/directory';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { entryAsInput, mergePatchBetween, toDraft, toInput, type Draft } from '../fields.js';
import type { ConsoleHost } from '../host.js';
import { REASON_TEMPLATES } from '../messages.js';
import { describeProblem, type Problem } from '../problems.js';
import { renderDiff } from './diff.view.js';
import { errorsByPath, renderEntryForm } from './entry-form.view.js';
import { submissionName } from './queue.js';

/** One submission: its details, the diff against the live entry, and the decision. */
export class SubmissionController {
  id = '';
  detail: SubmissionDetail | undefined;
  loading = false;
  busy = false;
  /** The editor's corrections before approving; kept through errors and reloads. */
  edits: Draft | undefined;
  note = '';
  reason = '';
  fieldErrors = new Map<string, string>();

  constructor(private readonly host: ConsoleHost) {}

  show(id: string) {
    if (id !== this.id) {
      this.id = id;
      this.detail = undefined;
      this.edits = undefined;
      this.note = '';
      this.reason = '';
      this.fieldErrors = new Map();
    }
    void this.load();
  }

  async load() {
    this.loading = true;
    this.host.requestUpdate();
    try {
      this.detail = await this.host.admin.submissions.get(this.id);
      this.host.clearProblem();
    } catch (error) {
      this.host.fail(describeProblem(error), () => void this.load());
    } finally {
      this.loading = false;
      this.host.requestUpdate();
    }
  }

  private async decide(action: () => Promise<unknown>, done: string) {
    if (this.busy) return;
    this.busy = true;
    this.host.requestUpdate();
    try {
      await action();
      this.edits = undefined;
      this.fieldErrors = new Map();
      this.host.clearProblem();
      this.host.announce(done);
      await this.load();
      // The decision's buttons are gone: the heading is where the editor goes on from.
      this.host.focusHeading();
    } catch (error) {
      const problem: Problem = describeProblem(error);
      this.fieldErrors = errorsByPath(problem.fields);
      this.host.fail(problem);
      // A stale or decided submission is shown as it is now; the editor's input stays.
      if (problem.stale || problem.key === 'error.decided') await this.load();
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  approve() {
    const detail = this.detail!;
    let edits: Record<string, unknown> | undefined;
    if (this.edits && detail.data) {
      const { input, notNumbers } = toInput(detail.kind, this.edits);
      if (notNumbers.length) {
        this.host.fail({ key: 'entry.invalidNumber', params: { field: notNumbers.join(', ') } });
        return;
      }
      edits = mergePatchBetween(detail.data, input);
    }
    const note = this.note.trim();
    void this.decide(
      () =>
        this.host.admin.submissions.approve(detail.id, {
          ...(edits && { edits }),
          ...(note && { note }),
          ...(detail.liveEtag && { etag: detail.liveEtag }),
        }),
      this.host.t('decide.approved'),
    );
  }

  reject() {
    if (!this.reason.trim()) {
      this.host.fail({ key: 'decide.reasonRequired' });
      this.host.renderRoot.querySelector<HTMLElement>('#reject-reason')?.focus();
      return;
    }
    void this.decide(
      () => this.host.admin.submissions.reject(this.detail!.id, this.reason.trim()),
      this.host.t('decide.rejected'),
    );
  }

  heading(): string {
    return this.detail ? submissionName(this.detail) : this.id;
  }

  render() {
    const { host, detail } = this;
    const t = host.t.bind(host);
    if (!detail) return this.loading ? html`<p>${t('loading')}</p>` : nothing;
    const liveInput = detail.live
      ? entryAsInput(detail.kind, detail.live as unknown as Record<string, unknown>)
      : undefined;
    return html`
      <p>
        <button type="button" @click=${() => host.open({ name: 'queue' })}>
          ${t('submission.back')}
        </button>
      </p>
      <h2>${t('submission.meta')}</h2>
      <dl class="facts">
        <dt>${t('submission.kind')}</dt>
        <dd>${t(`kind.${detail.kind}`)}</dd>
        <dt>${t('submission.action')}</dt>
        <dd>${t(`action.${detail.action}`)}</dd>
        <dt>${t('submission.status')}</dt>
        <dd class="submission-status">${t(`status.${detail.status}`)}</dd>
        ${
          detail.targetId
            ? html`<dt>${t('submission.target')}</dt>
                <dd>
                  <button
                    type="button"
                    @click=${() =>
                      host.open({ name: 'entry', kind: detail.kind, id: detail.targetId! })}
                  >
                    ${detail.targetId}
                  </button>
                </dd>`
            : nothing
        }
        <dt>${t('submission.submitted')}</dt>
        <dd>${host.formatDate(detail.submittedAt)}</dd>
        ${
          detail.decidedAt
            ? html`<dt>${t('submission.decided')}</dt>
                <dd>${host.formatDate(detail.decidedAt)}</dd>`
            : nothing
        }
        <dt>${t('submission.submitter')}</dt>
        <dd>
          ${detail.submitter.name}
          ${detail.submitter.email ? html`&lt;${detail.submitter.email}&gt;` : t('submission.emailPurged')}
        </dd>
        ${
          detail.message
            ? html`<dt>${t('submission.message')}</dt>
                <dd class="message">${detail.message}</dd>`
            : nothing
        }
        ${
          detail.heldReason
            ? html`<dt>${t('submission.heldBack')}</dt>
                <dd>${t(`held.${detail.heldReason}`)}</dd>`
            : nothing
        }
        ${
          detail.reason
            ? html`<dt>${t('submission.reason')}</dt>
                <dd>${detail.reason}</dd>`
            : nothing
        }
      </dl>
      <h2>${t('diff.heading')}</h2>
      ${detail.action === 'remove' ? html`<p><strong>${t('diff.removal')}</strong></p>` : nothing}
      ${renderDiff(host, detail.kind, detail.diff, liveInput)}
      ${
        detail.status === 'pending' || detail.status === 'held'
          ? this.renderDecision(detail)
          : html`<p class="panel">${t('decide.done', { status: t(`status.${detail.status}`) })}</p>`
      }
    `;
  }

  private renderDecision(detail: SubmissionDetail) {
    const { host } = this;
    const t = host.t.bind(host);
    const canEdit = detail.action !== 'remove' && detail.data;
    const startEditing = () => {
      this.edits = toDraft(detail.kind, detail.data!);
      host.requestUpdate();
    };
    const chooseTemplate = (event: Event) => {
      const id = (event.target as HTMLSelectElement).value;
      const all = [...REASON_TEMPLATES.de, ...REASON_TEMPLATES.en];
      const template = all.find((candidate) => candidate.id === id);
      if (template) this.reason = template.text;
      host.requestUpdate();
    };
    return html`
      <h2>${t('decide.heading')}</h2>
      <section class="panel" aria-labelledby="approve-heading">
        <h3 id="approve-heading">${t('decide.approve')}</h3>
        ${
          this.edits
            ? html`<fieldset>
                <legend>${t('decide.edit')}</legend>
                ${renderEntryForm(host, {
                  kind: detail.kind,
                  draft: this.edits,
                  idPrefix: 'approve',
                  errors: this.fieldErrors,
                  onChange: (path, value) => {
                    this.edits = { ...this.edits, [path]: value };
                    host.requestUpdate();
                  },
                })}
              </fieldset>`
            : nothing
        }
        <div class="field">
          <label for="approve-note">${t('decide.note')}</label>
          <input
            id="approve-note"
            type="text"
            .value=${live(this.note)}
            @input=${(e: Event) => (this.note = (e.target as HTMLInputElement).value)}
          />
        </div>
        <div class="actions">
          <button
            type="button"
            class="primary"
            id="approve"
            aria-disabled=${this.busy ? 'true' : 'false'}
            @click=${() => this.approve()}
          >
            ${this.edits ? t('decide.approveEdited') : t('decide.approve')}
          </button>
          ${
            canEdit && !this.edits
              ? html`<button type="button" id="edit-before-approve" @click=${startEditing}>
                  ${t('decide.edit')}
                </button>`
              : nothing
          }
          ${
            this.edits
              ? html`<button
                  type="button"
                  @click=${() => {
                    this.edits = undefined;
                    host.requestUpdate();
                  }}
                >
                  ${t('decide.cancelEdit')}
                </button>`
              : nothing
          }
        </div>
      </section>
      <section class="panel" aria-labelledby="reject-heading">
        <h3 id="reject-heading">${t('decide.rejectHeading')}</h3>
        <div class="field">
          <label for="reject-template">${t('decide.template')}</label>
          <select id="reject-template" @change=${chooseTemplate}>
            <option value="">${t('decide.templateNone')}</option>
            <optgroup label=${t('decide.templatesDe')} lang="de">
              ${REASON_TEMPLATES.de.map((r) => html`<option value=${r.id}>${r.text}</option>`)}
            </optgroup>
            <optgroup label=${t('decide.templatesEn')} lang="en">
              ${REASON_TEMPLATES.en.map((r) => html`<option value=${r.id}>${r.text}</option>`)}
            </optgroup>
          </select>
        </div>
        <div class="field">
          <label for="reject-reason">${t('decide.reason')}</label>
          <textarea
            id="reject-reason"
            .value=${live(this.reason)}
            @input=${(e: Event) => (this.reason = (e.target as HTMLTextAreaElement).value)}
          ></textarea>
        </div>
        <div class="actions">
          <button
            type="button"
            class="danger"
            id="reject"
            aria-disabled=${this.busy ? 'true' : 'false'}
            @click=${() => this.reject()}
          >
            ${t('decide.reject')}
          </button>
        </div>
      </section>
    `;
  }
}
