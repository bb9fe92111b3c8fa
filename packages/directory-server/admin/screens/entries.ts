import type { UnpublishedEntry } from '@saxon-ai/sdk/directory';
import { html, nothing } from 'lit';
import type { EntryKind } from '../fields.js';
import type { ConsoleHost } from '../host.js';
import { describeProblem } from '../problems.js';

interface Found {
  kind: EntryKind;
  id: string;
  name: string;
}

/** Editors find any entry: a search over the published ones, and the list of hidden ones. */
export class EntriesController {
  text = '';
  kind: EntryKind = 'actor';
  results: Found[] = [];
  total = 0;
  unpublished: UnpublishedEntry[] = [];
  loading = false;
  private loaded = false;

  constructor(private readonly host: ConsoleHost) {}

  ensure() {
    if (!this.loaded) void this.search();
  }

  async search() {
    this.loaded = true;
    this.loading = true;
    this.host.requestUpdate();
    const { directory, admin } = this.host;
    const text = this.text.trim() || undefined;
    try {
      // The public read is the search; past events count too, so `from` reaches back.
      const [page, hidden] = await Promise.all([
        this.kind === 'actor'
          ? directory.actors.list({ ...(text && { text }), limit: 50 }).then((p) => ({
              total: p.total,
              items: p.items.map((a) => ({ kind: 'actor' as const, id: a.id, name: a.name })),
            }))
          : directory.events
              .list({ ...(text && { text }), from: '2000-01-01', limit: 50 })
              .then((p) => ({
                total: p.total,
                items: p.items.map((e) => ({ kind: 'event' as const, id: e.id, name: e.title })),
              })),
        admin.unpublished.list(),
      ]);
      this.results = page.items;
      this.total = page.total;
      this.unpublished = hidden;
      this.host.clearProblem();
      this.host.announce(this.host.t('entries.results', { total: this.total }));
    } catch (error) {
      this.host.fail(describeProblem(error), () => void this.search());
    } finally {
      this.loading = false;
      this.host.requestUpdate();
    }
  }

  render() {
    const { host } = this;
    const t = host.t.bind(host);
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      const form = new FormData(event.target as HTMLFormElement);
      this.text = String(form.get('text') ?? '');
      this.kind = form.get('kind') === 'event' ? 'event' : 'actor';
      void this.search();
    };
    const link = (found: Found) =>
      html`<li class="item">
        <button
          type="button"
          class="open-entry"
          @click=${() => host.open({ name: 'entry', kind: found.kind, id: found.id })}
        >
          ${found.name}
        </button>
        <span class="meta">${t(`kind.${found.kind}`)} · <code>${found.id}</code></span>
      </li>`;
    return html`
      <form class="inline panel" role="search" @submit=${submit}>
        <div>
          <label for="entries-text">${t('entries.text')}</label>
          <input id="entries-text" name="text" type="search" .value=${this.text} />
        </div>
        <div>
          <label for="entries-kind">${t('entries.kind')}</label>
          <select id="entries-kind" name="kind">
            <option value="actor" ?selected=${this.kind === 'actor'}>${t('kind.actor')}</option>
            <option value="event" ?selected=${this.kind === 'event'}>${t('kind.event')}</option>
          </select>
        </div>
        <button type="submit">${t('entries.search')}</button>
      </form>
      <h2>${t('entries.results', { total: this.total })}</h2>
      ${!this.loading && !this.results.length ? html`<p>${t('entries.empty')}</p>` : nothing}
      <ul class="plain" aria-busy=${this.loading ? 'true' : 'false'}>
        ${this.results.map(link)}
      </ul>
      <h2>${t('entries.unpublished')}</h2>
      ${
        this.unpublished.length
          ? html`<ul class="plain">
              ${this.unpublished.map(link)}
            </ul>`
          : html`<p>${t('entries.noUnpublished')}</p>`
      }
    `;
  }
}
