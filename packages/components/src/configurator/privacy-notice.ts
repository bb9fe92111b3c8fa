import { dataAddresses, tileAddress, type EmbedOptions } from './embed-options.js';

export type NoticeLanguage = 'de' | 'en';

const WIDGET_NAMES: Record<string, Record<NoticeLanguage, string>> = {
  'saxon-dataset-search': { de: 'Datensuche', en: 'dataset search' },
  'saxon-actor-map': { de: 'KI-Karte', en: 'AI map' },
  'saxon-event-list': { de: 'Veranstaltungskalender', en: 'events' },
  'saxon-topic-list': { de: 'Themen', en: 'topics' },
  'saxon-entry-form': { de: 'Eintragsformular', en: 'entry form' },
};

/** The host a visitor's browser talks to, or "our own server" for a relative address. */
function hostOf(address: string, language: NoticeLanguage): string {
  const absolute = /^(?:[a-z][a-z\d+.-]*:)?\/\/([^/?#]+)/i.exec(address.trim());
  if (absolute?.[1]) return absolute[1].replace(/\{[^}]*\}\.?/g, '');
  return language === 'de' ? 'unserem eigenen Server' : 'our own server';
}

const list = (items: string[], language: NoticeLanguage) =>
  items.length < 2
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} ${language === 'de' ? 'und' : 'and'} ${items.at(-1)}`;

/**
 * A privacy-notice text for the chosen options, to adapt: which servers the widget asks and what
 * that transmits; map tiles only after consent (when `tiles` is set); what the entry form sends
 * (when the widget is the entry form). Square brackets mark what the site fills in.
 */
export function privacyNotice(options: EmbedOptions, language: NoticeLanguage): string {
  const name = WIDGET_NAMES[options.tag]?.[language] ?? options.tag;
  const hosts = list(
    [...new Set(dataAddresses(options).map((a) => hostOf(a, language)))],
    language,
  );
  const tiles = tileAddress(options);
  const de = language === 'de';
  const paragraphs = [
    de
      ? `Auf dieser Seite binden wir den Baustein „${name}“ ein. Seine Programmdateien liegen auf unserem eigenen Server. Beim Aufruf der Seite fragt er die angezeigten Daten bei ${hosts || '[Adresse der Schnittstelle]'} ab. Dabei werden technisch notwendig Ihre IP-Adresse, Datum und Uhrzeit, die angefragte Adresse (mit Suchbegriffen und Filtern) sowie Angaben zu Ihrem Browser übertragen. Es werden keine Cookies gesetzt und keine Daten für Werbung oder Profilbildung genutzt.`
      : `On this page we embed the "${name}" widget. Its program files are on our own server. When the page is opened, it asks ${hosts || '[address of the API]'} for the data it shows. Technically this transmits your IP address, date and time, the requested address (with search terms and filters) and details of your browser. No cookies are set and no data is used for advertising or profiling.`,
  ];
  if (tiles)
    paragraphs.push(
      de
        ? `Die Karte zeigt zunächst nur einen mitgelieferten Umriss Sachsens (© GeoBasis-DE / BKG). Kartenkacheln von ${hostOf(tiles, language)} werden erst geladen, wenn Sie dem in der Karte ausdrücklich zustimmen; dabei erhält dieser Anbieter Ihre IP-Adresse, Datum und Uhrzeit und den angezeigten Kartenausschnitt.`
        : `At first the map shows only an outline of Saxony that ships with it (© GeoBasis-DE / BKG). Map tiles from ${hostOf(tiles, language)} are loaded only after you agree to it in the map; that provider then receives your IP address, date and time and the map area shown.`,
    );
  else if (options.tag === 'saxon-actor-map')
    paragraphs.push(
      de
        ? 'Die Karte lädt keine Kartenkacheln von fremden Servern; sie zeigt einen mitgelieferten Umriss Sachsens (© GeoBasis-DE / BKG).'
        : 'The map loads no map tiles from other servers; it shows an outline of Saxony that ships with it (© GeoBasis-DE / BKG).',
    );
  if (options.tag === 'saxon-entry-form')
    paragraphs.push(
      de
        ? 'Über das Formular können Sie einen Eintrag für das KI-Akteursverzeichnis vorschlagen. Verantwortlich für Ihren Vorschlag ist [Betreiber des Verzeichnisses, Anschrift, Datenschutzkontakt]. Sie übermitteln Ihren Namen, Ihre E-Mail-Adresse und die Angaben zum Eintrag direkt an das Verzeichnis. Name und E-Mail-Adresse werden nicht veröffentlicht; die Angaben zum Eintrag nach der Freigabe als offene Daten. Rechtsgrundlage ist Ihre Einwilligung im Formular (Art. 6 Abs. 1 lit. a DSGVO), die Sie jederzeit widerrufen können. Ihre E-Mail-Adresse wird 30 Tage nach der Entscheidung über den Vorschlag gelöscht. Ihren Entwurf speichert das Formular nur im Sitzungsspeicher (sessionStorage) dieses Browser-Tabs.'
        : "With the form you can propose an entry for the AI actor directory. Responsible for your proposal is [operator of the directory, address, data-protection contact]. You send your name, your e-mail address and the details of the entry directly to the directory. Name and e-mail address are not published; the details of the entry are published as open data once approved. The legal basis is your consent in the form (Art. 6(1)(a) GDPR), which you can withdraw at any time. Your e-mail address is deleted 30 days after the decision on your proposal. The form keeps your draft only in this browser tab's session storage (sessionStorage).",
    );
  return paragraphs.join('\n\n');
}
