// The configurator's texts, German first. It is a tool of the site, not a widget: it keeps its own
// texts instead of adding them to the widgets' bundles (shared/i18n).
import type { Target } from './snippets.js';

const de = {
  widget: 'Baustein',
  widgetLegend: '1. Baustein wählen',
  attributesLegend: (tag: string) => `2. Einstellungen von <${tag}>`,
  defaultOption: (value: string) => (value ? `Standard (${value})` : 'Standard'),
  defaultHint: (value: string) => `Standard: ${value}`,
  filesLegend: '3. Wo die Programmdateien liegen',
  scriptBase: 'Ordner der Skriptdateien (dist/cdn/ des Pakets)',
  scriptBaseHint:
    'Am besten auf Ihrem eigenen Server: Dann erfährt kein Dritter von den Besuchen Ihrer Seite.',
  integrity: 'Integritäts-Hash (SRI) einfügen',
  integrityHint: (file: string) => `Prüfsumme von ${file} aus integrity.json dieser Version.`,
  integrityMissing: 'integrity.json wurde nicht gefunden: Der Code enthält keinen Hash.',
  fallbackLegend: '4. Für Besucher ohne JavaScript',
  fallbackHref: 'Adresse eines Links (zum Beispiel zum vollständigen Verzeichnis)',
  fallbackText: 'Text des Links',
  fallbackHint:
    'Der Link steht im Element und ist sichtbar, bis der Baustein geladen ist – und bleibt es, wenn das Skript nicht lädt.',
  preview: 'Vorschau',
  previewForeign:
    'Diese Seite erlaubt (wie ihre CSP sagt) nur Anfragen an ihre eigene Adresse: Die Vorschau kann Daten von einer anderen Adresse nicht laden. Auf Ihrer Seite gilt Ihre CSP (unten).',
  previewNoSync: 'Die Vorschau schreibt ihren Zustand nicht in die Adresse dieser Seite.',
  copyHeading: 'Kopieren',
  target: 'Ihr System',
  targets: {
    html: 'HTML',
    typo3: 'TYPO3',
    wordpress: 'WordPress',
    drupal: 'Drupal',
  } satisfies Record<Target, string>,
  targetHints: {
    html: 'Das Skript einmal pro Seite (oder in die Vorlage), das Element dorthin, wo der Baustein stehen soll.',
    typo3:
      'Inhaltselement „Reines HTML“ (HTML) anlegen und den Code einfügen. Für viele Seiten das Skript stattdessen einmal per TypoScript einbinden (zweiter Kasten) und nur das Element einfügen.',
    wordpress:
      'Im Block-Editor den Block „Individuelles HTML“ einfügen und den Code hineinkopieren. <script> speichern dürfen nur Konten mit der Berechtigung unfiltered_html (Administratoren).',
    drupal:
      'In einem Block oder Feld das Textformat „Full HTML“ wählen und den Code in der Quelltext-Ansicht einfügen. Filtert Ihr Textformat Tags, <script> und das Element erlauben.',
  } satisfies Record<Target, string>,
  snippet: 'Code zum Einfügen',
  typoScript: 'TypoScript (Skript für alle Seiten)',
  csp: 'Content-Security-Policy (HTTP-Header)',
  cspHint:
    'Genau die Quellen, die dieser Baustein mit diesen Einstellungen braucht; kein unsafe-inline, kein unsafe-eval. Schon eine CSP? Die Quellen in Ihre Direktiven übernehmen.',
  privacy: 'Text für die Datenschutzerklärung',
  privacyLanguage: 'Sprache des Textes',
  privacyHint: 'Zum Anpassen: Eckige Klammern markieren, was Sie ergänzen.',
  copy: (what: string) => `${what} kopieren`,
  copied: (what: string) => `${what} kopiert.`,
  copyFailed: (what: string) =>
    `${what} konnte nicht in die Zwischenablage kopiert werden: Der Text ist markiert, kopieren Sie ihn mit Strg+C.`,
  noWidgets: 'Im Manifest (custom-elements.json) steht kein Baustein.',
  languages: { de: 'Deutsch', en: 'Englisch' },
};

export type ConfiguratorMessages = typeof de;

const en: ConfiguratorMessages = {
  widget: 'Widget',
  widgetLegend: '1. Choose a widget',
  attributesLegend: (tag) => `2. Settings of <${tag}>`,
  defaultOption: (value) => (value ? `Default (${value})` : 'Default'),
  defaultHint: (value) => `Default: ${value}`,
  filesLegend: '3. Where the program files are',
  scriptBase: 'Folder of the script files (dist/cdn/ of the package)',
  scriptBaseHint: 'Best on your own server: then no third party learns of visits to your page.',
  integrity: 'Add the integrity hash (SRI)',
  integrityHint: (file) => `Hash of ${file} from this version's integrity.json.`,
  integrityMissing: 'integrity.json was not found: the code has no hash.',
  fallbackLegend: '4. For visitors without JavaScript',
  fallbackHref: 'Address of a link (for example to the full directory)',
  fallbackText: 'Text of the link',
  fallbackHint:
    'The link sits inside the element and shows until the widget has loaded – and stays when the script fails to load.',
  preview: 'Preview',
  previewForeign:
    'This page allows (as its CSP says) requests to its own address only: the preview cannot load data from another address. On your page, your CSP (below) applies.',
  previewNoSync: "The preview does not write its state into this page's address.",
  copyHeading: 'Copy',
  target: 'Your system',
  targets: { html: 'HTML', typo3: 'TYPO3', wordpress: 'WordPress', drupal: 'Drupal' },
  targetHints: {
    html: 'The script once per page (or in the template), the element where the widget should show.',
    typo3:
      'Add a content element "Plain HTML" (HTML) and paste the code. For many pages include the script once with TypoScript instead (second box) and paste only the element.',
    wordpress:
      'In the block editor add the block "Custom HTML" and paste the code. Only accounts with the unfiltered_html capability (administrators) can save <script>.',
    drupal:
      'In a block or field choose the text format "Full HTML" and paste the code in the source view. If your format filters tags, allow <script> and the element.',
  },
  snippet: 'Code to paste',
  typoScript: 'TypoScript (script for all pages)',
  csp: 'Content-Security-Policy (HTTP header)',
  cspHint:
    'Exactly the sources this widget needs with these settings; no unsafe-inline, no unsafe-eval. Already have a CSP? Add the sources to your directives.',
  privacy: 'Text for the privacy notice',
  privacyLanguage: 'Language of the text',
  privacyHint: 'To adapt: square brackets mark what you fill in.',
  copy: (what) => `Copy ${what}`,
  copied: (what) => `${what} copied.`,
  copyFailed: (what) =>
    `${what} could not be copied to the clipboard: the text is selected, copy it with Ctrl+C.`,
  noWidgets: 'The manifest (custom-elements.json) declares no widget.',
  languages: { de: 'German', en: 'English' },
};

/** The texts for the page's language: English for `en…`, German otherwise. */
export const messagesFor = (lang: string): ConfiguratorMessages =>
  lang.toLowerCase().startsWith('en') ? en : de;
