import { html, nothing } from 'lit';
import { describeError } from '../shared/error-message.js';
import type { Localizer } from '../shared/i18n/localizer.js';
import type { SummaryItem } from './entry-form.sender.js';

/**
 * The error summary at the top of the form (GOV.UK's pattern): a title, how many fields need a
 * change, and a link to each that moves focus to the field. It takes focus when it appears.
 */
export function errorSummary(
  items: readonly SummaryItem[],
  fromServer: boolean,
  i18n: Localizer,
  target: (path: string) => string | undefined,
) {
  if (items.length === 0) return nothing;
  const go = (event: Event, id: string) => {
    event.preventDefault();
    const root = (event.currentTarget as Element).getRootNode() as ShadowRoot;
    const field = root.getElementById(id);
    field?.scrollIntoView({ block: 'center' });
    field?.focus();
  };
  return html`<div
    class="summary"
    part="error-summary"
    tabindex="-1"
    data-focus="summary"
    aria-labelledby="summary-title"
  >
    <h3 id="summary-title">${i18n.t('entryFormSummaryTitle')}</h3>
    <p>
      ${fromServer ? html`${i18n.t('entryFormRejectedByServer')} ` : nothing}${i18n.t(
        'entryFormSummaryCount',
        { count: items.length },
      )}
    </p>
    <ul>
      ${items.map((item) => {
        const id = target(item.path);
        return html`<li>
          ${
            id
              ? html`<a href=${`#${id}`} @click=${(event: Event) => go(event, id)}>${item.text}</a>`
              : item.text
          }
        </li>`;
      })}
    </ul>
  </div>`;
}

/** The notice after a failed send (offline, 429, server error): why, that the input is kept, retry. */
export function sendFailed(error: unknown, i18n: Localizer, retry: () => void) {
  return html`<div
    class="notice"
    part="send-error"
    tabindex="-1"
    data-focus="failed"
    role="group"
    aria-labelledby="send-failed-title"
  >
    <h3 id="send-failed-title">${i18n.t('entryFormSendFailed')}</h3>
    <p>${describeError(error, i18n)}</p>
    <p>${i18n.t('entryFormInputKept')}</p>
    <p>
      <button class="button" part="retry-button" type="button" @click=${retry}>
        ${i18n.t('entryFormRetry')}
      </button>
    </p>
  </div>`;
}

/** The confirmation: thanks, the private status link, and a way to propose another entry. */
export function sent(link: string, i18n: Localizer, another: () => void) {
  return html`<div
    class="notice success"
    part="confirmation"
    tabindex="-1"
    data-focus="sent"
    role="group"
    aria-labelledby="sent-title"
  >
    <h3 id="sent-title">${i18n.t('entryFormSentTitle')}</h3>
    <p>${i18n.t('entryFormSentText')}</p>
    <p>
      <a class="status-link" part="status-link" href=${link}>${i18n.t('entryFormStatusLink')}</a>
      <br />
      <span class="status-link">${link}</span>
    </p>
    <p>${i18n.t('entryFormSentKeep')}</p>
    <p>
      <button class="button-secondary" part="another-button" type="button" @click=${another}>
        ${i18n.t('entryFormAnother')}
      </button>
    </p>
  </div>`;
}
