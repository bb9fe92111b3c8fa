import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { hintAndError, requiredMarker, textControl } from './controls.view.js';
import { CONSENT, HONEYPOT, MESSAGE, SUBMITTER_EMAIL, SUBMITTER_NAME } from './draft.js';
import type { FieldContext } from './field-context.js';
import { section } from './fields.view.js';

/**
 * Who proposes the entry, their note, their consent with the link to the site's privacy notice,
 * and the honeypot: a field hidden from people (and from assistive technology) that only a bot fills.
 */
/**
 * The honeypot's own id: `fieldId('_website')` would equal the real Website field's id, and the
 * honeypot's label would then name that field too.
 */
const HONEYPOT_ID = 'honeypot-website';

export function submitterFields(ctx: FieldContext, privacyUrl: string | undefined) {
  const consented = ctx.value(CONSENT) === true;
  return section(
    ctx,
    'section-submitter',
    'entryFormSectionSubmitter',
    html`${textControl(ctx, {
        path: SUBMITTER_NAME,
        label: 'entryFormSubmitterName',
        hint: 'entryFormSubmitterHint',
        required: true,
        autocomplete: 'name',
        maxLength: 200,
      })}
      ${textControl(ctx, {
        path: SUBMITTER_EMAIL,
        label: 'entryFormSubmitterEmail',
        required: true,
        type: 'email',
        autocomplete: 'email',
        maxLength: 254,
      })}
      ${textControl(ctx, {
        path: MESSAGE,
        label: 'entryFormMessage',
        multiline: true,
        maxLength: 2000,
      })}
      <div class="field consent" part="field">
        ${hintAndError(ctx, CONSENT)}
        <label class="check">
          <input
            type="checkbox"
            id=${ctx.fieldId(CONSENT)}
            name=${CONSENT}
            aria-required="true"
            aria-invalid=${ctx.errorFor(CONSENT) ? 'true' : nothing}
            aria-describedby=${ctx.describedBy(CONSENT) || nothing}
            .checked=${live(consented)}
            @change=${(event: Event) => ctx.set(CONSENT, (event.target as HTMLInputElement).checked)}
          />
          <span>${ctx.msg('entryFormConsent')} ${requiredMarker(ctx, true)}</span>
        </label>
        ${
          privacyUrl
            ? html`<p class="privacy">
                <a href=${privacyUrl} target="_blank" rel="noopener" part="privacy-link"
                  >${ctx.msg('entryFormPrivacyLink')}
                  <span class="visually-hidden">${ctx.msg('entryFormPrivacyNew')}</span></a
                >
              </p>`
            : nothing
        }
      </div>
      <div class="honeypot" aria-hidden="true">
        <label for=${HONEYPOT_ID}>${ctx.msg('entryFormHoneypot')}</label>
        <input
          id=${HONEYPOT_ID}
          name="website"
          type="text"
          tabindex="-1"
          autocomplete="off"
          .value=${live(typeof ctx.value(HONEYPOT) === 'string' ? (ctx.value(HONEYPOT) as string) : '')}
          @input=${(event: Event) => ctx.set(HONEYPOT, (event.target as HTMLInputElement).value)}
        />
      </div>`,
  );
}
