// The configurator's form controls come from the custom-elements manifest (custom-elements.json,
// written by `cem analyze` at build time): one control per attribute, chosen by the attribute's type.

/** The parts of a custom-elements manifest (schema 2.x) the configurator reads. */
export interface ElementsManifest {
  modules: {
    declarations?: {
      customElement?: boolean;
      tagName?: string;
      summary?: string;
      description?: string;
      attributes?: {
        name: string;
        type?: { text: string };
        default?: string;
        description?: string;
        deprecated?: boolean | string;
      }[];
    }[];
  }[];
}

export type Control =
  | { kind: 'select'; options: string[] }
  | { kind: 'checkbox' }
  | { kind: 'number' }
  /** Free text; `suggestions` for an open union such as `'company' | … | (string & {})`. */
  | { kind: 'text'; suggestions: string[] };

export interface AttributeSpec {
  name: string;
  control: Control;
  /** The default as the manifest writes it (`'ckan'`, `10`, `false`), or `''`. */
  defaultValue: string;
  description: string;
}

export interface WidgetSpec {
  tag: string;
  attributes: AttributeSpec[];
}

const LITERAL = /^'([^']*)'$|^(\d+)$/;
const OPEN_STRING = '(string & {})';

/**
 * The control for a manifest type: a closed union of literals (`'map' | 'list'`, `1 | 2 | 3`) → a
 * select of its values, `boolean` → a checkbox, `number` → a number field, anything else (strings,
 * URLs, lists, open unions with their values as suggestions) → a text field.
 */
export function controlFor(typeText: string | undefined): Control {
  const parts = (typeText ?? 'string')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null');
  if (parts.length === 1 && parts[0] === 'boolean') return { kind: 'checkbox' };
  if (parts.includes('number') && parts.every((part) => part === 'number' || part === 'string'))
    return { kind: 'number' };
  const literals = parts.map((part) => {
    const match = LITERAL.exec(part);
    return match ? (match[1] ?? match[2] ?? '') : undefined;
  });
  const values = literals.filter((value): value is string => value !== undefined && value !== '');
  if (parts.length > 1 && literals.every((value) => value !== undefined))
    return { kind: 'select', options: values };
  return { kind: 'text', suggestions: parts.includes(OPEN_STRING) ? values : [] };
}

/** A default the manifest writes as a literal (`'map'`, `10`, `false`); `''` for a constant's name. */
const literalDefault = (text = '') =>
  /^'(.*)'$/.exec(text)?.[1] ?? (/^[\d.]+$|^(true|false)$/.test(text) ? text : '');

/**
 * The widgets the manifest declares — `saxon-*` custom elements that read an API (`api-url`), not
 * the building blocks inside them — sorted by tag.
 */
export function widgetsFromManifest(manifest: ElementsManifest): WidgetSpec[] {
  const widgets = new Map<string, WidgetSpec>();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      const tag = declaration.tagName;
      if (!declaration.customElement || !tag?.startsWith('saxon-')) continue;
      const attributes = (declaration.attributes ?? [])
        .filter((attribute) => !attribute.deprecated)
        .map((attribute) => ({
          name: attribute.name,
          control: controlFor(attribute.type?.text),
          defaultValue: literalDefault(attribute.default),
          description: (attribute.description ?? '').replace(/\s+/g, ' ').trim(),
        }));
      if (attributes.some(({ name }) => name === 'api-url')) widgets.set(tag, { tag, attributes });
    }
  }
  return [...widgets.values()].sort((a, b) => a.tag.localeCompare(b.tag));
}
