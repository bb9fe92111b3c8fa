import type { ModerationStatus, Submission } from '@saxon-ai/sdk/directory';
import { html, nothing } from 'lit';
import type { ConsoleHost } from '../host.js';
import type { EntryKind } from '../fields.js';
import { describeProblem } from '../problems.js';

export const STATUSES: readonly ModerationStatus[] = [
  'pending',
  'held',
  'approved',
  'rejected',
  'withdrawn',
];
const PAGE_SIZE = 20;

/** A submission's display name: the proposed name or title, else the entry it concerns. */
export function submissionName(submission: Submission): string {
  const data = submission.data ?? {};
  const name = data.name ?? data.title;
  return typeof name === 'string' && name.trim() ? name : (submission.targetId ?? submission.id);
}

/** The queue: submissions of one status and kind, with a count for every status. */
export class QueueController {
  status: ModerationStatus = 'pending';
  kind: EntryKind | '' = '';
  offset = 0;
  loading = false;
  items: Submission[] = [];
  total = 0;
  counts: Partial<Record<ModerationStatus, number>> = {};
  private loaded = false;

  constructor(private readonly host: ConsoleHost) {}

  /** After sign-out: the next editor loads afresh. */
  forget() {
    this.loaded = false;
    this.items = [];
    this.counts = {};
    this.total = 0;
  }

  /** Loads once on first view; `reload()` forces it. */
  ensure() {
    if (!this.loaded) void this.reload();
  }

  async reload() {
    this.loaded = true;
    this.loading = true;
    this.host.requestUpdate();
    const { admin } = this.host;
    const kind = this.kind || undefined;
    try {
      const [page, ...totals] = await Promise.all([
        admin.submissions.list({
          status: this.status,
          ...(kind && { kind }),
          limit: PAGE_SIZE,
          offset: this.offset,
        }),
        ...STATUSES.map((status) =>
          admin.submissions.list({ status, ...(kind && { kind }), limit: 1 }),
        ),
      ]);
      this.items = page!.items;
      this.total = page!.total;
      this.counts = Object.fromEntries(STATUSES.map((status, i) => [status, totals[i]!.total]));
      this.host.clearProblem();
      this.host.announce(
        this.host.t('queue.shown', {
          total: this.total,
          status: this.host.t(`status.${this.status}`),
          kind: this.host.t(kind ? `kind.${kind}` : 'kind.all'),
        }),
      );
    } catch (error) {
      this.host.fail(describeProblem(error), () => void this.reload());
    } finally {
      this.loading = false;
      this.host.requestUpdate();
    }
  }

  filter(status: ModerationStatus, kind: EntryKind | '') {
    this.status = status;
    this.kind = kind;
    this.offset = 0;
    void this.reload();
  }

  page(step: 1 | -1) {
    this.offset = Math.max(0, this.offset + step * PAGE_SIZE);
    void this.reload();
  }

  render() {
    const { host } = this;
    const t = host.t.bind(host);
    const onFilter = (event: SubmitEvent) => {
      event.preventDefault();
      const form = new FormData(event.target as HTMLFormElement);
      this.filter(form.get('status') as ModerationStatus, form.get('kind') as EntryKind | '');
    };
    const pages = Math.max(1, Math.ceil(this.total / PAGE_SIZE));
    const pageNumber = Math.floor(this.offset / PAGE_SIZE) + 1;
    return html`
      <form class="inline panel" aria-label=${t('queue.filters')} @submit=${onFilter}>
        <div>
          <label for="queue-status">${t('queue.status')}</label>
          <select id="queue-status" name="status">
            ${STATUSES.map(
              (status) =>
                html`<option value=${status} ?selected=${status === this.status}>
                  ${t(`status.${status}`)}
                </option>`,
            )}
          </select>
        </div>
        <div>
          <label for="queue-kind">${t('queue.kind')}</label>
          <select id="queue-kind" name="kind">
            ${(['', 'actor', 'event'] as const).map(
              (kind) =>
                html`<option value=${kind} ?selected=${kind === this.kind}>
                  ${t(kind ? `kind.${kind}` : 'kind.all')}
                </option>`,
            )}
          </select>
        </div>
        <button type="submit">${t('queue.apply')}</button>
      </form>
      <h2 id="counts-heading">${t('queue.counts')}</h2>
      <ul class="plain counts" aria-labelledby="counts-heading">
        ${STATUSES.map(
          (status) =>
            html`<li data-status=${status}>
              ${t(`status.${status}`)}: <strong>${this.counts[status] ?? '–'}</strong>
            </li>`,
        )}
      </ul>
      <h2>${t(`status.${this.status}`)} (${this.total})</h2>
      ${this.loading && !this.items.length ? html`<p>${t('loading')}</p>` : nothing}
      ${!this.loading && !this.items.length ? html`<p>${t('queue.empty')}</p>` : nothing}
      <ul class="plain" aria-busy=${this.loading ? 'true' : 'false'}>
        ${this.items.map((submission) => this.renderItem(submission))}
      </ul>
      ${
        pages > 1
          ? html`<div class="actions">
              <button type="button" ?disabled=${this.offset === 0} @click=${() => this.page(-1)}>
                ${t('queue.previous')}
              </button>
              <span>${t('queue.page', { page: pageNumber, pages })}</span>
              <button type="button" ?disabled=${pageNumber >= pages} @click=${() => this.page(1)}>
                ${t('queue.next')}
              </button>
            </div>`
          : nothing
      }
    `;
  }

  private renderItem(submission: Submission) {
    const { host } = this;
    const t = host.t.bind(host);
    return html`<li class="item" data-submission=${submission.id}>
      <button
        type="button"
        class="open-submission"
        @click=${() => host.open({ name: 'submission', id: submission.id })}
      >
        ${submissionName(submission)}
      </button>
      <div class="meta">
        ${t(`kind.${submission.kind}`)} · ${t(`action.${submission.action}`)} ·
        ${t('queue.submittedBy', {
          name: submission.submitter.name,
          date: host.formatDate(submission.submittedAt),
        })}
        ${submission.heldReason ? html`· ${t(`held.${submission.heldReason}`)}` : nothing}
      </div>
    </li>`;
  }
}
