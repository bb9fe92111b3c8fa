import type { Language } from '../../http/messages.js';
import type { Category, Dataset, Distribution, License, ThemeCode } from '../model.js';
import { httpUrl, localized, pickLanguage, text, unique } from '../text.js';
import { geocodingLevel, regionsOf, uniqueRegions } from '../regions.js';
import { normalizeTimestamp } from '../time.js';
import {
  categoryThemes,
  licenseTitle,
  mediaTypeFormat,
  mediaTypeOf,
  normalizeFormat,
  normalizeLicenseUri,
  protocolFormat,
  themeCode,
} from '../vocabulary.js';
import type { CkanPackage, CkanResource } from './schemas.js';

export interface CkanParseContext {
  portal: string;
  language: Language;
}

/**
 * CKAN `extras` are `{key, value}` strings; DCAT-AP.de harvesters encode lists as JSON arrays
 * inside them (`"[\"http://…/data-theme/SOCI\"]"`). Returns every value of a key as strings.
 */
export function extraValues(pkg: CkanPackage, key: string): string[] {
  const entry = pkg.extras?.find((extra) => extra.key === key);
  return entry ? listValues(entry.value) : [];
}

/** The strings of an extra's value: a list, a JSON list in a string, or one string. */
export function listValues(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value !== 'string') return [];
  const trimmed = value.trim();
  if (trimmed.startsWith('[')) {
    try {
      const list: unknown = JSON.parse(trimmed);
      if (Array.isArray(list)) return list.filter((v): v is string => typeof v === 'string');
    } catch {
      // not JSON after all: the raw string is the value
    }
  }
  return trimmed === '' ? [] : [value];
}

function extra(pkg: CkanPackage, key: string): string | undefined {
  return extraValues(pkg, key)[0];
}

