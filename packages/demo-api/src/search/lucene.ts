/**
 * A parser for the subset of the Lucene/Solr standard query syntax that CKAN (`q`, `fq`) and
 * EntryStore (`query`) pass to Solr. It is strict where Solr is strict, so a client that forgets to
 * escape a special character gets the same kind of error it would get from a real portal:
 * unbalanced parentheses or quotes, a dangling operator, an unclosed range or regular expression.
 */

export type QueryNode =
  | { kind: 'all' }
  | { kind: 'term'; field: string | undefined; value: string; phrase: boolean; wildcard: boolean }
  | {
      kind: 'range';
      field: string;
      from: string | undefined;
      to: string | undefined;
      /** `{a TO b]`, `[a TO b}`: Solr's exclusive bounds. */
      fromExclusive?: boolean;
      toExclusive?: boolean;
    }
  | { kind: 'and'; children: QueryNode[] }
  | { kind: 'or'; children: QueryNode[] }
  | { kind: 'not'; child: QueryNode };

export class QuerySyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(`${message} at position ${position}`);
    this.name = 'QuerySyntaxError';
  }
}

const TERM_BREAK = new Set([...' \t\r\n()[]{}^"~:']);

type Token =
  | { type: 'lparen' | 'rparen' | 'and' | 'or' | 'not' | 'plus' | 'minus' | 'colon'; at: number }
  | { type: 'word'; raw: string; value: string; wildcard: boolean; at: number }
  | { type: 'phrase'; value: string; at: number }
  | {
      type: 'range';
      from: string | undefined;
      to: string | undefined;
      fromExclusive: boolean;
      toExclusive: boolean;
      at: number;
    };

function tokenizeQuery(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const atClauseStart = () => {
    const last = tokens.at(-1);
    return !last || ['lparen', 'and', 'or', 'not', 'plus', 'minus', 'colon'].includes(last.type);
  };
  while (i < query.length) {
    const ch = query[i]!;
    const at = i;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '(' || ch === ')') {
      tokens.push({ type: ch === '(' ? 'lparen' : 'rparen', at });
      i++;
      continue;
    }
    if (ch === ':') {
      tokens.push({ type: 'colon', at });
      i++;
      continue;
    }
    if (query.startsWith('&&', i)) {
      tokens.push({ type: 'and', at });
      i += 2;
      continue;
    }
    if (query.startsWith('||', i)) {
      tokens.push({ type: 'or', at });
      i += 2;
      continue;
    }
    if (ch === '!') {
      tokens.push({ type: 'not', at });
      i++;
      continue;
    }
    // `+`/`-` are operators at the start of a clause or of a whitespace-separated word
    // (`a -b`); inside a word (`foo-bar`) they are text.
    const startsWord = i === 0 || /[\s(]/.test(query[i - 1]!);
    if ((ch === '+' || ch === '-') && (atClauseStart() || startsWord)) {
      tokens.push({ type: ch === '+' ? 'plus' : 'minus', at });
      i++;
      continue;
    }
    if (ch === '"') {
      let value = '';
      i++;
      while (i < query.length && query[i] !== '"') {
        if (query[i] === '\\' && i + 1 < query.length) i++;
        value += query[i];
        i++;
      }
      if (i >= query.length) throw new QuerySyntaxError('Unclosed phrase', at);
      i++;
      tokens.push({ type: 'phrase', value, at });
      i = skipModifiers(query, i);
      continue;
    }
    if (ch === '[' || ch === '{') {
      const close = query.indexOf(ch === '[' ? ']' : '}', i);
      const close2 = query.indexOf(ch === '[' ? '}' : ']', i);
      const end = [close, close2].filter((n) => n >= 0).sort((a, b) => a - b)[0];
      if (end === undefined) throw new QuerySyntaxError('Unclosed range', at);
      const parts = query
        .slice(i + 1, end)
        .trim()
        .split(/\s+TO\s+/);
      if (parts.length !== 2) throw new QuerySyntaxError('Range without TO', at);
      const bound = (s: string) => (s === '*' ? undefined : unescape(s.replace(/^"|"$/g, '')));
      tokens.push({
        type: 'range',
        from: bound(parts[0]!),
        to: bound(parts[1]!),
        fromExclusive: ch === '{',
        toExclusive: query[end] === '}',
        at,
      });
      i = skipModifiers(query, end + 1);
      continue;
    }
    if (ch === '/') throw new QuerySyntaxError('Unclosed regular expression', at);
    if (ch === ']' || ch === '}' || ch === '^' || ch === '~')
      throw new QuerySyntaxError(`Unexpected "${ch}"`, at);
    // A bare word: runs to the next unescaped break character.
    let raw = '';
    let value = '';
    let wildcard = false;
    while (i < query.length && !TERM_BREAK.has(query[i]!)) {
      const c = query[i]!;
      if (c === '\\') {
        if (i + 1 >= query.length) throw new QuerySyntaxError('Dangling escape character', i);
        raw += c + query[i + 1];
        value += query[i + 1];
        i += 2;
        continue;
      }
      // As in Solr's grammar (`_TERM_CHAR`), `/` and `!` continue a term once it has begun, so
      // `http\://www.w3.org/ns/dcat#Dataset` is one term; only at a term's start do they mean a
      // regular expression or NOT.
      if ((c === '&' && query[i + 1] === '&') || (c === '|' && query[i + 1] === '|')) break;
      if (c === '*' || c === '?') wildcard = true;
      raw += c;
      value += c;
      i++;
    }
    if (raw === 'AND') tokens.push({ type: 'and', at });
    else if (raw === 'OR') tokens.push({ type: 'or', at });
    else if (raw === 'NOT') tokens.push({ type: 'not', at });
    else tokens.push({ type: 'word', raw, value, wildcard, at });
    i = skipModifiers(query, i);
  }
  return tokens;
}

