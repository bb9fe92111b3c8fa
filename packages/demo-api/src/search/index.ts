import { QuerySyntaxError, type QueryNode } from './lucene.js';
import { foldGerman, tokenize, tokenMatches } from './text.js';

/**
 * `text`: analysed like Solr's text fields (German folding, tokens, prefix matching).
 * `string`: exact, case-sensitive values with `*`/`?` wildcards, as Solr's string fields.
 */
export type FieldKind = 'text' | 'string';

export interface SearchSchema {
  /** Fields a term without `field:` is matched against. */
  defaultFields: string[];
  /** The kind of a field, or undefined when the portal's Solr schema has no such field. */
  kindOf(field: string): FieldKind | undefined;
}

/** A document's field values; text fields are analysed once, when the index is built. */
export type FieldValues = Record<string, readonly string[]>;

export class UnknownFieldError extends Error {
  constructor(readonly field: string) {
    super(`undefined field ${field}`);
    this.name = 'UnknownFieldError';
  }
}

interface Indexed<T> {
  item: T;
  values: FieldValues;
  tokens: Map<string, string[][]>;
}

/** An in-memory inverted-free index: small enough data to scan, with Solr-like matching rules. */
export class SearchIndex<T> {
  private readonly docs: Indexed<T>[];

  constructor(
    private readonly schema: SearchSchema,
    items: readonly T[],
    fieldsOf: (item: T) => FieldValues,
  ) {
    this.docs = items.map((item) => {
      const values = fieldsOf(item);
      const tokens = new Map<string, string[][]>();
      for (const [field, list] of Object.entries(values)) {
        if (schema.kindOf(field) === 'text') tokens.set(field, list.map(tokenize));
      }
      return { item, values, tokens };
    });
  }

  /** Every item matching all of the queries (Solr's q plus each fq). */
  filter(queries: readonly QueryNode[]): T[] {
    for (const query of queries) this.check(query);
    return this.docs
      .filter((doc) => queries.every((query) => this.matches(query, doc)))
      .map((doc) => doc.item);
  }

  /** Field values of an item as indexed (for facet counting). */
  valuesOf(item: T): FieldValues {
    return this.docs.find((doc) => doc.item === item)?.values ?? {};
  }

  private check(node: QueryNode): void {
    switch (node.kind) {
      case 'term':
      case 'range':
        if (node.field && node.field !== '*' && !this.schema.kindOf(node.field)) {
          throw new UnknownFieldError(node.field);
        }
        return;
      case 'and':
      case 'or':
        node.children.forEach((child) => this.check(child));
        return;
      case 'not':
        this.check(node.child);
        return;
      default:
        return;
    }
  }

  private matches(node: QueryNode, doc: Indexed<T>): boolean {
    switch (node.kind) {
      case 'all':
        return true;
      case 'and':
        return node.children.every((child) => this.matches(child, doc));
      case 'or':
        return node.children.some((child) => this.matches(child, doc));
      case 'not':
        return !this.matches(node.child, doc);
      case 'range':
        return (doc.values[node.field] ?? []).some(
          (value) =>
            (node.from === undefined ||
              (node.fromExclusive ? value > node.from : value >= node.from)) &&
            (node.to === undefined || (node.toExclusive ? value < node.to : value <= node.to)),
        );
      case 'term': {
        const fields = node.field ? [node.field] : this.schema.defaultFields;
        return fields.some((field) => this.termMatches(node, field, doc));
      }
    }
  }

  private termMatches(
    node: Extract<QueryNode, { kind: 'term' }>,
    field: string,
    doc: Indexed<T>,
  ): boolean {
    if (this.schema.kindOf(field) === 'string') {
      const values = doc.values[field] ?? [];
      if (!node.wildcard) return values.includes(node.value);
      const pattern = wildcardPattern(node.value, false);
      return values.some((value) => pattern.test(value));
    }
    const fieldTokens = doc.tokens.get(field) ?? [];
    if (node.wildcard) {
      if (/^[*?]+$/.test(node.value)) return fieldTokens.length > 0;
      const pattern = wildcardPattern(foldGerman(node.value), true);
      return fieldTokens.some((tokens) => tokens.some((token) => pattern.test(token)));
    }
    const queryTokens = tokenize(node.value);
    // A term that analyses to nothing (only punctuation) is dropped, as Solr drops it.
    if (queryTokens.length === 0) return true;
    // A phrase must stand within one value; the words of a plain term (`Verkehr:Radverkehr`
    // analyses to two) may stand anywhere in the multi-valued field, as Solr's AND of tokens.
    if (node.phrase) return fieldTokens.some((tokens) => containsPhrase(tokens, queryTokens));
    return containsAll(fieldTokens.flat(), queryTokens);
  }
}

function containsAll(tokens: string[], queryTokens: string[]): boolean {
  return queryTokens.every((q) => tokens.some((token) => tokenMatches(q, token)));
}

function containsPhrase(tokens: string[], queryTokens: string[]): boolean {
  for (let start = 0; start + queryTokens.length <= tokens.length; start++) {
    if (queryTokens.every((q, k) => tokenMatches(q, tokens[start + k]!))) return true;
  }
  return false;
}

function wildcardPattern(value: string, anchoredToToken: boolean): RegExp {
  const source = value
    .split('')
    .map((ch) =>
      ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${source}$`, anchoredToToken ? 'u' : 'su');
}

export { QuerySyntaxError };
