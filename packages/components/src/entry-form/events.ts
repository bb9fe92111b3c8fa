import type { SubmissionInput, SubmissionReceipt } from '@saxon-ai/sdk';

/**
 * Detail of `saxon-entry-submit`: the proposal about to be sent, after the form's own checks.
 * Cancel the event (`preventDefault()`) to hold it back — a site's own step, such as a captcha —
 * and call the form's `submit()` when done.
 */
export interface EntrySubmitDetail {
  submission: SubmissionInput;
}

/** Detail of `saxon-entry-submitted`: the server's receipt and the private status link shown. */
export interface EntrySubmittedDetail {
  receipt: SubmissionReceipt;
  /** The embedding page with `#eintrag-status=<token>`: opens this form's status view. */
  statusLink: string;
}

declare global {
  interface HTMLElementEventMap {
    'saxon-entry-submit': CustomEvent<EntrySubmitDetail>;
    'saxon-entry-submitted': CustomEvent<EntrySubmittedDetail>;
  }
}
