// Every text of the console, German first. `{name}` placeholders are filled by `translate`.
import { de } from './messages.de.js';
import { en } from './messages.en.js';

export type Locale = 'de' | 'en';

export type MessageKey = keyof typeof de;

const catalogues: Record<Locale, Record<MessageKey, string>> = { de, en };

export type Params = Record<string, string | number>;

export function translate(locale: Locale, key: MessageKey, params: Params = {}): string {
  return catalogues[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Reasons an editor starts from; the submitter reads them, so each exists in both languages. */
export const REASON_TEMPLATES: Record<Locale, readonly { id: string; text: string }[]> = {
  de: [
    {
      id: 'de-incomplete',
      text: 'Die Angaben sind unvollständig. Bitte reichen Sie den Eintrag mit vollständigen Angaben erneut ein.',
    },
    { id: 'de-not-saxony', text: 'Der Eintrag hat keinen Sitz oder Veranstaltungsort in Sachsen.' },
    { id: 'de-not-ai', text: 'Wir konnten keinen Bezug zu künstlicher Intelligenz erkennen.' },
    { id: 'de-duplicate', text: 'Diesen Eintrag gibt es bereits im Verzeichnis.' },
    {
      id: 'de-advertising',
      text: 'Der Eintrag ist Werbung und keine Information für das Verzeichnis.',
    },
  ],
  en: [
    {
      id: 'en-incomplete',
      text: 'The details are incomplete. Please submit the entry again with complete details.',
    },
    { id: 'en-not-saxony', text: 'The entry has no seat or venue in Saxony.' },
    { id: 'en-not-ai', text: 'We could not see a connection to artificial intelligence.' },
    { id: 'en-duplicate', text: 'This entry is already in the directory.' },
    { id: 'en-advertising', text: 'The entry is advertising, not information for the directory.' },
  ],
};
