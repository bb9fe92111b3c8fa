import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Dataset, SearchPage } from '@saxon-ai/sdk';
import type { Localizer } from '../shared/i18n/localizer.js';
import { parseMarkdown } from '../shared/markdown.js';
import { renderInlines, teaserOf } from '../shared/markdown.view.js';
import { safeUrl } from '../shared/safe-url.js';
import { focusKey } from './focus-key.js';
import { heading } from '../shared/heading.js';

/** Characters of the description a result shows. */
const TEASER_LENGTH = 240;

/** What the result list shows and whom it tells. */
export interface ResultsView {
  i18n: Localizer;
  page: SearchPage;
  headingLevel: number;
  /** The summary line: count, and the page when there are several. */
  summary: string;
  onOpen: (dataset: Dataset) => void;
  onPageChange: (offset: number) => void;
}

/** The title to show; portals do send blank ones. */
export const titleOf = (dataset: Dataset, i18n: Localizer) =>
  dataset.title.trim() || i18n.t('datasetSearchUntitled');

/**
 * The first words of a Markdown description in one line, cut at a word boundary: list items
 * separated, emphasis kept, links as their text.
 */
export const descriptionTeaser = (description: string | undefined) =>
  teaserOf(parseMarkdown(description), TEASER_LENGTH);

/** The teaser's words, as the result shows them. */
export const teaser = (description: string | undefined): string =>
  descriptionTeaser(description).text;

/** Every format of a dataset's distributions, once each, in order of first appearance. */
export const formatsOf = (dataset: Dataset) => [
  ...new Set(dataset.distributions.map((d) => d.format?.trim()).filter((f): f is string => !!f)),
];

/** A date with its machine-readable value. */
/** One term and its description in a `<dl class="facts">`; nothing when there is no description. */
export function fact(term: string, description: unknown) {
  if (
    description === undefined ||
    description === null ||
    description === false ||
    description === ''
  )
    return nothing;
  return html`<div>
    <dt>${term}</dt>
    <dd>${description}</dd>
  </div>`;
}

export const renderDate = (i18n: Localizer, value: string) =>
  html`<time datetime=${value}>${i18n.date(value)}</time>`;

/**
 * A plain click opens the detail in the widget; a click with a modifier key (new tab, new window)
 * keeps the link's own target, the portal page.
 */
function onLinkClick(event: MouseEvent, open: () => void) {
  if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)
    return;
  event.preventDefault();
  open();
}

function renderResult(view: ResultsView, dataset: Dataset) {
  const { i18n } = view;
  const formats = formatsOf(dataset);
  const description = descriptionTeaser(dataset.description);
  const href = safeUrl(dataset.landingPage) ?? `#dataset-${encodeURIComponent(dataset.id)}`;
  return html`<li class="result" part="result">
    ${heading(
      view.headingLevel,
      { className: 'result-title' },
      html`<a
        href=${href}
        part="result-link"
        data-focus-key=${focusKey('result', dataset.id)}
        @click=${(event: MouseEvent) => onLinkClick(event, () => view.onOpen(dataset))}
        >${titleOf(dataset, i18n)}</a
      >`,
    )}
    <dl class="facts" part="result-facts">
      ${fact(i18n.t('datasetSearchPublisher'), dataset.publisher?.name.trim() && dataset.publisher.name)}
      ${fact(i18n.t('datasetSearchModified'), dataset.modified && renderDate(i18n, dataset.modified))}
      ${fact(
        i18n.t('datasetSearchFormats'),
        formats.length > 0 &&
          html`<ul class="formats">
            ${formats.map((format) => html`<li class="format" part="format">${format}</li>`)}
          </ul>`,
      )}
      ${fact(
        i18n.t('datasetSearchLicense'),
        dataset.license?.title?.trim() ||
          dataset.license?.id?.trim() ||
          i18n.t('datasetSearchLicenseNone'),
      )}
    </dl>
    ${
      description.text
        ? html`<p class="result-description" part="result-description">
            ${renderInlines(description.inlines)}
          </p>`
        : nothing
    }
  </li>`;
}

/** The summary, the list of results with heading links, and the pager. */
export function renderResults(view: ResultsView) {
  const { i18n, page } = view;
  return html`<p class="summary" part="summary" tabindex="-1" data-results-summary>
      ${view.summary}
    </p>
    <ul class="results" part="results" aria-label=${i18n.t('datasetSearchResults')}>
      ${repeat(
        page.items,
        (dataset) => dataset.id,
        (dataset) => renderResult(view, dataset),
      )}
    </ul>
    <saxon-pager
      part="pager"
      exportparts="nav: pager-nav, page-button, current-page, previous-button, next-button"
      .total=${page.total}
      .limit=${page.limit}
      .offset=${page.offset}
      @saxon-page-change=${(event: CustomEvent<{ offset: number }>) =>
        view.onPageChange(event.detail.offset)}
    ></saxon-pager>`;
}
