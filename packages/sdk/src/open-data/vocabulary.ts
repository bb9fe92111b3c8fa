import type { Language, ThemeCode } from './model.js';

/** Labels of the EU data-theme vocabulary (publications.europa.eu authority table). */
export const THEME_LABELS: Record<ThemeCode, Record<Language, string>> = {
  AGRI: {
    de: 'Landwirtschaft, Fischerei, Forstwirtschaft und Nahrungsmittel',
    en: 'Agriculture, fisheries, forestry and food',
  },
  ECON: { de: 'Wirtschaft und Finanzen', en: 'Economy and finance' },
  EDUC: { de: 'Bildung, Kultur und Sport', en: 'Education, culture and sport' },
  ENER: { de: 'Energie', en: 'Energy' },
  ENVI: { de: 'Umwelt', en: 'Environment' },
  GOVE: { de: 'Regierung und öffentlicher Sektor', en: 'Government and public sector' },
  HEAL: { de: 'Gesundheit', en: 'Health' },
  INTR: { de: 'Internationale Themen', en: 'International issues' },
  JUST: {
    de: 'Justiz, Rechtssystem und öffentliche Sicherheit',
    en: 'Justice, legal system and public safety',
  },
  REGI: { de: 'Regionen und Städte', en: 'Regions and cities' },
  SOCI: { de: 'Bevölkerung und Gesellschaft', en: 'Population and society' },
  TECH: { de: 'Wissenschaft und Technologie', en: 'Science and technology' },
  TRAN: { de: 'Verkehr', en: 'Transport' },
};

export const THEME_URI = 'http://publications.europa.eu/resource/authority/data-theme/';

/** `TRAN`, `tran` or the EU theme URI → `TRAN`; anything else → undefined. */
export function themeCode(value: string): ThemeCode | undefined {
  const code = value
    .trim()
    .replace(/^https:/, 'http:')
    .replace(THEME_URI, '')
    .toUpperCase();
  return Object.hasOwn(THEME_LABELS, code) ? (code as ThemeCode) : undefined;
}

/**
 * GovData's published mapping of the OGD 1.x categories (the CKAN groups of older GovData records)
 * to DCAT-AP data themes: `examples/category_mapping.json` of GovDataOfficial/ckanext-dcatde
 * (@ 4902b2f4dde31085f3d3873ed1b9ba896fd77742, AGPL-3.0; used as data). `geo`,
 * `infrastruktur_bauen_wohnen` and `verbraucher` map to no theme there and stay categories.
 */
const OGD_THEMES: Record<string, ThemeCode[]> = {
  bevoelkerung: ['SOCI'],
  bildung_wissenschaft: ['EDUC', 'TECH'],
  gesetze_justiz: ['JUST'],
  gesundheit: ['HEAL'],
  kultur_freizeit_sport_tourismus: ['EDUC'],
  politik_wahlen: ['GOVE'],
  soziales: ['SOCI'],
  transport_verkehr: ['TRAN'],
  umwelt_klima: ['ENVI'],
  verwaltung: ['GOVE'],
  wirtschaft_arbeit: ['ECON'],
};

let labelThemes: Map<string, ThemeCode> | undefined;

/**
 * The EU themes of a portal category: a theme code or URI (`tran`), an OGD 1.x category
 * (`transport_verkehr`), or the German or English label of a theme (`Umwelt`, `Transport`).
 */
export function categoryThemes(name: string, label?: string): ThemeCode[] {
  const code = themeCode(name);
  if (code) return [code];
  const ogd = OGD_THEMES[name.trim().toLowerCase()];
  if (ogd) return ogd;
  labelThemes ??= new Map(
    Object.entries(THEME_LABELS).flatMap(([code, labels]) =>
      Object.values(labels).map((text) => [text.toLowerCase(), code as ThemeCode] as const),
    ),
  );
  const byLabel = labelThemes.get((label ?? name).trim().toLowerCase());
  return byLabel ? [byLabel] : [];
}

/** The category names that stand for a theme on CKAN portals, for filtering by it. */
export function themeGroups(code: ThemeCode): string[] {
  return [
    code.toLowerCase(),
    ...Object.keys(OGD_THEMES).filter((name) => OGD_THEMES[name]!.includes(code)),
  ];
}

export function themeLabel(code: string, language: Language): string {
  const known = themeCode(code);
  return known ? THEME_LABELS[known][language] : code;
}