function isUri(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

/** A licence from a CKAN licence id or URI; the title in the client's language where known. */
export function ckanLicense(
  id: string | null | undefined,
  portalTitle: string | null | undefined,
  language: Language,
  attribution?: string | null,
): License | undefined {
  const value = id?.trim();
  if (!value) return undefined;
  const uri = isUri(value) ? normalizeLicenseUri(value) : undefined;
  const title =
    (uri && licenseTitle(uri, language)) || text(portalTitle) || licenseTitle(value, language);
  return {
    // A licence id that is a URI is the URI; only portal-specific ids (`cc-by`) stay as `id`.
    ...(uri ? { uri } : { id: value }),
    ...(title ? { title } : {}),
    ...(text(attribution) ? { attribution: attribution!.trim() } : {}),
  };
}

function byteSize(value: CkanResource['size']): number | undefined {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number > 0 ? number : undefined;
}

/**
 * Timestamps by their documented zone: DCAT fields (`modified`, `issued`, harvested) are local
 * time; CKAN's own `last_modified`, `created`, `metadata_*` are UTC (see the README's table).
 */
function parseResource(resource: CkanResource, language: Language): Distribution {
  const url = httpUrl(resource.url);
  const accessUrl = httpUrl(resource.access_url) ?? url;
  // ckanext-dcat keeps DCAT's accessURL in `access_url` and puts the downloadURL (or, without one,
  // the accessURL) into `url`: `url` is a download only when it differs from the access URL.
  const downloadUrl = httpUrl(resource.download_url) ?? (url !== accessUrl ? url : undefined);
  const mediaType = mediaTypeOf(resource.mimetype) ?? mediaTypeOf(resource.media_type);
  const format =
    normalizeFormat(resource.format) ??
    protocolFormat(resource.resource_locator_protocol ?? resource.protocol) ??
    mediaTypeFormat(mediaType);
  const license = ckanLicense(
    resource.license,
    undefined,
    language,
    resource.licenseAttributionByText,
  );
  const modified =
    normalizeTimestamp(resource.modified, 'berlin') ??
    normalizeTimestamp(resource.last_modified, 'utc');
  const size = byteSize(resource.size) ?? byteSize(resource.byte_size);
  const title = localized(resource.title, language) ?? localized(resource.name, language);
  const description = localized(resource.description, language);
  return {
    ...(title ? { title: title.trim() } : {}),
    ...(description ? { description } : {}),
    ...(format ? { format } : {}),
    ...(mediaType ? { mediaType } : {}),
    ...(accessUrl ? { accessUrl } : {}),
    ...(downloadUrl ? { downloadUrl } : {}),
    ...(size === undefined ? {} : { byteSize: size }),
    ...(license ? { license } : {}),
    ...(modified ? { modified } : {}),
  };
}

/** A value some portals send as JSON text instead of JSON (`"{\"name\": …}"`), decoded. */
function decoded(value: unknown): unknown {
  if (typeof value !== 'string' || !/^\s*[[{]/.test(value)) return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

type Fields = Record<string, unknown>;
const asObject = (value: unknown): Fields =>
  value && typeof value === 'object' ? (value as Fields) : {};

/** An extra's raw value, JSON text decoded (ckanext-spatial's `dataset-reference-date`). */
function extraJson(pkg: CkanPackage, key: string): unknown {
  return decoded(pkg.extras?.find((entry) => entry.key === key)?.value);
}

/**
 * The places of a package: `politicalGeocodingURI` (ckanext-dcatde: a JSON list in the string, or
 * one URI; some harvesters separate several by white space), else a `spatial_uri` (ckanext-dcat's
 * `dct:spatial`) or a `spatial` extra that is a URI (ckanext-spatial's is GeoJSON: not a place
 * name). `geocodingText` labels them when it has one label per URI.
 */
export function ckanRegions(pkg: CkanPackage): Dataset['regions'] {
  const geocoding = extraValues(pkg, 'politicalGeocodingURI').flatMap((value) =>
    value.trim().split(/\s+/),
  );
  const spatial = [...extraValues(pkg, 'spatial_uri'), ...extraValues(pkg, 'spatial')].filter(
    (value) => /^https?:\/\/\S+$/i.test(value.trim()),
  );
  const level = geocodingLevel(extraValues(pkg, 'politicalGeocodingLevelURI')[0]);
  const regions = [
    ...regionsOf(geocoding, level, extraValues(pkg, 'geocodingText')),
    ...regionsOf(spatial, undefined, extraValues(pkg, 'spatial_text')),
  ];
  return uniqueRegions(regions);
}

/**
 * `temporal_start`/`temporal_end` (ckanext-dcat, ckanext-dcatde): local time where naive. Coverage
 * is a matter of days: a naive midnight (`2020-01-01T00:00:00`, what harvesters make of a date)
 * is that date.
 */
export function ckanTemporal(pkg: CkanPackage): Dataset['temporal'] {
  const day = (value: string | undefined) =>
    normalizeTimestamp(
      value?.trim().replace(/^(\d{4}-\d{2}-\d{2})[T ]00:00(?::00(?:\.0+)?)?$/, '$1'),
      'berlin',
    );
  const start = day(extra(pkg, 'temporal_start'));
  const end = day(extra(pkg, 'temporal_end'));
  return start || end ? { ...(start ? { start } : {}), ...(end ? { end } : {}) } : undefined;
}

/** Groups mapped to EU themes, and the rest kept as the portal's categories. */
function groupsOf(pkg: CkanPackage, language: Language) {
  const themes: ThemeCode[] = [];
  const categories: Category[] = [];
  for (const group of pkg.groups ?? []) {
    // display_name first: opendata.swiss sends `title` as a JSON-encoded map, display_name as a map.
    const label = localized(group.display_name, language) ?? localized(group.title, language);
    const mapped = categoryThemes(group.name, label);
    if (mapped.length) themes.push(...mapped);
    else categories.push({ id: group.name, label: label ?? group.name });
  }
  return { themes, categories };
}

/**
 * Maps one CKAN package (the `result` of `package_show`, or an item of `package_search`) to the
 * model. The rules, documented in the README:
 * - licence: the dataset's `license_id`; when that is empty (GovData), the first licence found on
 *   the resources;
 * - themes: the `theme` extra (JSON list of EU URIs), plus groups that are EU theme codes, OGD 1.x
 *   categories or theme labels; other groups become `categories`;
 * - text: language maps (fluent/scheming) in the client's language, then German, English, any;
 * - timestamps: harvested DCAT extras (`issued`, `modified`) without a zone are Berlin local time;
 *   CKAN's own `metadata_created`/`metadata_modified` (the fallback) are UTC;
 * - `url` becomes `landingPage` only if it is an http(s) URL;
 * - text is kept as sent.
 */
export function parseCkanPackage(pkg: CkanPackage, context: CkanParseContext): Dataset {
  const { language } = context;
  const distributions = (pkg.resources ?? []).map((resource) => parseResource(resource, language));
  const groups = groupsOf(pkg, language);
  const themes = unique([
    ...extraValues(pkg, 'theme').flatMap((value) => themeCode(value) ?? []),
    ...groups.themes,
  ]);

  const attribution = extra(pkg, 'licenseAttributionByText');
  // ckanext-spatial keeps the licence's name only, in the `licence` extra.
  const licenceName = text(extraValues(pkg, 'licence')[0]);
  const license =
    ckanLicense(pkg.license_id, pkg.license_title, language, attribution) ??
    distributions.find((distribution) => distribution.license)?.license ??
    (licenceName ? { title: licenceName } : undefined);

  // ckanext-switzerland: `publisher` is `{url, name}` (name maybe a language map) or its JSON text.
  const publisherField = decoded(pkg.publisher);
  const publisherData = asObject(publisherField);
  const publisherName =
    text(extra(pkg, 'publisher_name')) ??
    localized(publisherData.name, language) ??
    (typeof publisherField === 'string' ? text(publisherField) : undefined) ??
    localized(pkg.organization?.title, language) ??
    text(pkg.author);
  const publisherUri =
    httpUrl(extra(pkg, 'publisher_uri')) ?? httpUrl(publisherData.uri ?? publisherData.url);
  // EnviDat writes the maintainer as JSON text: `{"given_name": …, "name": …, "email": …}`.
  const maintainer = decoded(pkg.maintainer);
  const person = asObject(maintainer);
  const contactName =
    (typeof maintainer === 'string'
      ? text(maintainer)
      : text([person.given_name, person.name].filter((part) => typeof part === 'string').join(' '))
    )?.trim() ?? text(extra(pkg, 'contact_name'));
  const contactEmail =
    text(pkg.maintainer_email) ??
    text(person.email) ??
    text(extra(pkg, 'contact_email') ?? extra(pkg, 'contact-email'));
  // Harvested dates are local time: DCAT extras, ckanext-switzerland's top-level fields,
  // ckanext-spatial's `dataset-reference-date`. CKAN's own `metadata_*` (the fallback) are UTC.
  const referenceDates = extraJson(pkg, 'dataset-reference-date');
  const referenceDate = (...types: string[]) =>
    Array.isArray(referenceDates)
      ? types
          .map(
            (type) => asObject(referenceDates.find((date) => asObject(date).type === type)).value,
          )
          .find((value) => text(value))
      : undefined;
  const issued =
    normalizeTimestamp(
      extra(pkg, 'issued') ?? pkg.issued ?? referenceDate('creation', 'publication'),
      'berlin',
    ) ?? normalizeTimestamp(pkg.metadata_created, 'utc');
  const modified =
    normalizeTimestamp(
      extra(pkg, 'modified') ?? pkg.modified ?? referenceDate('revision', 'edition'),
      'berlin',
    ) ?? normalizeTimestamp(pkg.metadata_modified, 'utc');
  const uri = httpUrl(extra(pkg, 'uri')) ?? httpUrl(extra(pkg, 'guid'));
  const landingPage = httpUrl(pkg.url) ?? httpUrl(extra(pkg, 'landingPage'));
  const spatial = extraValues(pkg, 'politicalGeocodingURI')[0] ?? text(extra(pkg, 'spatial_uri'));
  const regions = ckanRegions(pkg);
  const temporal = ckanTemporal(pkg);

  // scheming's `*_translated` maps win over the plain field; fluent sends the map in the field.
  const titleSource = pkg.title_translated ?? pkg.title;
  const descriptionSource = pkg.notes_translated ?? pkg.notes ?? pkg.description;
  const title = localized(titleSource, language);
  const description = localized(descriptionSource, language);
  const fluentKeywords = pkg.keywords ? pickLanguage(pkg.keywords, language) : undefined;

  return {
    id: pkg.id,
    portal: context.portal,
    ...(uri ? { uri } : {}),
    ...(landingPage ? { landingPage } : {}),
    title: title ?? pkg.name,
    ...(description ? { description } : {}),
    keywords: unique([...(pkg.tags ?? []).map((tag) => tag.name), ...(fluentKeywords ?? [])]),
    themes,
    ...(groups.categories.length ? { categories: groups.categories } : {}),
    ...(publisherName
      ? { publisher: { name: publisherName, ...(publisherUri ? { uri: publisherUri } : {}) } }
      : {}),
    ...(contactName || contactEmail
      ? {
          contact: {
            ...(contactName ? { name: contactName } : {}),
            ...(contactEmail ? { email: contactEmail } : {}),
          },
        }
      : {}),
    ...(license ? { license } : {}),
    ...(issued ? { issued } : {}),
    ...(modified ? { modified } : {}),
    ...(spatial ? { spatial } : {}),
    ...(regions ? { regions } : {}),
    ...(temporal ? { temporal } : {}),
    distributions,
  };
}
