// How a time filter reads in its chip and in the live announcement ("Zuletzt geändert: Letzte Woche").
import type { Localizer } from '../shared/i18n/localizer.js';
import type { TimeField, TimeFilter } from './time-filter.js';

/** `01.01.2024` (German) or `1/1/2024` (English) for a `YYYY-MM-DD` day. */
const day = (i18n: Localizer, value: string) => i18n.date(value, { dateStyle: 'medium' });

/** "Letzte Woche", "01.01.2024 – 30.06.2024", "ab 01.01.2024", "bis 30.06.2024". */
export function timeValueLabel(i18n: Localizer, filter: TimeFilter): string {
  if ('preset' in filter) return i18n.t(`datasetSearchTime_${filter.preset}`);
  if (filter.from && filter.to) {
    return i18n.t('datasetSearchTimeRange', {
      from: day(i18n, filter.from),
      to: day(i18n, filter.to),
    });
  }
  return filter.from
    ? i18n.t('datasetSearchTimeSince', { from: day(i18n, filter.from) })
    : i18n.t('datasetSearchTimeUntil', { to: day(i18n, filter.to ?? '') });
}

/** "Zuletzt geändert: Letzte Woche": a time filter's chip and its part of the announcement. */
export const timeFilterText = (i18n: Localizer, field: TimeField, filter: TimeFilter) =>
  `${i18n.t(`datasetSearchTime_${field}`)}: ${timeValueLabel(i18n, filter)}`;
