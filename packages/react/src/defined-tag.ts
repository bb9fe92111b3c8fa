import { defineElement, defineSharedElements } from '@saxon-ai/components';

/**
 * Registers a widget element (and the shared pieces every widget renders) unless its tag is
 * taken, and returns the tag. Each wrapper calls it inside its own `createComponent(…)`
 * initializer, not as a statement of its own: so the registration belongs to the wrapper's
 * value, the package can declare `"sideEffects": false`, and a bundler that drops an unused
 * wrapper drops its element with it.
 */
export function definedTag(tag: string, element: CustomElementConstructor): string {
  defineSharedElements();
  defineElement(tag, element);
  return tag;
}
