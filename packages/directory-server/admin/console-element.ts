import {
  createDirectoryAdminClient,
  createDirectoryClient,
  type DirectoryAdminClient,
  type DirectoryClient,
} from '@saxon-ai/sdk/directory';
import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { ConsoleHost, Screen } from './host.js';
import { translate, type Locale, type MessageKey, type Params } from './messages.js';
import { describeProblem, type Problem } from './problems.js';
import { AuditController } from './screens/audit.js';
import { EntriesController } from './screens/entries.js';
import { EntryController } from './screens/entry.js';
import { QueueController } from './screens/queue.js';
import { SubmissionController } from './screens/submission.js';
import { renderSignIn } from './screens/sign-in.view.js';
import { apiBaseUrl, session } from './session.js';
import { consoleStyles } from './styles.js';

/**
 * The moderation console: sign-in, the queue, a submission with its diff and decision, any entry
 * to edit, publish or hide, and the audit log. One shadow root, so every label, description and
 * live region sits beside what it refers to.
 */
export class SaxonAdminConsole extends LitElement implements ConsoleHost {
  static override styles = consoleStyles;

  @state() locale: Locale = session.locale() === 'en' ? 'en' : 'de';
  @state() private screen: Screen = { name: 'queue' };
  @state() private signedIn = false;
  @state() private checking = false;
  @state() private statusText = '';
  @state() private problem: (Problem & { retry?: () => void }) | undefined;

  admin!: DirectoryAdminClient;
  readonly directory: DirectoryClient = createDirectoryClient({ baseUrl: apiBaseUrl() });
  private readonly queue = new QueueController(this);
  private readonly submission = new SubmissionController(this);
  private readonly entries = new EntriesController(this);
  private readonly entry = new EntryController(this);
  private readonly audit = new AuditController(this);
  private dates = this.dateFormat();

  override connectedCallback() {
    super.connectedCallback();
    document.documentElement.lang = this.locale;
    const token = session.token();
    if (token) {
      this.useToken(token);
      this.signedIn = true;
      this.open({ name: 'queue' }, false);
    }
  }

  t(key: MessageKey, params?: Params): string {
    return translate(this.locale, key, params);
  }

  formatDate(iso: string): string {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : this.dates.format(date);
  }

  announce(text: string) {
    // Cleared first so the same text said twice is announced twice.
    this.statusText = '';
    void this.updateComplete.then(() => (this.statusText = text));
  }

  fail(problem: Problem, retry?: () => void) {
    if (problem.signedOut) {
      this.signOut(false);
    }
    this.problem = undefined;
    void this.updateComplete.then(() => (this.problem = { ...problem, ...(retry && { retry }) }));
  }

  clearProblem() {
    this.problem = undefined;
  }

