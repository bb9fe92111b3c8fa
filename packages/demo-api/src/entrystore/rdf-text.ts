import type { Graph, RdfTerm } from './rdf.js';

/**
 * Turtle and JSON-LD of a graph, the other two serialisations portals offer next to RDF/XML
 * (EntryStore's `format=text/turtle|application/ld+json`, ckanext-dcat's `.ttl`/`.jsonld`).
 * Turtle is written one statement a line (N-Triples is valid Turtle); JSON-LD in expanded form.
 */

function iri(value: string): string {
  // IRIREF may not hold these characters (Turtle §6.4): escape them as UCHARs.
  // eslint-disable-next-line no-control-regex
  return `<${value.replace(/[\u0000-\u0020<>"{}|^`\\]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)}>`;
}

function string(value: string): string {
  return `"${value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')}"`;
}

function node(value: string): string {
  return value.startsWith('_:')
    ? `_:${value.slice(2).replace(/[^A-Za-z0-9_-]/g, '_')}`
    : iri(value);
}

function object(term: RdfTerm): string {
  if (term.type !== 'literal') return node(term.value);
  if (term.lang) return `${string(term.value)}@${term.lang}`;
  return term.datatype ? `${string(term.value)}^^${iri(term.datatype)}` : string(term.value);
}

export function toTurtle(graph: Graph): string {
  return graph.triples
    .map(({ subject, predicate, object: o }) => `${node(subject)} ${iri(predicate)} ${object(o)} .`)
    .join('\n')
    .concat('\n');
}

type JsonLdValue = { '@id': string } | { '@value': string; '@language'?: string; '@type'?: string };

export function toJsonLd(graph: Graph): Record<string, unknown>[] {
  const nodes = new Map<string, Record<string, unknown>>();
  for (const { subject, predicate, object: o } of graph.triples) {
    let entry = nodes.get(subject);
    if (!entry) {
      entry = { '@id': subject };
      nodes.set(subject, entry);
    }
    const value: JsonLdValue =
      o.type === 'literal'
        ? {
            '@value': o.value,
            ...(o.lang ? { '@language': o.lang } : {}),
            ...(o.datatype ? { '@type': o.datatype } : {}),
          }
        : { '@id': o.value };
    if (predicate === 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type' && o.type !== 'literal') {
      ((entry['@type'] ??= []) as string[]).push(o.value);
    } else {
      ((entry[predicate] ??= []) as JsonLdValue[]).push(value);
    }
  }
  return [...nodes.values()];
}
