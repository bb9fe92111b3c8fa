import type { Actor } from '@saxon-ai/sdk';
import { html, nothing } from 'lit';
import type { DataState } from '../shared/data-controller.js';
import type { Localizer } from '../shared/i18n/localizer.js';
import type { PageChangeDetail } from '../shared/pager.js';
import { markdownToText } from '../shared/plain-text.js';
import { safeUrl } from '../shared/safe-url.js';
import type { ActorSummary } from './actor-index.js';
import { CATEGORY_LABEL } from './attributes.js';
import { heading } from '../shared/heading.js';
import { mailtoUrl } from './card-email.js';
import { categoryIcon } from './markers.view.js';
import type { MessageKey } from '../shared/i18n/messages.js';

/** What the detail card shows: one actor, or the actors that share one spot on the map. */
export type Selection =
  | { kind: 'actor'; summary: ActorSummary }
  | { kind: 'group'; members: ActorSummary[]; offset: number };

/** Actors per page of a group (actors at one place: hundreds, with synthetic data). */
const GROUP_PAGE_SIZE = 20;

/** What the detail card needs and what it calls back. */
export interface DetailViewOptions {
  i18n: Localizer;
  headingLevel: number;
  selection: Selection;
  /** The state of loading the full actor (`actors.get`). */
  state: DataState;
  actor: Actor | undefined;
  error: unknown;
  topicLabel: (id: string) => string;
  /** In a filter context: a topic chosen on the card filters the widgets of the context. */
  onTopic?: (id: string) => void;
  /** "Nächste Veranstaltungen" and "Offene Daten dieses Akteurs", below the facts. */
  sections?: unknown;
  /** Where "Änderung vorschlagen" leads, if the page has an entry form. */
  suggestChangeUrl?: string;
  onRetry: () => void;
  onShowOnMap: (id: string) => void;
  onOpenMember: (summary: ActorSummary) => void;
  onGroupPage: (offset: number) => void;
  onClose: () => void;
}

/** `https://www.tu-dresden.de/` → `www.tu-dresden.de`; the link's text, not its target. */
function linkText(url: string): string {
  const { protocol, host, pathname, search } = new URL(url);
  if (protocol === 'mailto:') return url.slice('mailto:'.length);
  return `${host}${pathname === '/' ? '' : pathname}${search}`;
}

const OFFER_LABEL: Record<Actor['offers'][number], MessageKey> = {
  hardware: 'actorMapOfferHardware',
  software: 'actorMapOfferSoftware',
  services: 'actorMapOfferServices',
};

function topicsFact(options: DetailViewOptions, topics: readonly string[]) {
  const { i18n, onTopic, topicLabel } = options;
  if (!onTopic) return topics.map(topicLabel).join(', ');
  return html`<ul class="topic-buttons" part="detail-topics">
    ${topics.map(
      (id) =>
        html`<li>
          <button
            type="button"
            class="topic-button"
            part="detail-topic"
            aria-label=${i18n.t('actorMapTopicFilter', { topic: topicLabel(id) })}
            @click=${() => onTopic(id)}
          >
            ${topicLabel(id)}
          </button>
        </li>`,
    )}
  </ul>`;
}

function emailFact(email: string) {
  const link = mailtoUrl(email);
  return link ? html`<a href=${link} part="detail-email">${email}</a>` : email;
}

const fact = (term: string, value: unknown) =>
  html`<div class="fact">
    <dt>${term}</dt>
    <dd>${value}</dd>
  </div>`;

