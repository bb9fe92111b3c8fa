import { scriptUrl, type EmbedOptions } from './embed-options.js';

export type Target = 'html' | 'typo3' | 'wordpress' | 'drupal';
export const TARGETS: Target[] = ['html', 'typo3', 'wordpress', 'drupal'];

/** What visitors without JavaScript see: the element's light-DOM children (see the guide). */
export interface Fallback {
  href: string;
  text: string;
}

const escapeAttribute = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
const escapeText = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The `<script>` tag: a module, with `integrity` and `crossorigin` when a hash is known. */
export function scriptTag(options: EmbedOptions): string {
  const integrity = options.integrity
    ? ` integrity="${escapeAttribute(options.integrity)}" crossorigin="anonymous"`
    : '';
  return `<script type="module" src="${escapeAttribute(scriptUrl(options))}"${integrity}></script>`;
}

/** The element with its attributes and, when given, the no-JS fallback link inside. */
export function elementTag(options: EmbedOptions, fallback?: Fallback): string {
  const attributes = options.attributes
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  const inside =
    fallback?.href.trim() && fallback.text.trim()
      ? `\n  <a href="${escapeAttribute(fallback.href.trim())}">${escapeText(fallback.text.trim())}</a>\n`
      : '';
  return `<${options.tag}${attributes}>${inside}</${options.tag}>`;
}

/** The snippet to paste: the same HTML for every target (each takes plain HTML, see the hints). */
export const htmlSnippet = (options: EmbedOptions, fallback?: Fallback) =>
  `${scriptTag(options)}\n${elementTag(options, fallback)}`;

/**
 * TYPO3 can also include the script once for all pages with TypoScript (`includeJSFooter` knows
 * `type`, `integrity` and `crossorigin`); the element then goes into a "Plain HTML" content element.
 */
export function typoScript(options: EmbedOptions): string {
  const key = `page.includeJSFooter.${options.tag.replaceAll('-', '_')}`;
  const lines = [`${key} = ${scriptUrl(options)}`, `${key}.type = module`];
  if (options.integrity)
    lines.push(`${key}.integrity = ${options.integrity}`, `${key}.crossorigin = anonymous`);
  return lines.join('\n');
}
