import type { Language } from '../../http/messages.js';
import type { Dataset, Distribution, License, ThemeCode } from '../model.js';
import { httpUrl, text, unique } from '../text.js';
import { normalizeTimestamp } from '../time.js';
import {
  licenseTitle,
  mediaTypeOf,
  normalizeFormat,
  normalizeLicenseUri,
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
  if (!entry) return [];
  const { value } = entry;
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
  return typeof number === 'number' && Number.isFinite(number) && number >= 0 ? number : undefined;
}

function parseResource(resource: CkanResource, language: Language): Distribution {
  const url = httpUrl(resource.url);
  const accessUrl = httpUrl(resource.access_url) ?? url;
  // ckanext-dcat keeps DCAT's accessURL in `access_url` and puts the downloadURL (or, without one,
  // the accessURL) into `url`: `url` is a download only when it differs from the access URL.
  const downloadUrl = httpUrl(resource.download_url) ?? (url !== accessUrl ? url : undefined);
  const format = normalizeFormat(resource.format) ?? normalizeFormat(resource.mimetype);
  const mediaType = mediaTypeOf(resource.mimetype);
  const license = ckanLicense(
    resource.license,
    undefined,
    language,
    resource.licenseAttributionByText,
  );
  const modified = normalizeTimestamp(resource.modified ?? resource.last_modified, 'berlin');
  const size = byteSize(resource.size);
  return {
    ...(text(resource.name) ? { title: resource.name!.trim() } : {}),
    ...(format ? { format } : {}),
    ...(mediaType ? { mediaType } : {}),
    ...(accessUrl ? { accessUrl } : {}),
    ...(downloadUrl ? { downloadUrl } : {}),
    ...(size === undefined ? {} : { byteSize: size }),
    ...(license ? { license } : {}),
    ...(modified ? { modified } : {}),
  };
}

/**
 * Maps one CKAN package (the `result` of `package_show`, or an item of `package_search`) to the
 * model. The rules, documented in the README:
 * - licence: the dataset's `license_id`; when that is empty (GovData), the first licence found on
 *   the resources;
 * - themes: the `theme` extra (JSON list of EU URIs), plus groups whose names are EU theme codes;
 * - timestamps: harvested DCAT extras (`issued`, `modified`) without a zone are Berlin local time;
 *   CKAN's own `metadata_created`/`metadata_modified` (the fallback) are UTC;
 * - `url` becomes `landingPage` only if it is an http(s) URL;
 * - text is kept as sent.
 */
export function parseCkanPackage(pkg: CkanPackage, context: CkanParseContext): Dataset {
  const { language } = context;
  const distributions = (pkg.resources ?? []).map((resource) => parseResource(resource, language));
  const themes = unique([
    ...extraValues(pkg, 'theme').map(themeCode),
    ...(pkg.groups ?? []).map((group) => themeCode(group.name)),
  ]).filter((code): code is ThemeCode => code !== undefined);

  const attribution = extra(pkg, 'licenseAttributionByText');
  const license =
    ckanLicense(pkg.license_id, pkg.license_title, language, attribution) ??
    distributions.find((distribution) => distribution.license)?.license;

  const publisherName =
    text(extra(pkg, 'publisher_name')) ?? text(pkg.organization?.title) ?? text(pkg.author);
  const publisherUri = httpUrl(extra(pkg, 'publisher_uri'));
  const contactName = text(pkg.maintainer) ?? text(extra(pkg, 'contact_name'));
  const contactEmail = text(pkg.maintainer_email) ?? text(extra(pkg, 'contact_email'));
  const issued =
    normalizeTimestamp(extra(pkg, 'issued'), 'berlin') ??
    normalizeTimestamp(pkg.metadata_created, 'utc');
  const modified =
    normalizeTimestamp(extra(pkg, 'modified'), 'berlin') ??
    normalizeTimestamp(pkg.metadata_modified, 'utc');
  const uri = httpUrl(extra(pkg, 'uri')) ?? httpUrl(extra(pkg, 'guid'));
  const landingPage = httpUrl(pkg.url) ?? httpUrl(extra(pkg, 'landingPage'));
  const spatial = extraValues(pkg, 'politicalGeocodingURI')[0] ?? text(extra(pkg, 'spatial_uri'));

  return {
    id: pkg.id,
    portal: context.portal,
    ...(uri ? { uri } : {}),
    ...(landingPage ? { landingPage } : {}),
    title: text(pkg.title) ?? pkg.name,
    ...(text(pkg.notes) ? { description: pkg.notes! } : {}),
    keywords: unique((pkg.tags ?? []).map((tag) => tag.name)),
    themes,
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
    distributions,
  };
}
