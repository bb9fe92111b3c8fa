// The detail of an opened dataset: loaded with `import()` when a visitor first opens one
// (dataset-search.ts), so that the first results wait for none of it.
import { html, nothing } from 'lit';
import { themeLabel, type Dataset, type Distribution } from '@saxon-ai/sdk';
import type { Localizer } from '../shared/i18n/localizer.js';
import { parseMarkdown } from '../shared/markdown.js';
import { renderMarkdown } from '../shared/markdown.view.js';
import { safeUrl } from '../shared/safe-url.js';
import { heading } from '../shared/heading.js';
import { renderBackButton } from './lazy-shells.view.js';
import { fact, renderDate, titleOf } from './results.view.js';
import type { PreviewRenderer } from './preview/preview-controller.js';
import { detailMessages } from './detail.messages.js';
import { detailStyles } from './detail.styles.js';

/**
 * The detail's styles, texts and the previews' controller travel with it (shared/lazy-part.ts
 * adopts `styles` and registers `messages`).
 */
export { detailStyles as styles, detailMessages as messages };
export { DistributionPreviews } from './preview/preview-controller.js';
export { renderExpertShell } from './expert-shell.view.js';

/** What the detail shows and whom it tells. */
export interface DetailView {
  i18n: Localizer;
  dataset: Dataset;
  headingLevel: number;
  onClose: () => void;
  /** The "Vorschau" button and panel of a distribution, if the element offers previews. */
  preview?: PreviewRenderer | undefined;
  /** The expert panel (`expert-panel.view.ts`), shown last. */
  expert?: unknown;
}

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** `337209` → "337 kB" (decimal units, as file managers show them). */
export function formatBytes(i18n: Localizer, bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return i18n.number(value, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  });
}

function renderDistribution(
  i18n: Localizer,
  distribution: Distribution,
  index: number,
  preview: PreviewRenderer | undefined,
) {
  const download = safeUrl(distribution.downloadUrl);
  const href = download ?? safeUrl(distribution.accessUrl);
  const name =
    distribution.title?.trim() ||
    [i18n.t('datasetSearchFile'), distribution.format].filter(Boolean).join(' ');
  const facts = [
    distribution.format,
    distribution.byteSize !== undefined && distribution.byteSize >= 0
      ? formatBytes(i18n, distribution.byteSize)
      : undefined,
    i18n.t(
      download ? 'datasetSearchDownload' : href ? 'datasetSearchAccess' : 'datasetSearchNoLink',
    ),
  ].filter(Boolean);
  const factsId = `distribution-${index}`;
  return html`<li class="distribution" part="distribution">
    ${
      href
        ? html`<a href=${href} part="distribution-link" aria-describedby=${factsId}>${name}</a>`
        : html`<span class="distribution-name">${name}</span>`
    }
    <span class="distribution-facts" id=${factsId}>${facts.join(' · ')}</span>
    ${preview ? preview(distribution, index, name) : nothing}
  </li>`;
}

function renderLicense(view: DetailView) {
  const { i18n, dataset } = view;
  const license = dataset.license;
  const title = license?.title?.trim() || license?.id?.trim() || license?.uri;
  const href = safeUrl(license?.uri);
  return html`<p class="license" part="license">
      ${
        title
          ? href
            ? html`<a href=${href}>${title}</a>`
            : title
          : i18n.t('datasetSearchLicenseNone')
      }
    </p>
    ${
      license?.attribution?.trim()
        ? html`<p class="attribution" part="attribution">
            <span class="fact-label">${i18n.t('datasetSearchAttribution')}:</span>
            ${license.attribution}
          </p>`
        : nothing
    }`;
}

const listOrNothing = (label: string, items: string[]) =>
  fact(
    label,
    items.length > 0 &&
      html`<ul class="tags">
        ${items.map((item) => html`<li class="tag">${item}</li>`)}
      </ul>`,
  );

/**
 * One dataset in full: description, keywords, themes, every distribution with format, size and
 * link, the licence with its attribution text, and the link to the portal page. Escape and the
 * back button return to the list.
 */
export function renderDetail(view: DetailView) {
  const { i18n, dataset } = view;
  const sub = view.headingLevel + 1;
  const blocks = parseMarkdown(dataset.description);
  const portalPage = safeUrl(dataset.landingPage);
  const keywords = dataset.keywords.map((k) => k.trim()).filter(Boolean);
  const themes = dataset.themes.map((code) => themeLabel(code, i18n.apiLanguage));
  return html`<article
    class="detail"
    part="detail"
    @keydown=${(event: KeyboardEvent) => {
      if (event.key === 'Escape') view.onClose();
    }}
  >
    ${renderBackButton(i18n, view.onClose)}
    ${heading(
      view.headingLevel,
      { className: 'detail-title', part: 'detail-title', tabindex: -1 },
      titleOf(dataset, i18n),
    )}
    <dl class="facts">
      ${fact(i18n.t('datasetSearchPublisher'), dataset.publisher?.name.trim() && dataset.publisher.name)}
      ${fact(i18n.t('datasetSearchIssued'), dataset.issued && renderDate(i18n, dataset.issued))}
      ${fact(i18n.t('datasetSearchModified'), dataset.modified && renderDate(i18n, dataset.modified))}
      ${listOrNothing(i18n.t('datasetSearchThemes'), themes)}
      ${listOrNothing(i18n.t('datasetSearchKeywords'), keywords)}
    </dl>
    ${heading(sub, { className: 'detail-section' }, i18n.t('datasetSearchDescription'))}
    <div class="description" part="description">
      ${
        blocks.length > 0
          ? renderMarkdown(blocks)
          : html`<p>${i18n.t('datasetSearchNoDescription')}</p>`
      }
    </div>
    ${heading(sub, { className: 'detail-section' }, i18n.t('datasetSearchDistributions'))}
    ${
      dataset.distributions.length > 0
        ? html`<ul class="distributions" part="distributions">
            ${dataset.distributions.map((d, index) => renderDistribution(i18n, d, index, view.preview))}
          </ul>`
        : html`<p>${i18n.t('datasetSearchNoDistributions')}</p>`
    }
    ${heading(sub, { className: 'detail-section' }, i18n.t('datasetSearchLicense'))}
    ${renderLicense(view)}
    ${
      portalPage
        ? html`<p>
            <a class="portal-link" part="portal-link" href=${portalPage}
              >${i18n.t('datasetSearchPortalLink')}</a
            >
          </p>`
        : nothing
    }
    ${view.expert ?? nothing}
  </article>`;
}
