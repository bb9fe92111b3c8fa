/// <reference types="vite/client" />
// The configurator's outputs from its options: controls from the manifest, the CSP it derives, the
// snippet and the privacy-notice text. (The page itself, copied snippet under copied CSP included,
// is tested end to end in scripts/test/embed-configurator.e2e.test.ts.)
import { describe, expect, it } from 'vitest';
import { cspDirectives, cspHeader } from './csp.js';
import type { EmbedOptions } from './embed-options.js';
import { cspSource } from './embed-options.js';
import { controlFor, widgetsFromManifest, type ElementsManifest } from './manifest-controls.js';
import { privacyNotice } from './privacy-notice.js';
import { htmlSnippet, typoScript } from './snippets.js';

const manifests = import.meta.glob<ElementsManifest>('../../custom-elements.json', {
  eager: true,
  import: 'default',
});
const manifest = Object.values(manifests)[0];

const options = (overrides: Partial<EmbedOptions>): EmbedOptions => ({
  tag: 'saxon-actor-map',
  attributes: [['api-url', 'https://ki.example/directory/v1']],
  scriptBase: '/saxon-widgets/',
  integrity: '',
  ...overrides,
});

describe('controls from the manifest', () => {
  it('picks a control per type', () => {
    expect(controlFor("'map' | 'list'")).toEqual({ kind: 'select', options: ['map', 'list'] });
    expect(controlFor('1 | 2 | 3')).toEqual({ kind: 'select', options: ['1', '2', '3'] });
    expect(controlFor("'sachsen' | 'govdata' | ''")).toEqual({
      kind: 'select',
      options: ['sachsen', 'govdata'],
    });
    expect(controlFor('boolean')).toEqual({ kind: 'checkbox' });
    expect(controlFor('string | number')).toEqual({ kind: 'number' });
    expect(controlFor("'company' | 'research' | (string & {})")).toEqual({
      kind: 'text',
      suggestions: ['company', 'research'],
    });
    expect(controlFor('string | null')).toEqual({ kind: 'text', suggestions: [] });
  });

  it('lists the five widgets of the built manifest, not their building blocks', () => {
    expect(manifest, 'run `pnpm build` first: custom-elements.json is missing').toBeDefined();
    const widgets = widgetsFromManifest(manifest!);
    expect(widgets.map((widget) => widget.tag)).toEqual([
      'saxon-actor-map',
      'saxon-dataset-search',
      'saxon-entry-form',
      'saxon-event-list',
      'saxon-topic-list',
    ]);
    const map = widgets.find((widget) => widget.tag === 'saxon-actor-map')!;
    expect(map.attributes.find((a) => a.name === 'consent-remember')?.control.kind).toBe(
      'checkbox',
    );
    expect(map.attributes.find((a) => a.name === 'view')).toMatchObject({
      control: { kind: 'select', options: ['map', 'list'] },
      defaultValue: 'map',
    });
  });
});

describe('the CSP it derives', () => {
  it('names the API and the script origin, and tiles only when set', () => {
    const plain = cspDirectives(
      options({ scriptBase: 'https://cdn.jsdelivr.net/npm/@saxon-ai/components@1.0.0/dist/cdn/' }),
    );
    expect(plain).toContain("script-src 'self' https://cdn.jsdelivr.net");
    expect(plain).toContain("connect-src 'self' https://ki.example");
    expect(plain).toContain("img-src 'self' data:");
    const tiles = cspDirectives(
      options({
        attributes: [
          ['api-url', '/directory/v1'],
          ['tiles', 'https://{s}.tile.example.org/{z}/{x}/{y}.png'],
        ],
      }),
    );
    expect(tiles).toContain("connect-src 'self'");
    expect(tiles).toContain("img-src 'self' https://*.tile.example.org data:");
    expect(tiles).toContain("script-src 'self'");
    expect(cspHeader(options({}))).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('asks the preset portal of the dataset search when no api-url is set', () => {
    const search = options({ tag: 'saxon-dataset-search', attributes: [['portal', 'govdata']] });
    expect(cspDirectives(search)).toContain("connect-src 'self' https://www.govdata.de");
    expect(cspSource('javascript:alert(1)')).toBeUndefined();
  });
});

describe('the snippet', () => {
  it('escapes values, adds integrity with crossorigin, and the no-JS fallback link', () => {
    const snippet = htmlSnippet(
      options({
        attributes: [
          ['text', 'KI & "Daten"'],
          ['consent-remember', true],
        ],
        integrity: 'sha384-abc',
      }),
      { href: 'https://ki.example/', text: 'Alle <Akteure>' },
    );
    expect(snippet).toBe(
      '<script type="module" src="/saxon-widgets/saxon-actor-map.js" integrity="sha384-abc" crossorigin="anonymous"></script>\n' +
        '<saxon-actor-map text="KI &amp; &quot;Daten&quot;" consent-remember>\n' +
        '  <a href="https://ki.example/">Alle &lt;Akteure&gt;</a>\n</saxon-actor-map>',
    );
    expect(typoScript(options({ integrity: 'sha384-abc' }))).toContain(
      'page.includeJSFooter.saxon_actor_map.integrity = sha384-abc',
    );
  });
});

describe('the privacy-notice text', () => {
  it('names the API host, tiles only when set, the entry form only for the form, in de and en', () => {
    const map = privacyNotice(options({}), 'de');
    expect(map).toContain('bei ki.example ab');
    expect(map).toContain('keine Kartenkacheln');
    const withTiles = privacyNotice(
      options({ attributes: [['tiles', 'https://tiles.example.org/{z}/{x}/{y}.png']] }),
      'en',
    );
    expect(withTiles).toContain('Map tiles from tiles.example.org are loaded only after you agree');
    expect(withTiles).not.toContain('GDPR');
    const form = privacyNotice(
      options({ tag: 'saxon-entry-form', attributes: [['api-url', '/directory/v1']] }),
      'de',
    );
    expect(form).toContain('bei unserem eigenen Server ab');
    expect(form).toContain('Art. 6 Abs. 1 lit. a DSGVO');
    expect(form).not.toContain('Kartenkacheln');
  });
});
