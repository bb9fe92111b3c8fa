/**
 * The predicate of the EntryStore schemas (schemas.ts) for RDF/JSON graphs, as a named export: the
 * generated checks (src/generated/checks/entrystore.ts, `scripts/generate-checks.mjs`) import it
 * by name — a predicate written inline in a schema would have no name and the generator refuses it.
 */

/** One RDF/JSON object: `lang` only on tagged literals, `datatype` only on typed ones. */
export interface RdfTerm {
  type: 'uri' | 'literal' | 'bnode';
  value: string;
  lang?: string;
  datatype?: string;
  /** Fields beyond these four pass through unread. */
  [field: string]: unknown;
}

/** `{subject: {predicate: [term, …]}}`; may be `{}`. */
export type RdfGraph = Record<string, Record<string, RdfTerm[]>>;

const TERM_TYPES = new Set<unknown>(['uri', 'literal', 'bnode']);
const isMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isOptionalString = (value: unknown) => value === undefined || typeof value === 'string';

function isTerm(term: unknown): boolean {
  return (
    isMap(term) &&
    TERM_TYPES.has(term.type) &&
    typeof term.value === 'string' &&
    isOptionalString(term.lang) &&
    isOptionalString(term.datatype)
  );
}

/** An RDF/JSON graph: subjects map predicates to arrays of terms. */
export function isGraph(graph: unknown): graph is RdfGraph {
  if (!isMap(graph)) return false;
  for (const subject in graph) {
    const predicates = graph[subject];
    if (!isMap(predicates)) return false;
    for (const predicate in predicates) {
      const terms = predicates[predicate];
      if (!Array.isArray(terms) || !terms.every(isTerm)) return false;
    }
  }
  return true;
}
