import { html, nothing } from 'lit';
import { liveRegion } from '../shared/live-region.js';
import { skipEnd, skipLinkStyles, skipWidgetLink } from '../shared/skip-link.js';
import { themeStyles } from '../shared/theme.js';
import './events.js';
import { EntryFormBase } from './entry-form.base.js';
import { entryFormStyles } from './entry-form.styles.js';
import { actorFields, eventFields, type CompositeViews } from './fields.view.js';
import { submitterFields } from './submitter.view.js';

/** The composite fields (23c): location, topics, dates. Wired in as their views arrive. */
const compositeViews: CompositeViews = {};

/**
 * "Eintrag beisteuern": a form to propose a new AI actor or event for the Saxon AI directory, or a
 * change to a published one (`entry-id`). The proposal goes to the directory's editors; the
 * confirmation gives the visitor a private link to follow it.
 *
 * @tagname saxon-entry-form
 * @summary Proposes an actor or event (or a change) to the directory's editors.
 * @csspart skip-widget - "Formular überspringen", shown while focused: focus goes past the element.
 * @csspart skip-end - The end of the element, where skipping it leads at the end of a page.
 * @csspart status - The visually hidden live region that announces errors and progress.
 * @csspart form - The form.
 * @csspart section - A titled part of the form.
 * @csspart field - One field with its label, help text and error.
 * @csspart field-error - A field's error message.
 * @csspart privacy-link - The link to the site's privacy notice.
 * @csspart submit-button - The send button.
 */
export class SaxonEntryForm extends EntryFormBase {
  static override styles = [themeStyles, entryFormStyles, skipLinkStyles];

  override render() {
    const name = this.i18n.t('entryFormLabel');
    return html`${skipWidgetLink(this.i18n.t('skipWidget', { widget: name }), this, undefined)}
    ${liveRegion(this.announcement)} ${this.renderForm()}
    ${skipEnd(this.i18n.t('skipEnd', { widget: name }))}`;
  }

  /** What the live region says (errors, progress). */
  protected announcement = '';

  private renderForm() {
    const ctx = this.fieldContext();
    const kind = this.entryKind;
    const title = this.targetId
      ? this.i18n.t('entryFormTitleUpdate', { name: this.prefillName || this.targetId })
      : this.i18n.t(kind === 'actor' ? 'entryFormTitleActor' : 'entryFormTitleEvent');
    return html`<form class="form" part="form" novalidate @submit=${this.onSubmit}>
      <h2 class="form-title">${title}</h2>
      <p class="intro">${this.i18n.t('entryFormIntro')}</p>
      ${kind === 'actor' ? actorFields(ctx, compositeViews) : eventFields(ctx, compositeViews)}
      ${submitterFields(ctx, this.privacyUrl.trim() || undefined)}
      <div class="actions">
        <button class="button" part="submit-button" type="submit">
          ${this.i18n.t(this.targetId ? 'entryFormSubmitUpdate' : 'entryFormSubmit')}
        </button>
      </div>
      ${nothing}
    </form>`;
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'saxon-entry-form': SaxonEntryForm;
  }
}
