import type { AuditEntry, AuditKind } from '@saxon-ai/sdk/directory';
import { html, nothing } from 'lit';
import type { ConsoleHost } from '../host.js';
import { describeProblem } from '../problems.js';

const PAGE_SIZE = 20;
const KINDS: readonly AuditKind[] = ['actor', 'event', 'topic', 'submission'];

/** The audit log, newest first: everything, or one entry's history. */
export class AuditController {
  kind: AuditKind | '' = '';
  entityId: string | undefined;
  items: AuditEntry[] = [];
  total = 0;
  offset = 0;
  loading = false;

  constructor(private readonly host: ConsoleHost) {}

  showAll() {
    this.entityId = undefined;
    this.offset = 0;
    void this.load();
  }

  /** One entry's history (on the entry's screen). */
  showEntry(kind: 'actor' | 'event', id: string) {
    this.kind = kind;
    this.entityId = id;
    this.offset = 0;
    void this.load();
  }

  async load() {
    this.loading = true;
    this.host.requestUpdate();
    try {
      const page = await this.host.admin.audit.list({
        ...(this.kind && { kind: this.kind }),
        ...(this.entityId && { entityId: this.entityId }),
        limit: PAGE_SIZE,
        offset: this.offset,
      });
      this.items = page.items;
      this.total = page.total;
      if (!this.entityId) this.host.announce(this.host.t('audit.total', { total: this.total }));
    } catch (error) {
      this.host.fail(describeProblem(error), () => void this.load());
    } finally {
      this.loading = false;
      this.host.requestUpdate();
    }
  }

  render() {
    const { host } = this;
    const t = host.t.bind(host);
    const onFilter = (event: Event) => {
      this.kind = (event.target as HTMLSelectElement).value as AuditKind | '';
      this.offset = 0;
      void this.load();
    };
    const pages = Math.max(1, Math.ceil(this.total / PAGE_SIZE));
    const pageNumber = Math.floor(this.offset / PAGE_SIZE) + 1;
    const go = (step: number) => {
      this.offset = Math.max(0, this.offset + step * PAGE_SIZE);
      void this.load();
    };
    return html`
      ${
        this.entityId
          ? nothing
          : html`<div class="field">
              <label for="audit-kind">${t('audit.kind')}</label>
              <select id="audit-kind" @change=${onFilter}>
                <option value="" ?selected=${this.kind === ''}>${t('kind.all')}</option>
                ${KINDS.map(
                  (kind) =>
                    html`<option value=${kind} ?selected=${kind === this.kind}>
                      ${t(`kind.${kind}`)}
                    </option>`,
                )}
              </select>
            </div>`
      }
      <p>${t('audit.total', { total: this.total })}</p>
      ${!this.loading && !this.items.length ? html`<p>${t('audit.empty')}</p>` : nothing}
      <ol class="plain audit" aria-busy=${this.loading ? 'true' : 'false'}>
        ${this.items.map((entry) => this.renderEntry(entry))}
      </ol>
      ${
        pages > 1
          ? html`<div class="actions">
              <button type="button" ?disabled=${this.offset === 0} @click=${() => go(-1)}>
                ${t('queue.previous')}
              </button>
              <span>${t('queue.page', { page: pageNumber, pages })}</span>
              <button type="button" ?disabled=${pageNumber >= pages} @click=${() => go(1)}>
                ${t('queue.next')}
              </button>
            </div>`
          : nothing
      }
    `;
  }

  private renderEntry(entry: AuditEntry) {
    const { host } = this;
    const t = host.t.bind(host);
    const json = (value: unknown) => JSON.stringify(value, null, 2);
    const opensEntry = !this.entityId && (entry.kind === 'actor' || entry.kind === 'event');
    return html`<li class="item" data-audit=${entry.id}>
      <div>
        <strong class="audit-line">
          ${t('audit.line', {
            action: t(`auditAction.${entry.action}`),
            editor: entry.editor,
            role: t(`role.${entry.role}`),
          })}
        </strong>
      </div>
      <div class="meta">
        <time datetime=${entry.at}>${host.formatDate(entry.at)}</time> · ${t(`kind.${entry.kind}`)}
        <code>${entry.entityId}</code>
      </div>
      ${entry.note ? html`<div>${t('audit.note', { note: entry.note })}</div>` : nothing}
      ${
        opensEntry
          ? html`<button
              type="button"
              @click=${() =>
                host.open({
                  name: 'entry',
                  kind: entry.kind as 'actor' | 'event',
                  id: entry.entityId,
                })}
            >
              ${t('audit.open', { kind: t(`kind.${entry.kind}`), id: entry.entityId })}
            </button>`
          : nothing
      }
      ${
        entry.before !== undefined || entry.after !== undefined
          ? html`<details>
              <summary>${t('audit.details')}</summary>
              ${
                entry.before !== undefined
                  ? html`<p><strong>${t('audit.before')}</strong></p>
                      <pre>${json(entry.before)}</pre>`
                  : nothing
              }
              ${
                entry.after !== undefined
                  ? html`<p><strong>${t('audit.after')}</strong></p>
                      <pre>${json(entry.after)}</pre>`
                  : nothing
              }
            </details>`
          : nothing
      }
    </li>`;
  }
}
