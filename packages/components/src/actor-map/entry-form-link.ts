/**
 * The link "Änderung vorschlagen" for actor `id`: the page's `entry-form-url` with `{id}` replaced
 * by the id (percent-encoded, so an id can never add parameters or leave the path), resolved against
 * the page, and only when that gives an `http(s):` URL. `undefined` without a usable template.
 */
export function entryFormLink(template: string, id: string): string | undefined {
  const value = template.trim();
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value.replaceAll('{id}', encodeURIComponent(id)), document.baseURI);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}
