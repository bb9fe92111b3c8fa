import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** CSS properties to set, by their CSS names (`transform`, `width`, `--_size`). */
export type CssProperties = Record<string, string>;

/**
 * Sets inline CSS properties through the CSSOM (`element.style.setProperty`), every time.
 *
 * Lit's `styleMap` writes a `style="…"` attribute string on its first render and only uses the
 * CSSOM afterwards, and a strict Content-Security-Policy (`style-src` without `'unsafe-inline'`)
 * blocks that first write: the markers would all sit in the top left corner. CSSOM writes are
 * never blocked. Used as an element binding: `<button ${cssom({ transform })}>`.
 */
class CssomDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) {
      throw new Error('cssom() belongs on an element: <div ${cssom({ … })}>');
    }
  }

  render(_properties: CssProperties): unknown {
    return nothing;
  }

  override update(part: ElementPart, [properties]: [CssProperties]): unknown {
    const { style } = part.element as HTMLElement;
    for (const name of this.previous) {
      if (!(name in properties)) style.removeProperty(name);
    }
    for (const [name, value] of Object.entries(properties)) {
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
    }
    this.previous = new Set(Object.keys(properties));
    return noChange;
  }
}

/** Inline styles a strict CSP allows, for positions computed at run time. */
export const cssom = directive(CssomDirective);