const LICENSE_BASE = 'http://dcat-ap.de/def/licenses/';

/** Titles of the DCAT-AP.de licences seen most on German portals. */
const LICENSE_TITLES: Record<string, Record<Language, string>> = {
  'dl-by-de/2.0': {
    de: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
    en: 'Data licence Germany – attribution – version 2.0',
  },
  'dl-zero-de/2.0': {
    de: 'Datenlizenz Deutschland – Zero – Version 2.0',
    en: 'Data licence Germany – zero – version 2.0',
  },
  'dl-by-de/1.0': {
    de: 'Datenlizenz Deutschland – Namensnennung – Version 1.0',
    en: 'Data licence Germany – attribution – version 1.0',
  },
  'dl-by-nc-de/1.0': {
    de: 'Datenlizenz Deutschland – Namensnennung – nicht kommerziell – Version 1.0',
    en: 'Data licence Germany – attribution – non-commercial – version 1.0',
  },
  'cc-by/4.0': {
    de: 'Creative Commons Namensnennung 4.0 International (CC BY 4.0)',
    en: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  },
  'cc-by-sa/4.0': {
    de: 'Creative Commons Namensnennung – Weitergabe unter gleichen Bedingungen 4.0 International (CC BY-SA 4.0)',
    en: 'Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)',
  },
  'cc-by-nd/4.0': {
    de: 'Creative Commons Namensnennung – Keine Bearbeitungen 4.0 International (CC BY-ND 4.0)',
    en: 'Creative Commons Attribution-NoDerivatives 4.0 International (CC BY-ND 4.0)',
  },
  'cc-by-nc/4.0': {
    de: 'Creative Commons Namensnennung – Nicht kommerziell 4.0 International (CC BY-NC 4.0)',
    en: 'Creative Commons Attribution-NonCommercial 4.0 International (CC BY-NC 4.0)',
  },
  'cc-by-de/3.0': {
    de: 'Creative Commons Namensnennung 3.0 Deutschland (CC BY 3.0 DE)',
    en: 'Creative Commons Attribution 3.0 Germany (CC BY 3.0 DE)',
  },
  'cc-zero': { de: 'Creative Commons CC Zero (CC0 1.0)', en: 'Creative Commons CC Zero (CC0 1.0)' },
  officialWork: {
    de: 'Amtliches Werk, lizenzfrei nach § 5 Abs. 1 UrhG',
    en: 'Official work, licence-free under § 5 (1) German Copyright Act',
  },
  'other-open': { de: 'Andere offene Lizenz', en: 'Other open licence' },
  'other-closed': { de: 'Andere geschlossene Lizenz', en: 'Other closed licence' },
  odbl: {
    de: 'Open Data Commons Open Database License (ODbL)',
    en: 'Open Data Commons Open Database License (ODbL)',
  },
};

/**
 * The canonical DCAT-AP.de URI of a licence: older spellings (`…/dl-by-de/2_0`, `https:`) map to
 * the current one; a bare DCAT-AP.de id (`dl-by-de/2.0`) becomes a URI; other URIs stay as given.
 */
