import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import { defineElement, defineSharedElements } from '@saxon-ai/components';
import * as React from 'react';

/** Event props → event names, as `@lit/react` takes them. */
type EventNames = Record<string, EventName | string>;

/**
 * The React component of a widget element: registers the element (and the shared pieces every
 * widget renders) unless its tag is taken, then wraps it with `@lit/react`.
 *
 * The registration happens inside this call, which each generated module marks `@__PURE__`: a
 * bundler that finds a wrapper unused drops the call — registration, element class and all — so
 * the package can declare `"sideEffects": false` and still register every wrapper it is used with.
 * (A registration passed as an argument would survive: bundlers keep the arguments of a dropped
 * pure call when they may have side effects.)
 */
export function createWrapper<Element extends HTMLElement, Events extends EventNames>(
  tagName: string,
  elementClass: { new (): Element },
  events: Events,
  displayName: string,
): ReactWebComponent<Element, Events> {
  defineSharedElements();
  defineElement(tagName, elementClass);
  return createComponent({ tagName, elementClass, react: React, events, displayName });
}
