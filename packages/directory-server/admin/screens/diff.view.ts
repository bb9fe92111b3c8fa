import { diffArrays, diffWords, type ChangeObject } from 'diff';
import { html, nothing, type TemplateResult } from 'lit';
import { fieldLabel, type EntryKind } from '../fields.js';
import type { ConsoleHost } from '../host.js';

export interface DiffLine {
  field: string;
  before?: unknown;
  after?: unknown;
}

type Change = 'added' | 'removed' | 'changed' | 'same';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One item of a list field as text: organisers as `id:slug` or their name. */
function itemText(item: unknown): string {
  if (isObject(item)) {
    if (typeof item.id === 'string') return `id:${item.id}`;
    if (typeof item.name === 'string') return item.name;
    return JSON.stringify(item);
  }
  return String(item);
}

export function valueText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(itemText).join(', ');
  if (isObject(value)) return JSON.stringify(value);
  return String(value);
}

/** Leaves of a document as dotted paths, as the server's diff names them. */
export function leaves(value: unknown, path = '', into = new Map<string, unknown>()) {
  if (isObject(value)) {
    for (const [key, inner] of Object.entries(value))
      leaves(inner, path ? `${path}.${key}` : key, into);
  } else if (value !== undefined && value !== null) {
    into.set(path, value);
  }
  return into;
}

function changeOf(line: DiffLine): Change {
  if (line.before === undefined) return 'added';
  if (line.after === undefined) return 'removed';
  return 'changed';
}

/** Word-level (or item-level for lists) differences, for both sides of a changed field. */
function sides(host: ConsoleHost, before: unknown, after: unknown): [unknown, unknown] {
  let parts: ChangeObject<string>[] | ChangeObject<string[]>[] | undefined;
  let joiner = '';
  if (typeof before === 'string' && typeof after === 'string') {
    parts = diffWords(before, after);
  } else if (Array.isArray(before) && Array.isArray(after)) {
    parts = diffArrays(before.map(itemText), after.map(itemText));
    joiner = ', ';
  }
  if (!parts) return [valueText(before), valueText(after)];
  const text = (part: ChangeObject<string> | ChangeObject<string[]>) =>
    Array.isArray(part.value) ? part.value.join(joiner) : part.value;
  const mark = (kind: 'ins' | 'del', value: string): TemplateResult =>
    kind === 'ins'
      ? html`<ins><span class="visually-hidden">${host.t('diff.inserted')}</span>${value}</ins>`
      : html`<del><span class="visually-hidden">${host.t('diff.deleted')}</span>${value}</del>`;
  const join = (items: unknown[]) =>
    items.flatMap((item, i) => (i && joiner ? [joiner, item] : [item]));
  const left = join(
    parts.filter((p) => !p.added).map((p) => (p.removed ? mark('del', text(p)) : text(p))),
  );
  const right = join(
    parts.filter((p) => !p.removed).map((p) => (p.added ? mark('ins', text(p)) : text(p))),
  );
  return [left, right];
}

function row(host: ConsoleHost, kind: EntryKind, line: DiffLine, change: Change) {
  const t = host.t.bind(host);
  const [before, after] =
    change === 'changed'
      ? sides(host, line.before, line.after)
      : [valueText(line.before), valueText(line.after)];
  const empty = html`<span class="empty">${t('diff.empty')}</span>`;
  return html`<tr class=${change} data-field=${line.field}>
    <th scope="row">
      ${fieldLabel(kind, line.field, host.locale)}
      <code class="path">${line.field}</code>
    </th>
    <td class="change">${t(`diff.${change}`)}</td>
    <td class="before">
      <span class="cell-label" aria-hidden="true">${t('diff.live')}</span>
      <span class="value">${line.before === undefined ? empty : before}</span>
    </td>
    <td class="after">
      <span class="cell-label" aria-hidden="true">${t('diff.proposed')}</span>
      <span class="value">${line.after === undefined ? empty : after}</span>
    </td>
  </tr>`;
}

function table(host: ConsoleHost, kind: EntryKind, rows: TemplateResult[], caption: string) {
  const t = host.t.bind(host);
  return html`<table class="diff">
    <caption class="visually-hidden">
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col" class="col-field">${t('diff.field')}</th>
        <th scope="col" class="col-change">${t('diff.change')}</th>
        <th scope="col">${t('diff.live')}</th>
        <th scope="col">${t('diff.proposed')}</th>
      </tr>
    </thead>
    <tbody>
      ${rows}
    </tbody>
  </table>`;
}

/**
 * The proposal beside the live entry: new, changed and removed fields highlighted (and named in
 * text, not only by colour), text and lists compared word by word; unchanged fields folded away.
 */
export function renderDiff(
  host: ConsoleHost,
  kind: EntryKind,
  lines: readonly DiffLine[],
  liveInput: Record<string, unknown> | undefined,
) {
  const t = host.t.bind(host);
  const changed = new Set(lines.map((line) => line.field));
  const unchanged = [...leaves(liveInput ?? {}).entries()]
    .filter(([field]) => !changed.has(field))
    .map(([field, value]) => ({ field, before: value, after: value }));
  return html`
    ${
      lines.length
        ? table(
            host,
            kind,
            lines.map((line) => row(host, kind, line, changeOf(line))),
            t('diff.caption'),
          )
        : html`<p>${t('diff.none')}</p>`
    }
    ${
      unchanged.length
        ? html`<details>
            <summary>${t('diff.unchanged', { count: unchanged.length })}</summary>
            ${table(
              host,
              kind,
              unchanged.map((line) => row(host, kind, line, 'same')),
              t('diff.unchanged', { count: unchanged.length }),
            )}
          </details>`
        : nothing
    }
  `;
}
