import type { ActorCategory } from '@saxon-ai/sdk';
import { attributeWarning, isOneOf } from '../shared/attributes.js';
import { parseHeadingLevel } from '../shared/heading.js';
import type { MessageKey } from '../shared/i18n/messages.js';
import { kreisInfoByAgs } from '../shared/geo/kreis-table.js';

/** The four kinds of actor, in the order the filter and the legend show them. */
export const CATEGORIES: readonly ActorCategory[] = ['company', 'research', 'network', 'education'];

/** The label of each category ("Wirtschaft", "Forschung", …). */
export const CATEGORY_LABEL: Record<ActorCategory, MessageKey> = {
  company: 'actorMapCategoryCompany',
  research: 'actorMapCategoryResearch',
  network: 'actorMapCategoryNetwork',
  education: 'actorMapCategoryEducation',
};

/** Map or list. */
export type ActorMapView = 'map' | 'list';

/** What `view` accepts. */
export const VIEWS: readonly ActorMapView[] = ['map', 'list'];

const warn = attributeWarning('saxon-actor-map');

/**
 * Reads the `category` attribute: category names separated by blanks or commas
 * (`"research network"`). Unknown names are dropped with a console warning.
 */
export function parseCategories(value: string | null | undefined): ActorCategory[] {
  const names = (value ?? '').split(/[\s,]+/).filter(Boolean);
  const known = names.filter((name): name is ActorCategory =>
    (CATEGORIES as readonly string[]).includes(name),
  );
  const unknown = names.filter((name) => !known.includes(name as ActorCategory));
  if (unknown.length > 0) {
    warn(`category "${unknown.join(', ')}" is not one of ${CATEGORIES.join(', ')}; ignored.`);
  }
  return CATEGORIES.filter((category) => known.includes(category));
}

/** Reads the `topic` attribute: topic ids separated by blanks or commas, each once. */
export function parseTopics(value: string | null | undefined): string[] {
  return [...new Set((value ?? '').split(/[\s,]+/).filter(Boolean))];
}

/** Reads the `ags` attribute: the 5-digit key of one of Saxony's 13 Kreise, else none (with a warning). */
export function parseAgs(value: string | null | undefined): string | undefined {
  const ags = value?.trim();
  if (!ags) return undefined;
  if (kreisInfoByAgs(ags)) return ags;
  warn(`ags="${ags}" is not the key of a Saxon Kreis (e.g. 14612 for Dresden); ignored.`);
  return undefined;
}

/** Reads the `view` attribute: `map` (default) or `list`. */
export function parseView(value: string | null | undefined): ActorMapView {
  const view = value?.trim() || 'map';
  if (isOneOf(VIEWS, view)) return view;
  warn(`view="${view}" is neither "map" nor "list"; showing the map.`);
  return 'map';
}

/** Reads `heading-level`: 1–6, default 3; a warning quotes `text`, the attribute as written. */
export function parseActorMapHeadingLevel(
  value: number | null | undefined,
  text?: string | null,
): number {
  return parseHeadingLevel(value, { max: 6, fallback: 3 }, ({ max, fallback }) =>
    warn(`heading-level="${text ?? value}" is not a number from 1 to ${max}; using ${fallback}.`),
  );
}
