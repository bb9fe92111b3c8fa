import { html, nothing } from 'lit';
import type { SubmissionStatus } from '@saxon-ai/sdk';
import { describeError } from '../shared/error-message.js';
import type { Localizer } from '../shared/i18n/localizer.js';
import type { MessageKey } from '../shared/i18n/messages.js';
import type { StatusController } from './status-controller.js';

const STATE_TEXT: Record<SubmissionStatus['status'], MessageKey> = {
  pending: 'entryFormStatusPending',
  approved: 'entryFormStatusApproved',
  rejected: 'entryFormStatusRejected',
  withdrawn: 'entryFormStatusWithdrawn',
};

/** The submission's state in words, for the view and the live region. */
export const statusText = (status: SubmissionStatus, i18n: Localizer) =>
  i18n.t(STATE_TEXT[status.status]);

const day = (i18n: Localizer, value: string) =>
  i18n.date(value, { dateStyle: 'long', timeStyle: 'short' });

function statusDetails(status: SubmissionStatus, controller: StatusController, i18n: Localizer) {
  return html`<p class="status-state" part="status-state">
      <strong>${statusText(status, i18n)}</strong>
    </p>
    ${
      status.status === 'rejected' && status.reason
        ? html`<p>${i18n.t('entryFormStatusReason')}</p>
            <blockquote class="reason" part="status-reason">${status.reason}</blockquote>`
        : nothing
    }
    <p>${i18n.t('entryFormStatusSubmitted', { date: day(i18n, status.submittedAt) })}</p>
    ${
      status.decidedAt
        ? html`<p>${i18n.t('entryFormStatusDecided', { date: day(i18n, status.decidedAt) })}</p>`
        : nothing
    }
    ${
      controller.withdrawError
        ? html`<p class="field-error" part="withdraw-error">
            ${
              (controller.withdrawError as { code?: unknown }).code === 'conflict'
                ? i18n.t('entryFormWithdrawConflict')
                : describeError(controller.withdrawError, i18n)
            }
          </p>`
        : nothing
    }
    ${
      status.status === 'pending'
        ? html`<p>
            <button
              class="button"
              part="withdraw-button"
              type="button"
              aria-disabled=${controller.withdrawing ? 'true' : 'false'}
              @click=${() => void controller.withdraw()}
            >
              ${i18n.t('entryFormWithdraw')}
            </button>
          </p>`
        : nothing
    }`;
}

/** The status view (`#eintrag-status=<token>`): the submission's state, the reason, withdraw. */
export function statusView(controller: StatusController, i18n: Localizer, back: () => void) {
  let body: unknown;
  if (controller.state === 'loading' && !controller.status)
    body = html`<p aria-busy="true">${i18n.t('entryFormStatusLoading')}</p>`;
  else if (controller.state === 'failed')
    body = html`<saxon-error-panel
      part="status-error"
      exportparts="title: error-title, message: error-message, retry-button"
      .error=${controller.error}
      @saxon-retry=${() => void controller.load()}
    ></saxon-error-panel>`;
  else if (controller.status) body = statusDetails(controller.status, controller, i18n);
  return html`<section
    class="notice success status-view"
    part="status-view"
    tabindex="-1"
    data-focus="status"
    aria-labelledby="status-title"
  >
    <h2 id="status-title" class="form-title">${i18n.t('entryFormStatusTitle')}</h2>
    ${body}
    <p>
      <button class="button-secondary" part="back-button" type="button" @click=${back}>
        ${i18n.t('entryFormStatusBack')}
      </button>
    </p>
  </section>`;
}
