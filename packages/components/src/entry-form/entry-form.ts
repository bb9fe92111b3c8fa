import { html, nothing } from 'lit';
import { ConfigurationError } from '../shared/configuration-error.js';
import { siteLinkUrl } from '../shared/safe-url.js';
import { liveRegion } from '../shared/live-region.js';
import { skipEnd, skipLinkStyles, skipWidgetLink } from '../shared/skip-link.js';
import { themeStyles } from '../shared/theme.js';
import { EntryFormSender } from './entry-form.sender.js';
import { entryFormStyles } from './entry-form.styles.js';
import { compositeFields } from './composite-fields.js';
import { entryFieldsStyles } from './fields.styles.js';
import { actorFields, eventFields } from './fields.view.js';
import { errorSummary, sendFailed, sent } from './outcome.view.js';
import { statusText, statusView } from './status.view.js';
import { submitterFields } from './submitter.view.js';
import './events.js';

/**
 * "Eintrag beisteuern": a form to propose a new AI actor or event for the Saxon AI directory, or a
 * change to a published one (`entry-id`). It checks the input with the directory's own rules,
 * keeps the draft for the session, sends the proposal to the editors and gives the visitor a
 * private link to follow it (`#eintrag-status=<token>` on the same page shows its state).
 *
 * @tagname saxon-entry-form
 * @summary Proposes an actor or event (or a change) to the directory's editors.
 * @fires {CustomEvent<EntrySubmitDetail>} saxon-entry-submit - Before sending, after the form's own checks (bubbles, composed, cancelable). `detail.submission` is the `SubmissionInput`. Cancel it to add a step of your own, then call `submit({ confirmed: true })`.
 * @fires {CustomEvent<EntrySubmittedDetail>} saxon-entry-submitted - The editors have the proposal (bubbles, composed). `detail.receipt` is the server's receipt, `detail.statusLink` the private link shown.
 * @csspart skip-widget - "Eintrag vorschlagen überspringen", shown while focused: focus goes past the element.
 * @csspart skip-end - The end of the element, where skipping it leads at the end of a page.
 * @csspart status - The visually hidden live region that announces errors and progress.
 * @csspart form - The form.
 * @csspart error-summary - The list of problems at the top, linking to the fields.
 * @csspart section - A titled part of the form.
 * @csspart field - One field with its label, help text and error.
 * @csspart field-error - A field's error message.
 * @csspart privacy-link - The link to the site's privacy notice.
 * @csspart submit-button - The send button.
 * @csspart send-error - The notice after a failed send (offline, too many requests, server error).
 * @csspart retry-button - Its "Erneut senden" button, or the retry of a failed load.
 * @csspart confirmation - The confirmation after sending.
 * @csspart status-link - The private status link in it.
 * @csspart another-button - "Weiteren Vorschlag machen".
 * @csspart status-view - The status view of a submission.
 * @csspart status-state - Its state in words.
 * @csspart status-reason - The editors' reason for a rejection.
 * @csspart withdraw-button - Withdraws a pending submission.
 * @csspart withdraw-error - Why withdrawing failed.
 * @csspart back-button - Leaves the status view for the form.
 * @csspart error - The error panel when the form is not set up or the entry did not load.
 * @csspart error-title - Its title.
 * @csspart error-message - Its explanation.
 * @csspart status-error - The error panel when the status did not load.
 */
export class SaxonEntryForm extends EntryFormSender {
  static override styles = [themeStyles, entryFormStyles, entryFieldsStyles, skipLinkStyles];

  /** The composite fields (23c): location, topics, dates, with their controllers. */
  private readonly compositeViews = compositeFields(this, {
    onTopicsLoaded: (ids) => (this.knownTopics = ids),
  });

  override render() {
    const name = this.i18n.t('entryFormLabel');
    const setupError = this.setupError();
    return html`${skipWidgetLink(this.i18n.t('skipWidget', { widget: name }), this, setupError)}
    ${liveRegion(this.statusView.token ? this.statusAnnouncement() : this.announcement)}
    ${this.statusView.token ? statusView(this.statusView, this.i18n, () => this.leaveStatus()) : this.renderMain(setupError)}
    ${skipEnd(this.i18n.t('skipEnd', { widget: name }))}`;
  }

  /** The form cannot send without a usable `api-url` (or a `client`): it says so instead. */
  private setupError(): ConfigurationError | undefined {
    try {
      this.directory();
      return undefined;
    } catch (error) {
      return error instanceof ConfigurationError ? error : new ConfigurationError('api-url');
    }
  }

  private statusAnnouncement(): string {
    const { state, status } = this.statusView;
    if (state === 'failed') return this.i18n.t('entryFormStatusFailed');
    if (!status) return this.i18n.t('entryFormStatusLoading');
    return `${this.i18n.t('entryFormStatusTitle')}: ${statusText(status, this.i18n)}`;
  }

  /** "Zum Formular": the fragment goes, an empty form shows. */
  private leaveStatus(): void {
    this.statusView.close();
    if (this.phase === 'sent') this.startAnother();
  }

  private renderMain(setupError: ConfigurationError | undefined) {
    if (setupError) return this.errorPanel(setupError, undefined);
    if (this.phase === 'sent')
      return sent(this.confirmationLink, this.i18n, () => this.startAnother());
    if (this.prefill === 'loading')
      return html`<p aria-busy="true">${this.i18n.t('entryFormLoading')}</p>`;
    if (this.prefill === 'failed')
      return html`<p>${this.i18n.t('entryFormEntryNotLoaded')}</p>
        ${this.errorPanel(this.prefillError, () => void this.loadEntry(this.targetId!, false))}`;
    return this.renderForm();
  }

  private errorPanel(error: unknown, retry: (() => void) | undefined) {
    return html`<saxon-error-panel
      part="error"
      exportparts="title: error-title, message: error-message, retry-button"
      .error=${error}
      @saxon-retry=${() => retry?.()}
    ></saxon-error-panel>`;
  }

  private renderForm() {
    const ctx = this.fieldContext();
    const kind = this.entryKind;
    const sending = this.phase === 'sending';
    const title = this.targetId
      ? this.i18n.t('entryFormTitleUpdate', { name: this.prefillName || this.targetId })
      : this.i18n.t(kind === 'actor' ? 'entryFormTitleActor' : 'entryFormTitleEvent');
    return html`<form
      class="form"
      part="form"
      novalidate
      aria-busy=${sending ? 'true' : 'false'}
      @submit=${this.onSubmit}
    >
      <h2 class="form-title">${title}</h2>
      ${errorSummary(this.summary, this.summaryFromServer, this.i18n, (path) =>
        this.summaryTarget(path),
      )}
      ${
        this.phase === 'failed'
          ? sendFailed(this.sendError, this.i18n, () => void this.submit({ confirmed: true }))
          : nothing
      }
      <p class="intro">${this.i18n.t('entryFormIntro')}</p>
      ${kind === 'actor' ? actorFields(ctx, this.compositeViews) : eventFields(ctx, this.compositeViews)}
      ${submitterFields(ctx, siteLinkUrl(this.privacyUrl))}
      <div class="actions">
        <button
          class="button"
          part="submit-button"
          type="submit"
          aria-disabled=${sending ? 'true' : 'false'}
        >
          ${this.i18n.t(this.targetId ? 'entryFormSubmitUpdate' : 'entryFormSubmit')}
        </button>
        ${sending ? html`<span part="sending">${this.i18n.t('entryFormSending')}</span>` : nothing}
      </div>
    </form>`;
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.submit();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'saxon-entry-form': SaxonEntryForm;
  }
}