  focusHeading() {
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('main h1')?.focus(),
    );
  }

  open(screen: Screen, focus = true) {
    this.screen = screen;
    this.problem = undefined;
    this.statusText = '';
    if (screen.name === 'queue') void this.queue.reload();
    if (screen.name === 'submission') this.submission.show(screen.id);
    if (screen.name === 'entries') this.entries.ensure();
    if (screen.name === 'entry') this.entry.show(screen.kind, screen.id);
    if (screen.name === 'audit') this.audit.showAll();
    if (focus) this.focusHeading();
  }

  private dateFormat() {
    return new Intl.DateTimeFormat(this.locale === 'de' ? 'de-DE' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Europe/Berlin',
    });
  }

  private useToken(token: string) {
    this.admin = createDirectoryAdminClient({
      baseUrl: apiBaseUrl(),
      token,
      language: this.locale,
    });
  }

  private switchLocale() {
    this.locale = this.locale === 'de' ? 'en' : 'de';
    session.keepLocale(this.locale);
    document.documentElement.lang = this.locale;
    // A past announcement was in the other language.
    this.statusText = '';
    document.title = `${this.t('app.title')} – ${this.t('app.subtitle')}`;
    this.dates = this.dateFormat();
    const token = session.token();
    if (token) this.useToken(token);
  }

  private async signIn(token: string) {
    if (!token.trim()) {
      this.fail({ key: 'error.emptyToken' });
      return;
    }
    this.checking = true;
    this.announce(this.t('signIn.checking'));
    this.useToken(token.trim());
    try {
      // Any editor read proves the token; nothing is kept before it is proven.
      await this.admin.submissions.list({ limit: 1 });
      session.keep(token.trim());
      this.signedIn = true;
      this.announce(this.t('signIn.done'));
      this.open({ name: 'queue' });
    } catch (error) {
      this.fail(describeProblem(error));
    } finally {
      this.checking = false;
    }
  }

  private signOut(announce = true) {
    session.forget();
    this.signedIn = false;
    this.queue.forget();
    if (announce) this.announce(this.t('signIn.signedOut'));
    this.focusHeading();
  }

  override render() {
    const t = this.t.bind(this);
    const other = this.locale === 'de' ? 'en' : 'de';
    return html`
      <header class="bar">
        <div class="brand">${t('app.title')} <small>${t('app.subtitle')}</small></div>
        ${this.signedIn ? this.renderNav() : nothing}
        <div class="actions">
          <button
            type="button"
            id="switch-language"
            lang=${other}
            aria-label=${t('lang.switchLabel')}
            @click=${() => this.switchLocale()}
          >
            ${t('lang.switch')}
          </button>
          ${
            this.signedIn
              ? html`<button type="button" id="sign-out" @click=${() => this.signOut()}>
                  ${t('signOut')}
                </button>`
              : nothing
          }
        </div>
      </header>
      <main>
        <div class="status" role="status" aria-live="polite">${this.statusText}</div>
        <div class="alert" role="alert">${this.renderProblem()}</div>
        ${
          this.problem?.retry
            ? html`<p>
                <button type="button" id="retry" @click=${this.problem.retry}>${t('retry')}</button>
              </p>`
            : nothing
        }
        ${this.signedIn ? this.renderScreen() : this.renderSignInScreen()}
      </main>
    `;
  }

  private renderProblem() {
    const problem = this.problem;
    if (!problem) return nothing;
    return html`<p>${this.t(problem.key, problem.params)}</p>
      ${
        problem.fields?.length
          ? html`<ul>
              ${problem.fields.map((field) => html`<li><code>${field.name}</code>: ${field.reason}</li>`)}
            </ul>`
          : nothing
      }`;
  }

  private renderNav() {
    const item = (name: 'queue' | 'entries' | 'audit', key: MessageKey) =>
      html`<li>
        <button
          type="button"
          aria-current=${this.screen.name === name ? 'page' : nothing}
          @click=${() => this.open({ name })}
        >
          ${this.t(key)}
        </button>
      </li>`;
    return html`<nav aria-label=${this.t('nav.label')}>
      <ul>
        ${item('queue', 'nav.queue')} ${item('entries', 'nav.entries')}
        ${item('audit', 'nav.audit')}
      </ul>
    </nav>`;
  }

  private renderSignInScreen() {
    return renderSignIn(this, {
      checking: this.checking,
      onSubmit: (token) => void this.signIn(token),
    });
  }

  private renderScreen() {
    const screen = this.screen;
    const heading = (text: string) => html`<h1 tabindex="-1">${text}</h1>`;
    switch (screen.name) {
      case 'queue':
        return html`${heading(this.t('queue.heading'))}${this.queue.render()}`;
      case 'submission':
        return html`${heading(this.t('submission.heading', { name: this.submission.heading() }))}
        ${this.submission.render()}`;
      case 'entries':
        return html`${heading(this.t('entries.heading'))}${this.entries.render()}`;
      case 'entry':
        return html`${heading(this.entry.heading())}${this.entry.render()}`;
      case 'audit':
        return html`${heading(this.t('audit.heading'))}${this.audit.render()}`;
    }
  }
}
