import { html, nothing, type TemplateResult } from 'lit';
import type { MessageKey } from '../shared/i18n/messages.js';
import { checkboxGroup, selectControl, textControl, type Choice } from './controls.view.js';
import type { FieldContext } from './field-context.js';

/** A view of one of the composite fields (location, topics, dates): its own files, 23c's part. */
export type CompositeView = (ctx: FieldContext) => unknown;

/** The composite fields the layout places: each renders inside its section when given. */
export interface CompositeViews {
  location?: CompositeView;
  topics?: CompositeView;
  dates?: CompositeView;
}

const CATEGORIES: readonly Choice[] = [
  { value: 'company', label: 'entryFormCategoryCompany' },
  { value: 'research', label: 'entryFormCategoryResearch' },
  { value: 'network', label: 'entryFormCategoryNetwork' },
  { value: 'education', label: 'entryFormCategoryEducation' },
];
const OFFERS: readonly Choice[] = [
  { value: 'hardware', label: 'entryFormOfferHardware' },
  { value: 'software', label: 'entryFormOfferSoftware' },
  { value: 'services', label: 'entryFormOfferServices' },
];
const STATUSES: readonly Choice[] = [
  { value: 'scheduled', label: 'entryFormStatusScheduled' },
  { value: 'cancelled', label: 'entryFormStatusCancelled' },
  { value: 'postponed', label: 'entryFormStatusPostponed' },
  { value: 'rescheduled', label: 'entryFormStatusRescheduled' },
];
const LANGUAGES: readonly Choice[] = [
  { value: 'de', label: 'entryFormLanguageDe' },
  { value: 'en', label: 'entryFormLanguageEn' },
];

/** A titled part of the form. */
export const section = (ctx: FieldContext, id: string, title: MessageKey, content: unknown) =>
  html`<section class="section" part="section" aria-labelledby=${`${ctx.fieldId(id)}-title`}>
    <h3 id=${`${ctx.fieldId(id)}-title`} class="section-title">${ctx.msg(title)}</h3>
    ${content}
  </section>`;

const composite = (ctx: FieldContext, view: CompositeView | undefined) =>
  view ? view(ctx) : nothing;

/** The fields of an actor: organisation, location, topics, contact. */
export function actorFields(ctx: FieldContext, views: CompositeViews): TemplateResult {
  return html`${section(
    ctx,
    'section-actor',
    'entryFormSectionActor',
    html`${textControl(ctx, {
      path: 'name',
      label: 'entryFormName',
      hint: 'entryFormNameHint',
      required: true,
      autocomplete: 'organization',
      maxLength: 200,
    })}
    ${selectControl(ctx, {
      path: 'category',
      label: 'entryFormCategory',
      required: true,
      choices: CATEGORIES,
      placeholder: 'entryFormCategoryChoose',
    })}
    ${
      ctx.value('category') === 'company'
        ? checkboxGroup(ctx, {
            path: 'offers',
            label: 'entryFormOffers',
            hint: 'entryFormOffersHint',
            choices: OFFERS,
          })
        : nothing
    }
    ${textControl(ctx, {
      path: 'subtype',
      label: 'entryFormSubtype',
      hint: 'entryFormSubtypeHint',
      maxLength: 200,
    })}
    ${textControl(ctx, {
      path: 'description',
      label: 'entryFormDescription',
      hint: 'entryFormDescriptionHint',
      multiline: true,
      maxLength: 5000,
    })}`,
  )}
  ${section(
    ctx,
    'section-location',
    'entryFormSectionLocation',
    html`${textControl(ctx, {
      path: 'address.street',
      label: 'entryFormStreet',
      autocomplete: 'street-address',
      maxLength: 200,
    })}
    ${/* Slot: postal code → Gemeinde, or a point on the Kreis map (23c, location.view.ts). */ ''}
    ${composite(ctx, views.location)}`,
  )}
  ${
    /* Slot: the directory's topics (23c, topics.view.ts). */
    views.topics
      ? section(ctx, 'section-topics', 'entryFormSectionTopics', composite(ctx, views.topics))
      : nothing
  }
  ${section(
    ctx,
    'section-contact',
    'entryFormSectionContact',
    html`${textControl(ctx, {
      path: 'website',
      label: 'entryFormWebsite',
      hint: 'entryFormUrlHint',
      type: 'url',
      autocomplete: 'url',
      maxLength: 2000,
    })}
    ${textControl(ctx, {
      path: 'email',
      label: 'entryFormEmail',
      hint: 'entryFormEmailHint',
      type: 'email',
      autocomplete: 'email',
      maxLength: 254,
    })}`,
  )}`;
}

/** The fields of an event: what, when and where (23c), topics, links. */
export function eventFields(ctx: FieldContext, views: CompositeViews): TemplateResult {
  return html`${section(
    ctx,
    'section-event',
    'entryFormSectionEvent',
    html`${textControl(ctx, {
      path: 'title',
      label: 'entryFormTitle',
      required: true,
      maxLength: 300,
    })}
    ${textControl(ctx, {
      path: 'description',
      label: 'entryFormEventDescription',
      hint: 'entryFormEventDescriptionHint',
      multiline: true,
      maxLength: 5000,
    })}
    ${textControl(ctx, {
      path: 'organizers',
      label: 'entryFormOrganizers',
      hint: 'entryFormOrganizersHint',
      multiline: true,
    })}
    ${selectControl(ctx, {
      path: 'status',
      label: 'entryFormStatus',
      choices: STATUSES,
      placeholder: 'entryFormStatusScheduled',
    })}
    ${selectControl(ctx, {
      path: 'language',
      label: 'entryFormLanguage',
      choices: LANGUAGES,
      placeholder: 'entryFormLanguageChoose',
    })}`,
  )}
  ${
    /* Slot: start/end, all-day, attendance with venue or online link (23c, date-time.view.ts). */
    views.dates
      ? section(ctx, 'section-dates', 'entryFormSectionDates', composite(ctx, views.dates))
      : nothing
  }
  ${
    /* Slot: the directory's topics (23c, topics.view.ts). */
    views.topics
      ? section(ctx, 'section-topics', 'entryFormSectionTopics', composite(ctx, views.topics))
      : nothing
  }
  ${section(
    ctx,
    'section-contact',
    'entryFormSectionContact',
    html`${textControl(ctx, {
      path: 'url',
      label: 'entryFormEventUrl',
      hint: 'entryFormUrlHint',
      type: 'url',
      maxLength: 2000,
    })}
    ${textControl(ctx, {
      path: 'registrationUrl',
      label: 'entryFormRegistrationUrl',
      hint: 'entryFormUrlHint',
      type: 'url',
      maxLength: 2000,
    })}`,
  )}`;
}