function renderFacts(options: DetailViewOptions, actor: Actor) {
  const { i18n } = options;
  const website = safeUrl(actor.website);
  return html`<dl class="facts" part="detail-facts">
      ${fact(i18n.t('actorMapDetailCategory'), i18n.t(CATEGORY_LABEL[actor.category]))}
      ${actor.subtype ? fact(i18n.t('actorMapDetailSubtype'), actor.subtype) : nothing}
      ${fact(i18n.t('actorMapDetailCity'), actor.address.city)}
      ${
        actor.offers.length > 0
          ? fact(
              i18n.t('actorMapDetailOffers'),
              actor.offers.map((offer) => i18n.t(OFFER_LABEL[offer] ?? offer)).join(', '),
            )
          : nothing
      }
      ${
        actor.topics.length > 0
          ? fact(i18n.t('actorMapDetailTopics'), topicsFact(options, actor.topics))
          : nothing
      }
      ${
        website
          ? fact(
              i18n.t('actorMapDetailWebsite'),
              html`<a href=${website} part="detail-website">${linkText(website)}</a>`,
            )
          : nothing
      }
      ${actor.email ? fact(i18n.t('actorMapDetailEmail'), emailFact(actor.email)) : nothing}
    </dl>
    ${markdownToText(actor.description).map(
      (block) => html`<p class="description" part="detail-description">${block.text}</p>`,
    )}
    ${options.sections ?? nothing}`;
}

function renderActorBody(options: DetailViewOptions) {
  switch (options.state) {
    case 'loading':
      return html`<saxon-skeleton part="detail-skeleton" lines="4"></saxon-skeleton>`;
    case 'error':
      return html`<saxon-error-panel
        part="detail-error"
        exportparts="title: error-title, message: error-message, retry-button"
        .error=${options.error}
        @saxon-retry=${options.onRetry}
      ></saxon-error-panel>`;
    default:
      return options.actor ? renderFacts(options, options.actor) : nothing;
  }
}

/**
 * The detail card: the actor's name as a heading (focused when the card opens), category, kind,
 * place, topics, website and description, with "Auf der Karte zeigen" and "Schließen"; or, for
 * actors sharing one spot, the list of them.
 */
export function renderDetail(options: DetailViewOptions) {
  const { i18n, selection } = options;
  const close = html`<button
    type="button"
    class="button secondary"
    part="close-button"
    @click=${options.onClose}
  >
    ${i18n.t('actorMapClose')}
  </button>`;
  if (selection.kind === 'group') {
    const title = i18n.t('actorMapHere', { count: selection.members.length });
    return html`<section class="detail" part="detail" aria-labelledby="detail-title">
      ${heading(options.headingLevel, { id: 'detail-title', className: 'title', part: 'detail-title', tabindex: -1 }, title)}
      <ul class="members" part="detail-members">
        ${selection.members.slice(selection.offset, selection.offset + GROUP_PAGE_SIZE).map(
          (member) =>
            html`<li>
              <button type="button" class="member" @click=${() => options.onOpenMember(member)}>
                ${categoryIcon(member.category)}<span>${member.name}</span>
              </button>
            </li>`,
        )}
      </ul>
      <saxon-pager
        .total=${selection.members.length}
        .limit=${GROUP_PAGE_SIZE}
        .offset=${selection.offset}
        @saxon-page-change=${(event: CustomEvent<PageChangeDetail>) =>
          options.onGroupPage(event.detail.offset)}
      ></saxon-pager>
      <div class="actions">${close}</div>
    </section>`;
  }
  const { summary } = selection;
  return html`<section class="detail" part="detail" aria-labelledby="detail-title">
    ${heading(
      options.headingLevel,
      { id: 'detail-title', className: 'title', part: 'detail-title', tabindex: -1 },
      html`${categoryIcon(options.actor?.category ?? summary.category)}<span
          >${options.actor?.name ?? summary.name}</span
        >`,
    )}
    ${renderActorBody(options)}
    <div class="actions">
      <button
        type="button"
        class="button"
        part="show-on-map"
        @click=${() => options.onShowOnMap(summary.id)}
      >
        ${i18n.t('actorMapShowOnMap')}
      </button>
      ${
        options.suggestChangeUrl
          ? html`<a class="button secondary" part="suggest-change" href=${options.suggestChangeUrl}
              >${i18n.t('actorMapSuggestChange')}</a
            >`
          : nothing
      }
      ${close}
    </div>
  </section>`;
}
