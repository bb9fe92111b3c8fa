// The opened dataset as schema.org `Dataset` JSON-LD in the element's light DOM, so that search
// engines (Google Dataset Search among them) can index a municipal page that embeds the search.
// Fields follow schema.org and Google's Dataset documentation: name and description are required;
// url, identifier, keywords, license, creator, publisher, temporalCoverage, spatialCoverage,
// distribution, dateModified and isAccessibleForFree are recommended.
import type { Dataset, Distribution } from '@saxon-ai/sdk';
import { jsonLdText, syncJsonLdScript } from '../shared/json-ld-script.js';
import { markdownToPlainText } from '../shared/plain-text.js';
import { safeUrl } from '../shared/safe-url.js';

type JsonObject = Record<string, unknown>;

const MARKER = 'data-saxon-dataset-search';

const organization = (publisher: NonNullable<Dataset['publisher']>): JsonObject => {
  const url = safeUrl(publisher.uri);
  return { '@type': 'Organization', name: publisher.name.trim(), ...(url ? { url } : {}) };
};

/** `2020-01-01/2020-12-31`, `2020-01-01/..` (open end), as schema.org's ISO 8601 intervals. */
function temporalCoverage(temporal: Dataset['temporal']): string | undefined {
  if (!temporal?.start && !temporal?.end) return undefined;
  return `${temporal.start ?? '..'}/${temporal.end ?? '..'}`;
}

function spatialCoverage(dataset: Dataset): JsonObject[] {
  const places = (dataset.regions ?? []).flatMap((region): JsonObject[] => {
    const uri = safeUrl(region.uri);
    if (!region.label && !uri && !region.ags) return [];
    return [
      {
        '@type': 'Place',
        ...(region.label ? { name: region.label } : {}),
        ...(uri ? { sameAs: uri } : {}),
        ...(region.ags
          ? {
              identifier: {
                '@type': 'PropertyValue',
                propertyID: 'AGS',
                value: region.ags,
              },
            }
          : {}),
      },
    ];
  });
  const spatial = safeUrl(dataset.spatial);
  if (places.length === 0 && spatial) places.push({ '@type': 'Place', sameAs: spatial });
  return places;
}

function dataDownload(distribution: Distribution): JsonObject | undefined {
  const contentUrl = safeUrl(distribution.downloadUrl) ?? safeUrl(distribution.accessUrl);
  if (!contentUrl) return undefined;
  const format = distribution.mediaType ?? distribution.format;
  return {
    '@type': 'DataDownload',
    contentUrl,
    ...(format ? { encodingFormat: format } : {}),
    ...(distribution.title?.trim() ? { name: distribution.title.trim() } : {}),
    ...(distribution.byteSize !== undefined && distribution.byteSize >= 0
      ? { contentSize: `${distribution.byteSize} B` }
      : {}),
  };
}

/**
 * `dataset` as a schema.org `Dataset`. Text is plain (descriptions lose their Markdown), URLs are
 * only http(s); a missing description is the title, because both are required and a search
 * engine drops a dataset without one. `url` is the dataset's page on its portal, else `pageUrl`:
 * the embedding page, which shows this dataset at its address when the widget has `sync-url`.
 */
export function datasetToSchemaOrg(dataset: Dataset, pageUrl?: string): JsonObject {
  const title = dataset.title.trim() || dataset.id;
  const description = markdownToPlainText(dataset.description) || title;
  const url = safeUrl(dataset.landingPage) ?? safeUrl(pageUrl);
  const uri = safeUrl(dataset.uri);
  const license = safeUrl(dataset.license?.uri) ?? dataset.license?.title?.trim();
  const publisher = dataset.publisher?.name.trim() ? organization(dataset.publisher) : undefined;
  const keywords = dataset.keywords.map((keyword) => keyword.trim()).filter(Boolean);
  const coverage = temporalCoverage(dataset.temporal);
  const places = spatialCoverage(dataset);
  const downloads = dataset.distributions.flatMap((d) => dataDownload(d) ?? []);
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: title,
    description,
    ...(url ? { url } : {}),
    identifier: uri ? [uri, dataset.id] : dataset.id,
    ...(uri ? { sameAs: uri } : {}),
    ...(keywords.length > 0 ? { keywords } : {}),
    ...(license ? { license } : {}),
    ...(publisher ? { creator: publisher, publisher } : {}),
    ...(coverage ? { temporalCoverage: coverage } : {}),
    ...(places.length > 0 ? { spatialCoverage: places.length === 1 ? places[0] : places } : {}),
    ...(downloads.length > 0 ? { distribution: downloads } : {}),
    ...(dataset.issued ? { datePublished: dataset.issued } : {}),
    ...(dataset.modified ? { dateModified: dataset.modified } : {}),
    // Open data: every dataset of an open-data portal is free to access.
    isAccessibleForFree: true,
  };
}

/**
 * Keeps the opened dataset's JSON-LD as the last child of `host` (a
 * `<script type="application/ld+json" data-saxon-dataset-search>`), and removes it when no dataset
 * is open.
 */
export function syncDatasetJsonLd(
  host: Element,
  dataset: Dataset | undefined,
  pageUrl?: string,
): void {
  syncJsonLdScript(
    host,
    MARKER,
    dataset ? jsonLdText(datasetToSchemaOrg(dataset, pageUrl)) : undefined,
  );
}
