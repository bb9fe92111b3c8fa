import { css, html, nothing } from 'lit';
import type { Dataset, OpenDataClient, SearchQuery } from '@saxon-ai/sdk';
import type { Localizer } from '../shared/i18n/localizer.js';
import { expertMessages } from './expert.messages.js';
import { safeUrl } from '../shared/safe-url.js';
import { attributionText, sdkSnippet } from './sdk-snippet.js';

/** A DCAT representation of the dataset the portal serves (`client.representations`). */
export interface Representation {
  format: string;
  mediaType: string;
  url: string;
}

/** What the expert panel shows and whom it tells. */
export interface ExpertPanelView {
  i18n: Localizer;
  dataset: Dataset;
  /** The dataset in the portal's API, when the portal has such a URL. */
  apiUrl: string | undefined;
  /** The `@saxon-ai/sdk` snippet (`sdkSnippet`), when the portal is known. */
  snippet: string | undefined;
  representations: readonly Representation[];
  /** The current search as an Atom feed, where the portal offers one. */
  feedUrl: string | undefined;
  /** Says how a copy went, in the panel's live region. */
  onStatus: (text: string) => void;
}

/**
 * Copies `text` to the clipboard. Where the browser does not let the page write it, the text is
 * selected instead, and the live region says to press Ctrl+C.
 */
function copy(view: ExpertPanelView, what: string, text: string, source: HTMLElement) {
  const { i18n } = view;
  view.onStatus('');
  const selectSource = () => {
    source.ownerDocument.getSelection()?.selectAllChildren(source);
    view.onStatus(i18n.t('datasetSearchCopySelected', { what }));
  };
  if (!navigator.clipboard?.writeText) {
    selectSource();
    return;
  }
  navigator.clipboard
    .writeText(text)
    .then(() => view.onStatus(i18n.t('datasetSearchCopied', { what })), selectSource);
}

/** A block of text with a copy button beside it. */
function copyable(view: ExpertPanelView, what: string, text: string, className: string) {
  const onClick = (event: Event) => {
    const block = (event.currentTarget as HTMLElement).closest('.copyable')!;
    copy(view, what, text, block.querySelector<HTMLElement>('.copy-source')!);
  };
  return html`<div class="copyable ${className}">
    <pre class="copy-source" part=${className}><code>${text}</code></pre>
    <button
      type="button"
      class="text-button copy-button"
      part="copy-button"
      aria-label=${view.i18n.t('datasetSearchCopyWhat', { what })}
      @click=${onClick}
    >
      ${view.i18n.t('datasetSearchCopy')}
    </button>
  </div>`;
}

const link = (href: string | undefined, text: string, part: string) => {
  const safe = safeUrl(href);
  return safe ? html`<a href=${safe} part=${part}>${text}</a>` : nothing;
};

/**
 * The content of "Für Fachleute" (loaded when the panel is first opened): the dataset's API URL on
 * its portal, a copyable SDK snippet, the portal's DCAT representations, the licence with its
 * attribution text to copy and the search's Atom feed. Only what the portal offers is shown.
 */
export function renderExpertPanel(view: ExpertPanelView) {
  const { i18n, dataset } = view;
  const t = i18n.t.bind(i18n);
  const license = dataset.license;
  const licenseName = license?.title?.trim() || license?.id?.trim() || license?.uri;
  const representations = view.representations.filter((r) => safeUrl(r.url));
  return html`<dl class="expert-facts">
    ${
      safeUrl(view.apiUrl)
        ? html`<div>
            <dt>${t('datasetSearchApiUrl')}</dt>
            <dd>${link(view.apiUrl, view.apiUrl!, 'api-url')}</dd>
          </div>`
        : nothing
    }
    ${
      view.snippet
        ? html`<div>
            <dt>${t('datasetSearchSnippet')}</dt>
            <dd>${copyable(view, t('datasetSearchSnippet'), view.snippet, 'snippet')}</dd>
          </div>`
        : nothing
    }
    ${
      representations.length > 0
        ? html`<div>
            <dt>${t('datasetSearchRepresentations')}</dt>
            <dd>
              <ul class="representations">
                ${representations.map(
                  (r) =>
                    html`<li>
                      ${link(r.url, r.format, 'representation')}
                      <span class="media-type">(${r.mediaType})</span>
                    </li>`,
                )}
              </ul>
            </dd>
          </div>`
        : nothing
    }
    <div>
      <dt>${t('datasetSearchLicense')}</dt>
      <dd>
        ${
          licenseName
            ? safeUrl(license?.uri)
              ? link(license?.uri, licenseName, 'expert-license')
              : licenseName
            : t('datasetSearchLicenseNone')
        }
      </dd>
    </div>
    <div>
      <dt>${t('datasetSearchAttributionText')}</dt>
      <dd>
        ${copyable(view, t('datasetSearchAttributionText'), attributionText(dataset), 'attribution-text')}
      </dd>
    </div>
    ${
      safeUrl(view.feedUrl)
        ? html`<div>
            <dt>${t('datasetSearchFeed')}</dt>
            <dd>${link(view.feedUrl, view.feedUrl!, 'feed-link')}</dd>
          </div>`
        : nothing
    }
  </dl>`;
}

/** What the panel shows of a dataset, from the SDK client; nothing where the portal has none. */
export function expertSources(
  client: OpenDataClient | undefined,
  dataset: Dataset,
  query: SearchQuery,
): Pick<ExpertPanelView, 'apiUrl' | 'snippet' | 'representations' | 'feedUrl'> {
  if (!client)
    return { apiUrl: undefined, snippet: undefined, representations: [], feedUrl: undefined };
  return {
    apiUrl: client.datasetApiUrl?.(dataset),
    snippet: sdkSnippet(client.portal, dataset),
    representations: client.representations?.(dataset) ?? [],
    feedUrl: client.feedUrl?.(query),
  };
}

/** The expert panel's styles, adopted when its content loads. */
export const styles = css`
  /* Expert panel */
  .expert-facts {
    margin: 0.5em 0 0;
  }
  .expert-facts dt {
    margin-top: 0.75em;
    font-weight: bold;
  }
  .expert-facts dd {
    margin: 0.25em 0 0;
    overflow-wrap: anywhere;
  }
  .representations {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .media-type {
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
  .copyable {
    display: grid;
    gap: 0.25em;
    justify-items: start;
  }
  .copy-source {
    max-width: 100%;
    margin: 0;
    padding: 0.5em;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font-size: 0.875em;
  }
`;

/** Its texts, registered when it loads. */
export const messages = expertMessages;