/** Boosts (`^2`) and fuzziness/proximity (`~`, `~2`) change ranking only: accept and drop them. */
function skipModifiers(query: string, start: number): number {
  let i = start;
  while (query[i] === '^' || query[i] === '~') {
    const symbol = query[i];
    i++;
    const match = /^\d+(\.\d+)?/.exec(query.slice(i));
    if (symbol === '^' && !match) throw new QuerySyntaxError('Boost without a number', i);
    if (match) i += match[0].length;
  }
  return i;
}

function unescape(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

class Parser {
  private index = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly length: number,
  ) {}

  parse(): QueryNode {
    const node = this.parseOr();
    if (this.index < this.tokens.length) {
      throw new QuerySyntaxError('Unexpected ")"', this.tokens[this.index]!.at);
    }
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  /** Default operator AND; explicit OR binds looser than AND, as in Solr with q.op=AND. */
  private parseOr(): QueryNode {
    const children = [this.parseAnd()];
    while (this.peek()?.type === 'or') {
      this.index++;
      children.push(this.parseAnd());
    }
    return children.length === 1 ? children[0]! : { kind: 'or', children };
  }

  private parseAnd(): QueryNode {
    const children: QueryNode[] = [];
    for (;;) {
      const token = this.peek();
      if (!token || token.type === 'rparen' || token.type === 'or') break;
      if (token.type === 'and') {
        if (children.length === 0)
          throw new QuerySyntaxError('AND without a left operand', token.at);
        this.index++;
        if (!this.peek() || ['rparen', 'or', 'and'].includes(this.peek()!.type)) {
          throw new QuerySyntaxError('AND without a right operand', token.at);
        }
        continue;
      }
      children.push(this.parseClause());
    }
    if (children.length === 0) {
      const token = this.peek();
      throw new QuerySyntaxError('Empty expression', token ? token.at : this.length);
    }
    return children.length === 1 ? children[0]! : { kind: 'and', children };
  }

  private parseClause(): QueryNode {
    const token = this.peek()!;
    if (token.type === 'not' || token.type === 'minus') {
      this.index++;
      if (!this.peek() || ['rparen', 'or', 'and'].includes(this.peek()!.type)) {
        throw new QuerySyntaxError('Operator without an operand', token.at);
      }
      return { kind: 'not', child: this.parseClause() };
    }
    if (token.type === 'plus') {
      this.index++;
      if (!this.peek() || ['rparen', 'or', 'and'].includes(this.peek()!.type)) {
        throw new QuerySyntaxError('Operator without an operand', token.at);
      }
      return this.parseClause();
    }
    return this.parsePrimary(undefined);
  }

  private parsePrimary(field: string | undefined): QueryNode {
    const token = this.peek();
    if (!token) throw new QuerySyntaxError('Unexpected end of query', this.length);
    this.index++;
    switch (token.type) {
      case 'lparen': {
        const inner = this.parseOrWithField(field);
        const close = this.peek();
        if (close?.type !== 'rparen') throw new QuerySyntaxError('Unclosed "("', token.at);
        this.index++;
        return inner;
      }
      case 'phrase':
        return { kind: 'term', field, value: token.value, phrase: true, wildcard: false };
      case 'range':
        if (!field) throw new QuerySyntaxError('Range without a field', token.at);
        return {
          kind: 'range',
          field,
          from: token.from,
          to: token.to,
          ...(token.fromExclusive ? { fromExclusive: true } : {}),
          ...(token.toExclusive ? { toExclusive: true } : {}),
        };
      case 'word': {
        if (this.peek()?.type === 'colon') {
          if (field) throw new QuerySyntaxError('Nested field', token.at);
          this.index++;
          const fieldName = unescape(token.raw);
          const next = this.peek();
          if (!next || ['rparen', 'and', 'or', 'colon'].includes(next.type)) {
            throw new QuerySyntaxError(`Field "${fieldName}" without a value`, token.at);
          }
          if (fieldName === '*' && next.type === 'word' && next.raw === '*') {
            this.index++;
            return { kind: 'all' };
          }
          return this.parsePrimary(fieldName);
        }
        return { kind: 'term', field, value: token.value, phrase: false, wildcard: token.wildcard };
      }
      default:
        throw new QuerySyntaxError(`Unexpected ${describe(token)}`, token.at);
    }
  }

  /** Inside `field:( … )` every bare term belongs to that field. */
  private parseOrWithField(field: string | undefined): QueryNode {
    const node = this.parseOr();
    return field ? assignField(node, field) : node;
  }
}

function assignField(node: QueryNode, field: string): QueryNode {
  switch (node.kind) {
    case 'term':
      return node.field ? node : { ...node, field };
    case 'and':
    case 'or':
      return { kind: node.kind, children: node.children.map((child) => assignField(child, field)) };
    case 'not':
      return { kind: 'not', child: assignField(node.child, field) };
    default:
      return node;
  }
}

function describe(token: Token): string {
  return token.type === 'colon' ? '":"' : token.type === 'rparen' ? '")"' : token.type;
}

/** Parses a Lucene-syntax query. Throws `QuerySyntaxError` where Solr would answer with an error. */
export function parseQuery(query: string): QueryNode {
  const trimmed = query.trim();
  if (trimmed === '' || trimmed === '*:*' || trimmed === '*') return { kind: 'all' };
  return new Parser(tokenizeQuery(trimmed), trimmed.length).parse();
}
