import { EmbedConfigurator, type Presets } from './embed-configurator.js';
import { widgetsFromManifest, type ElementsManifest } from './manifest-controls.js';

/** The tag the Musterstadt site uses for the configurator (a site tool, not a published widget). */
export const CONFIGURATOR_TAG = 'saxon-embed-configurator';

/**
 * Defines the configurator with the widgets of `manifest`, starting each widget with `presets`.
 * The site's bundle (scripts/build-configurator.mjs) calls it with the package's
 * custom-elements.json.
 */
export function defineConfigurator(
  manifest: ElementsManifest,
  presets: Presets,
  tag = CONFIGURATOR_TAG,
): void {
  if (customElements.get(tag)) return;
  const widgets = widgetsFromManifest(manifest);
  customElements.define(
    tag,
    class extends EmbedConfigurator {
      override widgets = widgets;
      override presets = presets;
    },
  );
}
