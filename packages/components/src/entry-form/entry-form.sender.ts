import { state } from 'lit/decorators.js';
import {
  checkActorInput,
  checkEventInput,
  checkSubmitter,
  type SubmissionReceipt,
} from '@saxon-ai/sdk';
import { describeError } from '../shared/error-message.js';
import { CONSENT, MESSAGE, toInput, toSubmitter, type DraftValue } from './draft.js';
import { EntryFormBase } from './entry-form.base.js';
import type { EntrySubmitDetail, EntrySubmittedDetail } from './events.js';
import { StatusController } from './status-controller.js';
import { buildSubmission, serverProblems, statusLink, statusToken } from './send-flow.js';
import {
  checkProposal,
  draftPath,
  problemText,
  type FieldProblem,
  type InputRules,
} from './validation.js';

/** Where sending stands: editing, on its way, arrived, or failed (the input is kept). */
export type SendPhase = 'editing' | 'sending' | 'sent' | 'failed';

/** One entry of the error summary: the field's draft path and its message. */
export interface SummaryItem {
  path: string;
  text: string;
}

/**
 * Sending a proposal: the checks in the browser (the SDK's rules, the server's own), the
 * cancelable `saxon-entry-submit`, the request, the server's field errors mapped back onto the
 * fields, and the states after it. Nothing the visitor typed is dropped until the server confirmed.
 */
export class EntryFormSender extends EntryFormBase {
  /** The directory's input rules, the server's own, checked before sending. */
  protected rules: InputRules | undefined = { checkActorInput, checkEventInput, checkSubmitter };

  @state() protected phase: SendPhase = 'editing';
  /** Why the last send failed (network, 429, server error), for the notice. */
  @state() protected sendError: unknown;
  @state() protected summary: SummaryItem[] = [];
  /** The summary says the server, not the browser, found the problems. */
  @state() protected summaryFromServer = false;
  @state() protected receipt: SubmissionReceipt | undefined;
  @state() protected confirmationLink = '';
  /** What the live region says. */
  @state() protected announcement = '';

  /** The status view's data, when the page's fragment holds a status token. */
  protected readonly statusView = new StatusController(this, {
    apiUrl: () => this.apiUrl,
    directory: () => this.directory(),
  });

  /** Known topic ids (set by the topics field once loaded), so unknown ones are named early. */
  protected knownTopics: Iterable<string> | undefined;

  /**
   * Checks the proposal and sends it: the same as pressing the send button. A listener of
   * `saxon-entry-submit` that cancelled it calls this again when its own step is done — pass
   * `{ confirmed: true }` then so the event is not fired twice.
   */
  async submit({ confirmed = false }: { confirmed?: boolean } = {}): Promise<void> {
    if (this.phase === 'sending') return;
    const problems = this.check();
    if (problems.length > 0) {
      this.showProblems(problems, false);
      return;
    }
    this.clearProblems();
    const submission = buildSubmission(
      this.entryKind,
      this.draft,
      this.targetId,
      performance.now() - this.shownAt,
    );
    if (!confirmed && !this.emit<EntrySubmitDetail>('saxon-entry-submit', { submission })) return;
    this.phase = 'sending';
    this.sendError = undefined;
    this.announce(this.i18n.t('entryFormSending'));
    try {
      const receipt = await this.directory().submissions.create(submission);
      const token = statusToken(receipt.statusUrl);
      this.receipt = receipt;
      this.confirmationLink = token
        ? statusLink(globalThis.location.href, token)
        : receipt.statusUrl;
      this.phase = 'sent';
      this.resetDraft();
      this.announce(this.i18n.t('entryFormSentTitle'));
      this.emit<EntrySubmittedDetail>('saxon-entry-submitted', {
        receipt,
        statusLink: this.confirmationLink,
      });
      await this.focusAfterRender('[data-focus="sent"]');
    } catch (error) {
      const problems = serverProblems(error);
      if (problems && problems.length > 0) {
        this.phase = 'editing';
        this.showProblems(problems, true);
        return;
      }
      this.phase = 'failed';
      this.sendError = error;
      this.announce(
        `${this.i18n.t('entryFormSendFailed')} ${describeError(error, this.i18n)} ${this.i18n.t('entryFormInputKept')}`,
      );
      await this.focusAfterRender('[data-focus="failed"]');
    }
  }

  /**
   * While the confirmation shows there is no form to edit: a late write of a field's controller
   * (a load that finished meanwhile) must not store the sent draft again.
   */
  protected override updateDraft(values: Readonly<Record<string, DraftValue>>): void {
    if (this.phase !== 'sent') super.updateDraft(values);
  }

