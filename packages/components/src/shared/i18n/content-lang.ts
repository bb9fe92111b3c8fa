/** `de-DE` → `de`: the part of a language tag that says which language it is. */
const primary = (tag: string) => tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';

/**
 * The `lang` to put on a piece of content whose language the data states (an event's `language`),
 * or `undefined` when it is the language around it anyway (WCAG 3.1.2, language of parts). An
 * English event title in a German page gets `lang="en"`; a German one gets nothing, and neither
 * does content whose language the data does not say.
 */
export function contentLang(
  contentLanguage: string | undefined,
  surroundingLanguage: string,
): string | undefined {
  const content = contentLanguage?.trim();
  if (!content || !/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(content)) return undefined;
  return primary(content) === primary(surroundingLanguage) ? undefined : content;
}
