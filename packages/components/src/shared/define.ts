/**
 * Registers a custom element unless the tag is already taken. Two copies of a widget bundle on one
 * page (a CMS plugin and a hand-written snippet, say) would otherwise throw
 * "has already been used with this registry".
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
