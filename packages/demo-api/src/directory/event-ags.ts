import { list, type ParamErrors, type Query } from './params.js';

/** `ags` of `/events` (contract 1.3): 5-digit Kreis or 8-digit Gemeinde keys; others are a 400. */
export function eventAgs(query: Query, errors: ParamErrors): string[] {
  return list(query, 'ags').filter((value) => {
    if (/^(\d{5}|\d{8})$/.test(value)) return true;
    errors.add('ags', `"${value}" is neither a 5-digit Kreis key nor an 8-digit Gemeinde key`);
    return false;
  });
}

/** Whether a Gemeinde key lies in one of the keys: its Kreis (first five digits) or itself. */
export function inAgs(gemeinde: string | undefined, keys: readonly string[]): boolean {
  return gemeinde !== undefined && keys.some((key) => gemeinde.startsWith(key));
}
