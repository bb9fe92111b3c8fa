import type { Language } from '../model.js';
import type { RdfGraph, RdfTerm } from './schemas.js';
import { P } from './terms.js';

/**
 * Reading RDF/JSON graphs (SHAPE.md §3). Subjects and predicates are looked up as own properties
 * only, so a key such as `__proto__` or `constructor` in portal data is just a missing value.
 */

/** The objects of `subject predicate ?`, in statement order. */
export function objects(
  graph: RdfGraph | undefined,
  subject: string,
  predicate: string,
): RdfTerm[] {
  if (!graph || !Object.hasOwn(graph, subject)) return [];
  const predicates = graph[subject]!;
  return Object.hasOwn(predicates, predicate) ? predicates[predicate]! : [];
}

/** Whether the graph says anything about `subject`. */
export function describes(graph: RdfGraph | undefined, subject: string): boolean {
  return !!graph && Object.hasOwn(graph, subject) && Object.keys(graph[subject]!).length > 0;
}

const nonEmpty = (term: RdfTerm) => term.value.trim() !== '';

function primaryLanguage(term: RdfTerm): string | undefined {
  return term.lang?.toLowerCase().split('-')[0];
}

/**
 * The literal to show in `language`: the rule of CKAN's language maps (the client's language, then
 * German, then English, then any), with untagged literals — the portal's own language — ranked
 * right after German.
 */
export function bestLiteral(terms: readonly RdfTerm[], language: Language): string | undefined {
  const rank = (term: RdfTerm) => {
    const lang = primaryLanguage(term);
    return lang === language
      ? 0
      : lang === 'de'
        ? 1
        : lang === undefined
          ? 2
          : lang === 'en'
            ? 3
            : 4;
  };
  let best: RdfTerm | undefined;
  for (const term of terms) {
    if (term.type !== 'literal' || !nonEmpty(term)) continue;
    if (!best || rank(term) < rank(best)) best = term;
  }
  return best?.value;
}

/**
 * All literals of the best language group, for lists such as keywords: the client's language
 * together with untagged ones, else German, else whatever there is.
 */
export function literalsIn(terms: readonly RdfTerm[], language: Language): string[] {
  const group = (term: RdfTerm) => {
    const lang = primaryLanguage(term);
    return lang === language || lang === undefined ? 0 : lang === 'de' ? 1 : 2;
  };
  const literals = terms.filter((t) => t.type === 'literal' && nonEmpty(t));
  const best = Math.min(...literals.map(group));
  return [...new Set(literals.filter((t) => group(t) === best).map((t) => t.value.trim()))];
}

/** The first non-empty value (URI or literal), trimmed. */
export function firstValue(terms: readonly RdfTerm[]): string | undefined {
  return terms.find(nonEmpty)?.value.trim();
}

/**
 * The resource an entry describes, from its entry information
 * (`info[<entry URI>][es:resource]`). The entry URI is `{store}/{context}/entry/{entry}`; the
 * store's own base URL may differ from the one the client uses (proxies), so the subject is
 * matched by its ending and, failing that, any subject with `es:resource` is taken.
 */
export function resourceOf(
  info: RdfGraph | undefined,
  contextId: string,
  entryId: string,
): string | undefined {
  if (!info) return undefined;
  const suffix = `/${contextId}/entry/${entryId}`;
  const subjects = Object.keys(info);
  const subject = subjects.find((s) => s.endsWith(suffix)) ?? subjects[0];
  const fromSubject = subject ? firstValue(objects(info, subject, P.esResource)) : undefined;
  return (
    fromSubject ?? subjects.map((s) => firstValue(objects(info, s, P.esResource))).find(Boolean)
  );
}
