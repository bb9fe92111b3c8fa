// Turtle (RDF 1.1) for the JSON-LD documents of ./dcat.ts: the context's prefixes become @prefix
// lines, each node one subject block. Literals are escaped per the Turtle grammar (ECHAR / UCHAR)
// and every IRI is checked, so no value from the configuration can break out of its term.
import type { JsonLdDocument, JsonLdValue } from './dcat.js';

/** An absolute IRI (`scheme:…`) without the characters Turtle forbids inside `<…>`. */
export function checkIri(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are not allowed in an IRI
  if (/[\u0000-\u0020<>"{}|^`\\]/.test(value) || !/^[a-z][a-z0-9+.-]*:/i.test(value)) {
    throw new TypeError(`not an absolute IRI: ${JSON.stringify(value)}`);
  }
  return value;
}

/** A STRING_LITERAL_QUOTE: `"` and `\` escaped, line breaks and other controls as escapes. */
export function turtleString(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters must become escapes
  const escaped = value.replace(/[\\"\u0000-\u001f\u007f]/g, (char) => {
    switch (char) {
      case '\\':
        return '\\\\';
      case '"':
        return '\\"';
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      default:
        return `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    }
  });
  return `"${escaped}"`;
}

export function toTurtle(document: JsonLdDocument): string {
  const prefixes = Object.entries(document['@context']);
  const term = (name: string): string => {
    const [prefix, local] = name.split(/:(.*)/s) as [string, string | undefined];
    if (local !== undefined && prefix in document['@context'] && /^[A-Za-z_][\w-]*$/.test(local))
      return name;
    return `<${checkIri(name)}>`;
  };
  const object = (value: JsonLdValue): string => {
    if (typeof value === 'string') return turtleString(value);
    if ('@id' in value) return term(value['@id']);
    if ('@language' in value) {
      if (!/^[a-zA-Z]+(-[a-zA-Z0-9]+)*$/.test(value['@language']))
        throw new TypeError(`bad language tag ${value['@language']}`);
      return `${turtleString(value['@value'])}@${value['@language']}`;
    }
    return `${turtleString(value['@value'])}^^${term(value['@type'])}`;
  };
  const lines = prefixes.map(
    ([prefix, namespace]) => `@prefix ${prefix}: <${checkIri(namespace)}> .`,
  );
  for (const node of document['@graph']) {
    const predicates: string[] = [`a ${term(node['@type'])}`];
    for (const [property, value] of Object.entries(node)) {
      if (property.startsWith('@')) continue;
      const values = (Array.isArray(value) ? value : [value]) as JsonLdValue[];
      predicates.push(`${term(property)} ${values.map(object).join(',\n    ')}`);
    }
    lines.push('', `<${checkIri(node['@id'])}>\n  ${predicates.join(' ;\n  ')} .`);
  }
  return `${lines.join('\n')}\n`;
}