export function normalizeLicenseUri(value: string): string {
  const trimmed = value.trim().replace(/^https:\/\/dcat-ap\.de\//, 'http://dcat-ap.de/');
  const local = trimmed.startsWith(LICENSE_BASE) ? trimmed.slice(LICENSE_BASE.length) : trimmed;
  if (/^[a-z]+:\/\//i.test(local)) return trimmed;
  const current = local
    .replace(/\/(\d+)_(\d+)$/, '/$1.$2')
    .replace(/^official-work$/, 'officialWork');
  return LICENSE_BASE + current;
}

/** True for DCAT-AP.de licence URIs in any of their spellings. */
function isDcatLicenseUri(value: string): boolean {
  return /^https?:\/\/dcat-ap\.de\/def\/licenses\//.test(value.trim());
}

/**
 * The value a licence facet entry carries: DCAT-AP.de URIs in their current spelling (so the old
 * `…/2_0` and the new `…/2.0` count as one licence); portal-specific ids (`cc-by`) as they are.
 */
export function canonicalLicense(value: string): string {
  return isDcatLicenseUri(value) ? normalizeLicenseUri(value) : value.trim();
}

/** Every spelling under which portals may have indexed a licence, for filtering by it. */
export function licenseVariants(value: string): string[] {
  const canonical = canonicalLicense(value);
  if (!isDcatLicenseUri(canonical)) return [value.trim()];
  const legacy = canonical.replace(/\/(\d+)\.(\d+)$/, '/$1_$2');
  return [...new Set([canonical, legacy, value.trim()])];
}

/** Title of a DCAT-AP.de licence in the given language, when the SDK knows it. */
export function licenseTitle(uri: string, language: Language): string | undefined {
  const normalized = normalizeLicenseUri(uri);
  if (!normalized.startsWith(LICENSE_BASE)) return undefined;
  return LICENSE_TITLES[normalized.slice(LICENSE_BASE.length)]?.[language];
}

const FORMAT_NAMES: Record<string, string> = {
  CSV: 'CSV',
  TSV: 'TSV',
  JSON: 'JSON',
  GEOJSON: 'GeoJSON',
  XML: 'XML',
  RDF: 'RDF',
  RDF_XML: 'RDF',
  PDF: 'PDF',
  XLS: 'XLS',
  XLSX: 'XLSX',
  ODS: 'ODS',
  ZIP: 'ZIP',
  SHP: 'SHP',
  KML: 'KML',
  KMZ: 'KMZ',
  GML: 'GML',
  GPKG: 'GeoPackage',
  GEOPACKAGE: 'GeoPackage',
  SHAPE: 'SHP',
  WCS: 'WCS',
  WCS_SRVC: 'WCS',
  HTML: 'HTML',
  TXT: 'TXT',
  WMS: 'WMS',
  WMS_SRVC: 'WMS',
  WFS: 'WFS',
  WFS_SRVC: 'WFS',
  WMTS: 'WMTS',
  WMTS_SRVC: 'WMTS',
  ATOM: 'Atom',
  API: 'API',
  JPEG: 'JPEG',
  PNG: 'PNG',
};

const MEDIA_TYPE_FORMATS: Record<string, string> = {
  'text/csv': 'CSV',
  'application/json': 'JSON',
  'application/geo+json': 'GeoJSON',
  'application/vnd.geo+json': 'GeoJSON',
  'application/xml': 'XML',
  'text/xml': 'XML',
  'application/pdf': 'PDF',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/zip': 'ZIP',
  'text/html': 'HTML',
  'text/plain': 'TXT',
};

/**
 * A format's display name from what portals send: a name in any case (`csv`, `CSV`, `.csv`), an EU
 * file-type URI (`…/file-type/CSV`), or a media type (`text/csv`). Unknown values keep their text.
 */
export function normalizeFormat(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  const media = mediaTypeOf(trimmed);
  if (media && MEDIA_TYPE_FORMATS[media]) return MEDIA_TYPE_FORMATS[media];
  const last = trimmed.replace(/\/+$/, '').split('/').pop() ?? trimmed;
  const key = last
    .replace(/^\./, '')
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  // Unknown short codes in one spelling (`dxf` and `DXF` are one facet entry); names stay as sent.
  return FORMAT_NAMES[key] ?? (/^[a-z0-9]{1,6}$/i.test(key) ? key : trimmed);
}

/** The format a known media type stands for (`application/geo+json` → `GeoJSON`), else undefined. */
export function mediaTypeFormat(mediaType: string | undefined): string | undefined {
  return mediaType ? MEDIA_TYPE_FORMATS[mediaType] : undefined;
}

/** The service an OGC protocol names (`OGC:WMS-http-get-capabilities` → `WMS`), else undefined. */
export function protocolFormat(protocol: unknown): string | undefined {
  const match = typeof protocol === 'string' && /^\s*OGC:([a-z]+)/i.exec(protocol);
  return match ? normalizeFormat(match[1]) : undefined;
}

/** The spellings under which a portal may have indexed a format, for filtering by it. */
export function formatVariants(value: string): string[] {
  return [...new Set([value, value.toUpperCase(), value.toLowerCase()])];
}

/** `text/csv`, or the IANA URI `https://www.iana.org/assignments/media-types/text/csv` → `text/csv`. */
export function mediaTypeOf(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const trimmed = value
    .trim()
    .replace(/^https?:\/\/www\.iana\.org\/assignments\/media-types\//, '')
    // parameters (`text/csv; charset=UTF-8`) do not change the format
    .replace(/\s*;.*$/s, '');
  return /^[a-z]+\/[a-z0-9.+-]+$/i.test(trimmed) ? trimmed.toLowerCase() : undefined;
}
