import licenses from '../../data/ckan-licenses.json' with { type: 'json' };

/** A licence as CKAN's `license_list` reports it (GovData's DCAT-AP.de list, real data). */
export interface CkanLicense {
  id: string;
  title: string;
  url: string;
  status: string;
  od_conformance: string;
  osd_conformance: string;
}

export const CKAN_LICENSES = licenses as CkanLicense[];
const licensesById = new Map(CKAN_LICENSES.map((license) => [license.id, license]));

export function licenseById(id: string): CkanLicense | undefined {
  return licensesById.get(id);
}

/**
 * GovData-style CKAN portals keep the EU data themes as groups: lower-case code as name, the German
 * label of the EU vocabulary as title.
 */
export const THEME_GROUP_TITLES: Record<string, string> = {
  AGRI: 'Landwirtschaft, Fischerei, Forstwirtschaft und Nahrungsmittel',
  ECON: 'Wirtschaft und Finanzen',
  EDUC: 'Bildung, Kultur und Sport',
  ENER: 'Energie',
  ENVI: 'Umwelt',
  GOVE: 'Regierung und öffentlicher Sektor',
  HEAL: 'Gesundheit',
  INTR: 'Internationale Themen',
  JUST: 'Justiz, Rechtssystem und öffentliche Sicherheit',
  REGI: 'Regionen und Städte',
  SOCI: 'Bevölkerung und Gesellschaft',
  TECH: 'Wissenschaft und Technologie',
  TRAN: 'Verkehr',
};

export const THEME_URI_PREFIX = 'http://publications.europa.eu/resource/authority/data-theme/';

export function themeGroup(code: string) {
  const title = THEME_GROUP_TITLES[code] ?? code;
  const name = code.toLowerCase();
  return { description: '', display_name: title, id: name, image_display_url: '', name, title };
}
