import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../../shared/i18n/localizer.js';

/** Children shown per object or array; the rest are counted. */
const MAX_CHILDREN = 100;
/** Characters of a string value shown. */
const MAX_STRING = 500;

export interface JsonTreeOptions {
  i18n: Localizer;
  /** Paths of the open nodes; a closed node's children are not rendered at all. */
  openPaths: Set<string>;
  onToggle: (path: string, open: boolean) => void;
}

const isContainer = (value: unknown): value is object =>
  typeof value === 'object' && value !== null;

function scalar(value: unknown): TemplateResult {
  if (typeof value === 'string') {
    const shown = value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…` : value;
    return html`<span class="json-string">"${shown}"</span>`;
  }
  const kind = value === null ? 'null' : typeof value;
  return html`<span class="json-${kind}">${String(value)}</span>`;
}

function node(options: JsonTreeOptions, key: string, value: unknown, path: string): TemplateResult {
  const label = key ? html`<span class="json-key">${key}</span>: ` : nothing;
  if (!isContainer(value)) return html`<li>${label}${scalar(value)}</li>`;
  const entries = Array.isArray(value)
    ? value.map((item, index) => [String(index), item] as const)
    : Object.entries(value);
  const open = options.openPaths.has(path);
  const brackets = Array.isArray(value) ? '[ ]' : '{ }';
  const rest = entries.length - MAX_CHILDREN;
  return html`<li>
    <details
      ?open=${open}
      @toggle=${(event: Event) => {
        const now = (event.currentTarget as HTMLDetailsElement).open;
        if (now !== options.openPaths.has(path)) options.onToggle(path, now);
      }}
    >
      <summary>
        ${label}<span class="json-brackets">${brackets}</span>
        <span class="json-count"
          >${options.i18n.t('datasetSearchPreviewEntries', { count: entries.length })}</span
        >
      </summary>
      ${
        open
          ? html`<ul class="json-children">
              ${entries
                .slice(0, MAX_CHILDREN)
                .map(([childKey, child]) =>
                  node(options, childKey, child, `${path}/${childKey.replaceAll('/', '~1')}`),
                )}
              ${
                rest > 0
                  ? html`<li class="json-more">
                      ${options.i18n.t('datasetSearchPreviewMore', { count: rest })}
                    </li>`
                  : nothing
              }
            </ul>`
          : nothing
      }
    </details>
  </li>`;
}

/**
 * A JSON value as a tree of `<details>`: each object and array opens and closes with its summary
 * (keyboard: Tab to it, Enter or Space), values are text. Only open nodes render their children,
 * so a large file costs only what is opened.
 */
export function renderJsonTree(options: JsonTreeOptions, value: unknown, labelId: string) {
  return html`<ul class="json-tree" part="preview-json" aria-labelledby=${labelId}>
    ${node(options, '', value, '')}
  </ul>`;
}