  /** Back to an empty form after a confirmation. */
  protected startAnother(): void {
    this.phase = 'editing';
    this.receipt = undefined;
    this.confirmationLink = '';
    this.announce('');
  }

  /** Every problem of the draft, by the contract's rules (consent and note included). */
  private check(): FieldProblem[] {
    const rules = this.rules;
    const consent = this.draft[CONSENT] === true;
    const message = typeof this.draft[MESSAGE] === 'string' ? this.draft[MESSAGE].trim() : '';
    if (!rules) return consent ? [] : [{ name: 'consent', reason: 'required', code: 'required' }];
    return checkProposal(rules, {
      kind: this.entryKind,
      input: toInput(this.entryKind, this.draft),
      submitter: toSubmitter(this.draft),
      consent,
      message,
      ...(this.knownTopics ? { topics: this.knownTopics } : {}),
      ...(this.targetId ? { id: this.targetId } : {}),
    });
  }

  /** Puts each problem on its field, lists them at the top, announces and focuses the summary. */
  protected showProblems(problems: readonly FieldProblem[], fromServer: boolean): void {
    const fieldErrors = new Map<string, string>();
    const msg = this.i18n.t.bind(this.i18n);
    for (const problem of problems) {
      const path = draftPath(problem.name);
      if (!fieldErrors.has(path)) fieldErrors.set(path, problemText(problem, path, msg));
    }
    this.fieldErrors = fieldErrors;
    this.summary = this.inFormOrder(
      [...fieldErrors].map(([path, text]) => {
        const label = this.labelOf(path);
        return { path, text: label ? `${label}: ${text}` : text };
      }),
    );
    this.summaryFromServer = fromServer;
    const count = this.i18n.t('entryFormSummaryCount', { count: this.summary.length });
    this.announce(
      `${this.i18n.t(fromServer ? 'entryFormRejectedByServer' : 'entryFormSummaryTitle')} ${count}`,
    );
    void this.focusAfterRender('[data-focus="summary"]');
  }

  protected clearProblems(): void {
    this.fieldErrors = new Map();
    this.summary = [];
  }

  /** The summary lists the fields top to bottom, as the visitor meets them. */
  private inFormOrder(items: SummaryItem[]): SummaryItem[] {
    const ids = [...(this.renderRoot.querySelectorAll('[id^="field-"]') ?? [])].map((el) => el.id);
    const position = (path: string) => {
      const index = ids.indexOf(this.summaryTarget(path) ?? '');
      return index === -1 ? ids.length : index;
    };
    return [...items].sort((a, b) => position(a.path) - position(b.path));
  }

  /**
   * The id the summary's link for `path` goes to: the field's control, else the first control of
   * its group (`address.ags` → the location fields), else none (the item is then text only).
   */
  protected summaryTarget(path: string): string | undefined {
    const root = this.renderRoot;
    const own = this.fieldId(path);
    if (root.querySelector(`#${CSS.escape(own)}`)) return own;
    const group = this.fieldId(path.split('.')[0]!);
    const first = root.querySelector(`[id^="${CSS.escape(group)}"]`);
    return first?.id;
  }

  /**
   * The visible label of the field at `path` (its `<label for>`, or its group's legend), without
   * the required marker: the summary names the field, as the visitor sees it, before the problem.
   */
  private labelOf(path: string): string | undefined {
    const id = this.summaryTarget(path);
    if (!id) return undefined;
    const root = this.renderRoot as ShadowRoot;
    const control = root.getElementById(id);
    const label =
      root.querySelector(`label[for="${CSS.escape(id)}"]`) ??
      control?.closest('fieldset')?.querySelector('legend') ??
      // a target that is no form control (the point's heading) names itself
      (control && !control.matches('input, select, textarea, button') ? control : undefined);
    if (!label) return undefined;
    const copy = label.cloneNode(true) as Element;
    for (const extra of copy.querySelectorAll('.marker, .visually-hidden')) extra.remove();
    return copy.textContent?.replace(/\s+/g, ' ').trim().replace(/:$/, '') || undefined;
  }

  /**
   * Says `text` through the live region. Cleared first, so the same words said twice (the same
   * error after a second try) are announced again.
   */
  protected announce(text: string): void {
    this.announcement = '';
    if (text) setTimeout(() => (this.announcement = text), 50);
  }

  /** Focuses the element matching `selector` once the next render is on screen. */
  protected async focusAfterRender(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
