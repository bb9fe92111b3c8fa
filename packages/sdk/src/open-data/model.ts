import type { Language } from '../http/messages.js';
import type { Facet } from '../shared/facet.js';

/**
 * The one dataset model both portal adapters produce (DCAT-AP.de, simplified). Portal raw data
 * stays out: what a portal sends beyond this is dropped, and what it sends irregularly is
 * normalised (see the package README, "Normalisation").
 */

/** EU data-theme codes (`http://publications.europa.eu/resource/authority/data-theme/…`). */
export type ThemeCode =
  | 'AGRI'
  | 'ECON'
  | 'EDUC'
  | 'ENER'
  | 'ENVI'
  | 'GOVE'
  | 'HEAL'
  | 'INTR'
  | 'JUST'
  | 'REGI'
  | 'SOCI'
  | 'TECH'
  | 'TRAN';

export interface License {
  /** The licence URI, e.g. `http://dcat-ap.de/def/licenses/dl-by-de/2.0`. */
  uri?: string;
  /** The portal's id for it (CKAN `license_id`), when it has one. */
  id?: string;
  /** Human-readable title, in the client's language where known. */
  title?: string;
  /** Attribution text the licence asks users to show ("Namensnennung"). */
  attribution?: string;
}

export interface Distribution {
  title?: string;
  /** Plain text as the portal sent it; may contain Markdown. */
  description?: string;
  /** Normalised format name, e.g. `CSV`, `GeoJSON`, `WMS`. */
  format?: string;
  /** IANA media type, e.g. `text/csv`. */
  mediaType?: string;
  /** Where the data can be accessed (an http(s) URL). */
  accessUrl?: string;
  /** A direct download (an http(s) URL). */
  downloadUrl?: string;
  byteSize?: number;
  license?: License;
  /** ISO 8601 with offset. */
  modified?: string;
}

export interface Dataset {
  /** Stable id: CKAN package id; on EntryStore the `dcterms:identifier`, else `context/entry`. */
  id: string;
  /** Id of the portal it came from (`sachsen`, `govdata`, … or the custom portal's `id`). */
  portal: string;
  /** The dataset's DCAT URI, when the portal states one. */
  uri?: string;
  /** A web page about the dataset (always http(s); a portal's non-URL text is dropped). */
  landingPage?: string;
  title: string;
  /** Plain text as the portal sent it; may contain Markdown. Never interpreted as HTML. */
  description?: string;
  keywords: string[];
  themes: ThemeCode[];
  /**
   * The portal's own categories that map to no EU theme (CKAN groups such as OGD 1.x `geo`, a
   * city's "Mobilität"; EntryStore themes outside the EU vocabulary). `id` is the filter value.
   */
  categories?: Category[];
  publisher?: { name: string; uri?: string };
  contact?: { name?: string; email?: string };
  license?: License;
  /** ISO 8601 with offset. */
  issued?: string;
  /** ISO 8601 with offset. */
  modified?: string;
  /** Spatial coverage: a political-geocoding or place URI. */
  spatial?: string;
  /**
   * The places the dataset covers (DCAT-AP.de `dcatde:politicalGeocodingURI`, `dct:spatial`), in
   * the portal's order, each once. Absent when the portal states none.
   */
  regions?: Region[];
  /** Temporal coverage (`dct:temporal`; CKAN `temporal_start`/`temporal_end`), ISO 8601. */
  temporal?: { start?: string; end?: string };
  /**
   * EntryStore only: the entry that holds the dataset's metadata (`{store}/{context}/entry/{id}`),
   * for the API and DCAT links. CKAN datasets are addressed by `id`.
   */
  entry?: { context: string; id: string };
  distributions: Distribution[];
}

/** Level of a German administrative region: Land, Kreis (district), Gemeinde (municipality). */
export type RegionLevel = 'state' | 'district' | 'municipality';

/**
 * A place a dataset covers. `ags` is the Amtlicher Gemeindeschlüssel (2 digits Land, 5 Kreis,
 * 8 Gemeinde) when the URI is a DCAT-AP.de political geocoding; `label` is known for Saxony and
 * its 13 Kreise (and from a portal's own label).
 */
export interface Region {
  uri?: string;
  ags?: string;
  level?: RegionLevel;
  label?: string;
}

/** A range of dates, inclusive at both ends: ISO 8601 dates (Berlin days) or date-times. */
export interface DateRange {
  from?: string;
  to?: string;
}

/** A portal category without an EU theme: `id` goes back into `SearchQuery.category`. */
export interface Category {
  id: string;
  label: string;
}

/** The facets of the five filters every portal has. */
export type FacetName = 'publisher' | 'theme' | 'format' | 'license' | 'keyword';

/**
 * Every facet a search computes: the five of `FacetName`, `category` (the portal's own categories
 * without an EU theme) and `region` (value the AGS, label the place's name), kept apart so code
 * written for the five stays valid.
 */
export type SearchFacetName = FacetName | 'category' | 'region';

export interface SearchQuery {
  /** Free text; matched literally (special characters of the portals' query syntax are escaped). */
  text?: string;
  /** EU theme codes (`TRAN`); several are ORed, as are the values of every other filter. */
  theme?: readonly string[];
  /** Portal categories without an EU theme (`Category.id`, e.g. CKAN group names). */
  category?: readonly string[];
  /** Format facet values (`CSV`). */
  format?: readonly string[];
  /** Publisher facet values (CKAN organization name, EntryStore publisher URI). */
  publisher?: readonly string[];
  /** Licence facet values (usually the licence URI). */
  license?: readonly string[];
  keyword?: readonly string[];
  /**
   * Places by AGS: a 5-digit Kreis (its Gemeinden match too), an 8-digit Gemeinde, or `14`-style
   * 2-digit Land. Several are ORed.
   */
  region?: readonly string[];
  /**
   * Last change of the dataset, inclusive range. CKAN filters its own record date
   * (`metadata_modified`), EntryStore the metadata's `dcterms:modified`.
   */
  modified?: DateRange;
  /** First publication, inclusive range (CKAN: `metadata_created`; EntryStore: `dcterms:issued`). */
  issued?: DateRange;
  /** Temporal coverage overlapping this range (datasets without a coverage do not match). */
  temporal?: DateRange;
  /** Default `relevance` (best match, then newest); `modified` newest first; `title` A–Z. */
  sort?: 'relevance' | 'modified' | 'title';
  /** Page size, 1–100 (default 20). */
  limit?: number;
  offset?: number;
  /** Facets to compute; default all seven. Values per facet: `facetLimit` (default 20). */
  facets?: readonly SearchFacetName[];
  facetLimit?: number;
}

export interface SearchPage {
  total: number;
  offset: number;
  limit: number;
  items: Dataset[];
  /** One list per facet, `category` included. */
  facets: Record<SearchFacetName, Facet[]>;
}

export type PortalType = 'ckan' | 'entrystore';

export interface PortalConfig {
  type: PortalType;
  /** Root of the portal's API: CKAN's site URL, or EntryStore's `…/store`. */
  baseUrl: string;
  /** Short id written into `Dataset.portal`; default the base URL's host. */
  id?: string;
  /** Display name. */
  title?: string;
}

export const FACET_NAMES: readonly SearchFacetName[] = [
  'publisher',
  'theme',
  'category',
  'format',
  'license',
  'keyword',
  'region',
];

// Shared with the other areas; re-exported so that the adapters take the whole model from here.
export type { Facet, Language };
