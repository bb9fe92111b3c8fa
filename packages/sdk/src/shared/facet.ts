/**
 * One facet value, the same in every area (open-data search, actor directory, events): `value`
 * goes back into the query's filter of the same name, `label` is for people (in the client's
 * language), `count` is how many results carry it.
 */
export interface Facet {
  value: string;
  label: string;
  count: number;
}
