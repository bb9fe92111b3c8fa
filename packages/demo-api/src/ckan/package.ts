import { formatBerlinDateTime } from '../../data/berlin-time.js';
import { geocodingLevel, nameBit } from '../../data/geocoding.js';
import { uuidFromString } from '../../data/random.js';
import type { DemoDataset, Publisher } from '../../data/types.js';
import { licenseById, THEME_URI_PREFIX, themeGroup } from './vocabulary.js';

/**
 * Renders demo datasets the way a GovData-style CKAN 2.10 (with ckanext-dcatde) does, including
 * the irregularities of the real GovData recording: datasets whose licence sits only on the
 * resources (`license_id: ""`), JSON arrays encoded in `extras` strings, timestamps without a
 * time zone, a `url` that is not a URL.
 */

/** CKAN's own timestamps: UTC, no zone designator, microseconds (`2025-07-18T02:05:52.278036`). */
export function ckanTimestamp(iso: string): string {
  const date = new Date(iso);
  return date
    .toISOString()
    .replace('Z', '')
    .replace(/\.(\d{3})$/, '.$1000');
}

/** A DCAT timestamp as a harvested extra: with offset, or naive Berlin wall time (the quirk). */
function dcatTimestamp(iso: string, naive: boolean): string {
  if (!naive) return iso;
  const local = formatBerlinDateTime(Date.parse(iso));
  return `${local.slice(0, 19)}.${String(Date.parse(iso) % 1000).padStart(3, '0')}123`;
}

export function organizationOf(publisher: Publisher) {
  return {
    id: uuidFromString(`organization:${publisher.id}`),
    name: publisher.id,
    title: publisher.title,
    type: 'organization',
    description: publisher.description ?? '',
    image_url: '',
    created: '2019-03-01T09:00:00.000000',
    is_organization: true,
    approval_status: 'approved',
    state: 'active',
  };
}

export function toCkanPackage(dataset: DemoDataset, publisher: Publisher) {
  const quirks = dataset.quirks ?? {};
  const naive = quirks.naiveTimestamps === true;
  const licenseOnResources = quirks.licenseOnResourceOnly === true;
  const license = licenseById(dataset.license);
  const organization = organizationOf(publisher);
  const created = ckanTimestamp(dataset.issued);
  const modified = ckanTimestamp(dataset.modified);

  const extras: { key: string; value: string }[] = [
    {
      key: 'contributorID',
      value: JSON.stringify(['http://dcat-ap.de/def/contributors/freistaatSachsen']),
    },
    { key: 'identifier', value: dataset.id },
    { key: 'issued', value: dcatTimestamp(dataset.issued, naive) },
    { key: 'modified', value: dcatTimestamp(dataset.modified, naive) },
    { key: 'publisher_name', value: publisher.title },
    { key: 'publisher_uri', value: publisher.uri },
    { key: 'theme', value: JSON.stringify(dataset.themes.map((code) => THEME_URI_PREFIX + code)) },
  ];
  const regions = dataset.regions ?? (dataset.spatial ? [dataset.spatial] : []);
  if (regions.length) {
    // ckanext-dcatde stores the list as JSON text; some harvests keep a single URI as it is.
    const single = regions.length === 1 && nameBit(dataset.name, 'plain-geocoding');
    extras.push({
      key: 'politicalGeocodingURI',
      value: single ? regions[0]! : JSON.stringify(regions),
    });
    const level = geocodingLevel(regions[0]!);
    if (level) extras.push({ key: 'politicalGeocodingLevelURI', value: level });
  }
  if (dataset.temporal) {
    // Harvested DCAT dates: a date, or (with the naive-timestamp quirk) local midnight without zone.
    const day = (date: string) => (naive ? `${date}T00:00:00` : date);
    extras.push({ key: 'temporal_start', value: day(dataset.temporal.start) });
    if (dataset.temporal.end)
      extras.push({ key: 'temporal_end', value: day(dataset.temporal.end) });
  }
  if (dataset.contact) {
    extras.push({ key: 'contact_name', value: dataset.contact.name });
    if (dataset.contact.email) extras.push({ key: 'contact_email', value: dataset.contact.email });
  }
  if (dataset.accrualPeriodicity) {
    extras.push({
      key: 'frequency',
      value: `http://publications.europa.eu/resource/authority/frequency/${dataset.accrualPeriodicity}`,
    });
  }
  if (dataset.landingPage) extras.push({ key: 'uri', value: dataset.landingPage });
  extras.sort((a, b) => a.key.localeCompare(b.key));

  return {
    author: publisher.title,
    author_email: null,
    creator_user_id: uuidFromString(`user:${publisher.id}`),
    id: dataset.id,
    isopen: !licenseOnResources && license?.od_conformance === 'approved',
    license_id: licenseOnResources ? '' : dataset.license,
    license_title: licenseOnResources ? '' : (license?.title ?? dataset.license),
    ...(licenseOnResources || !license?.url ? {} : { license_url: license.url }),
    maintainer: dataset.contact?.name ?? null,
    maintainer_email: dataset.contact?.email ?? null,
    metadata_created: created,
    metadata_modified: modified,
    name: dataset.name,
    notes: dataset.description,
    num_resources: dataset.distributions.length,
    num_tags: dataset.keywords.length,
    organization,
    owner_org: organization.id,
    private: false,
    state: 'active',
    title: dataset.title,
    type: 'dataset',
    url: quirks.urlNotUrl ?? dataset.landingPage ?? '',
    version: null,
    extras,
    groups: dataset.themes.map(themeGroup),
    resources: dataset.distributions.map((distribution, position) => ({
      access_url: distribution.accessUrl,
      cache_last_updated: null,
      cache_url: null,
      created,
      description: distribution.description ?? '',
      format: distribution.format,
      hash: '',
      id: distribution.id,
      issued: dcatTimestamp(dataset.issued, naive),
      last_modified: null,
      // GovData keeps the DCAT licence on each resource; datasets with the quirk rely on it.
      license: distribution.license ?? dataset.license,
      metadata_modified: modified,
      mimetype: distribution.mediaType ?? null,
      mimetype_inner: null,
      ...(distribution.modified ? { modified: dcatTimestamp(distribution.modified, naive) } : {}),
      name: distribution.title,
      package_id: dataset.id,
      position,
      resource_type: null,
      size: distribution.byteSize ?? null,
      state: 'active',
      uri: distribution.accessUrl,
      url: distribution.downloadUrl ?? distribution.accessUrl,
      // ckanext-dcat keeps DCAT's downloadURL in its own resource field, too.
      ...(distribution.downloadUrl ? { download_url: distribution.downloadUrl } : {}),
      url_type: null,
    })),
    tags: dataset.keywords.map((keyword) => ({
      display_name: keyword,
      id: uuidFromString(`tag:${keyword}`),
      name: keyword,
      state: 'active',
      vocabulary_id: null,
    })),
    relationships_as_subject: [],
    relationships_as_object: [],
  };
}

export type CkanPackage = ReturnType<typeof toCkanPackage>;
