import type { Graph, RdfTerm } from './rdf.js';

/**
 * A plain RDF/XML writer: what EntryStore sends for metadata and entries when the client asks for
 * no JSON (no `format`, no `Accept: application/json`). One rdf:Description per subject.
 */

const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

// XML 1.0 cannot carry most control characters at all, escaped or not.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Splits a predicate IRI into namespace and an XML-name local part, as RDF/XML requires. */
function splitPredicate(predicate: string): [string, string] {
  const match = /^(.*[#/])([A-Za-z_][\w.-]*)$/.exec(predicate);
  return match ? [match[1]!, match[2]!] : [predicate, 'property'];
}

function nodeAttribute(term: RdfTerm): string {
  return term.type === 'bnode'
    ? `rdf:nodeID="${escapeXml(term.value.slice(2))}"`
    : `rdf:resource="${escapeXml(term.value)}"`;
}

export function toRdfXml(graph: Graph): string {
  const prefixes = new Map<string, string>([[RDF_NS, 'rdf']]);
  const qname = (predicate: string) => {
    const [ns, local] = splitPredicate(predicate);
    if (!prefixes.has(ns)) prefixes.set(ns, `ns${prefixes.size}`);
    return `${prefixes.get(ns)}:${local}`;
  };

  const bySubject = new Map<string, string[]>();
  for (const { subject, predicate, object } of graph.triples) {
    const name = qname(predicate);
    let element: string;
    if (object.type === 'literal') {
      const lang = object.lang ? ` xml:lang="${escapeXml(object.lang)}"` : '';
      const datatype = object.datatype ? ` rdf:datatype="${escapeXml(object.datatype)}"` : '';
      element = `<${name}${lang}${datatype}>${escapeXml(object.value)}</${name}>`;
    } else {
      element = `<${name} ${nodeAttribute(object)}/>`;
    }
    const lines = bySubject.get(subject) ?? [];
    lines.push(`\t\t${element}`);
    bySubject.set(subject, lines);
  }

  const namespaces = [...prefixes]
    .map(([ns, prefix]) => `\n\txmlns:${prefix}="${escapeXml(ns)}"`)
    .join('');
  const descriptions = [...bySubject].map(([subject, lines]) => {
    const about = subject.startsWith('_:')
      ? `rdf:nodeID="${escapeXml(subject.slice(2))}"`
      : `rdf:about="${escapeXml(subject)}"`;
    return `\t<rdf:Description ${about}>\n${lines.join('\n')}\n\t</rdf:Description>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rdf:RDF${namespaces}>\n${descriptions.join('\n')}\n</rdf:RDF>\n`;
}
