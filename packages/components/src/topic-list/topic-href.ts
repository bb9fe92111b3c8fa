const ID_PLACEHOLDER = '{id}';

/**
 * The link of a topic from the page's `href-template` (e.g. `/themen/{id}`): the id, which comes
 * from the directory and is untrusted, is percent-encoded into the `{id}` placeholder, and the
 * result, resolved against the page, becomes a link only when it is `http:` or `https:`. A
 * template without `{id}` would send every topic to one page: no links then.
 */
export function topicHref(
  template: string,
  id: string,
  base = document.baseURI,
): string | undefined {
  if (!template.includes(ID_PLACEHOLDER)) return undefined;
  const filled = template.replaceAll(ID_PLACEHOLDER, encodeURIComponent(id));
  let url: URL;
  try {
    url = new URL(filled, base);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}
