import { TILE_SIZE } from '../shared/geo/projection.js';
import type { Viewport } from './viewport.js';

/** A tile server the page named in `tiles`, checked. */
export interface TileSource {
  /** The URL template, e.g. `https://{s}.tile.example.org/{z}/{x}/{y}.png`. */
  template: string;
  /** The host names tiles would come from, for the consent text. */
  hosts: string[];
}

/** Whether tiles load: not yet (the overlay asks), not now (overlay closed), or yes. */
export type TileState = 'ask' | 'later' | 'shown';

/** One tile to draw: its URL, where its top left corner sits on screen, and its side. */
export interface PlacedTile {
  key: string;
  url: string;
  left: number;
  top: number;
  size: number;
}

const SUBDOMAINS = ['a', 'b', 'c'];
const PLACEHOLDERS = /\{(z|x|y|s|r)\}/g;

const fill = (template: string, values: Record<string, string>) =>
  template.replace(PLACEHOLDERS, (_, name: string) => values[name] ?? '');

/**
 * Reads the `tiles` attribute: an absolute `http(s):` URL template with `{z}`, `{x}` and `{y}`
 * (optionally `{s}` for the subdomains a, b, c and `{r}` for nothing). Anything else is refused
 * with a console warning, and the map keeps to its bundled base layer.
 */
export function parseTileTemplate(value: string | null | undefined): TileSource | undefined {
  const template = value?.trim();
  if (!template) return undefined;
  const hosts = new Set<string>();
  let valid = ['{z}', '{x}', '{y}'].every((placeholder) => template.includes(placeholder));
  for (const s of template.includes('{s}') ? SUBDOMAINS : ['']) {
    let url: URL | undefined;
    try {
      url = new URL(fill(template, { z: '0', x: '0', y: '0', s, r: '' }));
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) valid = false;
    else hosts.add(url.host);
  }
  if (!valid) {
    console.warn(
      `<saxon-actor-map>: tiles="${template}" is not an absolute http(s) URL template with {z}, {x} and {y}; the map shows its bundled base layer only.`,
    );
    return undefined;
  }
  return { template, hosts: [...hosts] };
}

/**
 * The tiles that cover the map. Tiles exist for whole zoom levels only: at a fractional level the
 * nearest level's tiles are drawn a little larger or smaller.
 */
export function visibleTiles(source: TileSource, viewport: Viewport): PlacedTile[] {
  if (!viewport.ready) return [];
  const { scale, center, size } = viewport;
  const zoom = Math.max(0, Math.round(viewport.zoom));
  const count = 2 ** zoom;
  const side = (TILE_SIZE * scale) / count;
  const left = center.x * scale - size.width / 2;
  const top = center.y * scale - size.height / 2;
  const tiles: PlacedTile[] = [];
  const firstY = Math.max(0, Math.floor(top / side));
  const lastY = Math.min(count - 1, Math.floor((top + size.height - 1) / side));
  const firstX = Math.floor(left / side);
  const lastX = Math.floor((left + size.width - 1) / side);
  for (let y = firstY; y <= lastY; y++) {
    for (let x = firstX; x <= lastX; x++) {
      const wrappedX = ((x % count) + count) % count;
      tiles.push({
        key: `${zoom}/${x}/${y}`,
        url: fill(source.template, {
          z: String(zoom),
          x: String(wrappedX),
          y: String(y),
          s: SUBDOMAINS[(wrappedX + y) % SUBDOMAINS.length]!,
          r: '',
        }),
        left: Math.round(x * side - left),
        top: Math.round(y * side - top),
        size: Math.ceil(side),
      });
    }
  }
  return tiles;
}

const storageKey = (source: TileSource) => `saxon-actor-map:tile-consent:${source.hosts.join(',')}`;

/**
 * Whether the visitor asked earlier to load tiles from this server without asking again. Only read
 * when the page opted in with `consent-remember`; storage that is blocked counts as "no".
 */
export function rememberedConsent(source: TileSource): boolean {
  try {
    return localStorage.getItem(storageKey(source)) === 'granted';
  } catch {
    return false;
  }
}

/** Stores (`granted`) or forgets the visitor's choice for this tile server. */
export function storeConsent(source: TileSource, granted: boolean): void {
  try {
    if (granted) localStorage.setItem(storageKey(source), 'granted');
    else localStorage.removeItem(storageKey(source));
  } catch {
    // Storage blocked (private mode, a strict browser): the choice lasts for this page view only.
  }
}
