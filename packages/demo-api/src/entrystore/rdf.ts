import { RDF_LANG_STRING, XSD_TYPE } from './vocab.js';

/** One object of a statement, as RDF/JSON writes it (EntryStore's RDFJSON.getValue). */
export interface RdfTerm {
  type: 'uri' | 'literal' | 'bnode';
  value: string;
  lang?: string;
  datatype?: string;
}

/** `{subject: {predicate: [term, …]}}`; blank-node subjects are written `_:id`. */
export type RdfJsonGraph = Record<string, Record<string, RdfTerm[]>>;

export interface Triple {
  subject: string;
  predicate: string;
  object: RdfTerm;
}

export const uri = (value: string): RdfTerm => ({ type: 'uri', value });

export const bnode = (id: string): RdfTerm => ({ type: 'bnode', value: `_:${id}` });

/** A plain literal, or a language-tagged one when `lang` is given. */
export function literal(value: string, lang?: string): RdfTerm {
  return lang ? { type: 'literal', value, lang } : { type: 'literal', value };
}

/** RDF/JSON leaves out xsd:string and rdf:langString datatypes, so those become plain literals. */
export function typedLiteral(value: string, datatype: string): RdfTerm {
  if (datatype === XSD_TYPE.string || datatype === RDF_LANG_STRING) return literal(value);
  return { type: 'literal', value, datatype };
}

/** An ordered set of statements: value arrays in RDF/JSON keep statement order, as on the server. */
export class Graph {
  readonly triples: Triple[] = [];
  private readonly keys = new Set<string>();

  /** Adds a statement; absent objects are skipped so optional fields need no `if`. */
  add(subject: string, predicate: string, object: RdfTerm | undefined): this {
    if (!object) return this;
    const key = JSON.stringify([
      subject,
      predicate,
      object.type,
      object.value,
      object.lang,
      object.datatype,
    ]);
    if (this.keys.has(key)) return this;
    this.keys.add(key);
    this.triples.push({ subject, predicate, object });
    return this;
  }

  addAll(other: Graph): this {
    for (const t of other.triples) this.add(t.subject, t.predicate, t.object);
    return this;
  }

  objects(subject: string, predicate: string): RdfTerm[] {
    return this.triples
      .filter((t) => t.subject === subject && t.predicate === predicate)
      .map((t) => t.object);
  }

  toRdfJson(): RdfJsonGraph {
    const json: RdfJsonGraph = {};
    for (const { subject, predicate, object } of this.triples) {
      const predicates = (json[subject] ??= {});
      (predicates[predicate] ??= []).push({ ...object });
    }
    return json;
  }
}
