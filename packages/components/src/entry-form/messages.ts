// Texts of <saxon-entry-form>, German first; the widget's class adds them to the catalogs when it is defined.
import type { Message } from '../shared/i18n/messages.js';

/** German (the default). */
export const entryFormDe = {
  entryFormLabel: 'Eintrag vorschlagen',
  entryFormTitleActor: 'KI-Akteur eintragen',
  entryFormTitleEvent: 'Veranstaltung eintragen',
  entryFormTitleUpdate: 'Änderung vorschlagen: {name}',
  entryFormIntro:
    'Die Redaktion prüft jeden Vorschlag, bevor er erscheint. Pflichtangaben sind mit „Pflichtangabe“ gekennzeichnet.',
  entryFormRequired: 'Pflichtangabe',
  entryFormOptional: 'optional',
  entryFormLoading: 'Der Eintrag wird geladen …',

  entryFormSectionActor: 'Über die Organisation',
  entryFormSectionEvent: 'Über die Veranstaltung',
  entryFormSectionContact: 'Kontakt und Links',
  entryFormSectionLocation: 'Ort',
  entryFormSectionTopics: 'Themen',
  entryFormSectionDates: 'Termin und Teilnahme',
  entryFormSectionSubmitter: 'Über Sie',

  entryFormName: 'Name der Organisation',
  entryFormNameHint: 'So, wie er im Verzeichnis erscheinen soll.',
  entryFormCategory: 'Art der Organisation',
  entryFormCategoryChoose: 'Bitte wählen',
  entryFormCategoryCompany: 'Wirtschaft',
  entryFormCategoryResearch: 'Forschung',
  entryFormCategoryNetwork: 'Netzwerk',
  entryFormCategoryEducation: 'Bildung',
  entryFormSubtype: 'Genauer',
  entryFormSubtypeHint: 'Zum Beispiel Start-up, Lehrstuhl, Verein.',
  entryFormDescription: 'Beschreibung',
  entryFormDescriptionHint: 'Was tun Sie mit KI? Höchstens 5000 Zeichen.',
  entryFormOffers: 'Angebot',
  entryFormOffersHint: 'Nur für Unternehmen: was Sie anbieten.',
  entryFormOfferHardware: 'KI-Hardware',
  entryFormOfferSoftware: 'KI-Software',
  entryFormOfferServices: 'KI-Dienstleistungen',
  entryFormWebsite: 'Website',
  entryFormUrlHint: 'Eine Adresse, die mit https:// beginnt.',
  entryFormEmail: 'E-Mail-Adresse der Organisation',
  entryFormEmailHint: 'Wird im Verzeichnis öffentlich gezeigt.',
  entryFormStreet: 'Straße und Hausnummer',

  entryFormTitle: 'Titel der Veranstaltung',
  entryFormEventDescription: 'Beschreibung',
  entryFormEventDescriptionHint: 'Worum geht es, für wen ist es? Höchstens 5000 Zeichen.',
  entryFormStatus: 'Stand',
  entryFormStatusScheduled: 'Findet statt',
  entryFormStatusCancelled: 'Abgesagt',
  entryFormStatusPostponed: 'Verschoben',
  entryFormStatusRescheduled: 'Neu angesetzt',
  entryFormOrganizers: 'Veranstalter',
  entryFormOrganizersHint: 'Ein Name pro Zeile, höchstens 20.',
  entryFormEventUrl: 'Seite der Veranstaltung',
  entryFormRegistrationUrl: 'Anmeldung',
  entryFormLanguage: 'Sprache der Veranstaltung',
  entryFormLanguageChoose: 'Keine Angabe',
  entryFormLanguageDe: 'Deutsch',
  entryFormLanguageEn: 'Englisch',

  entryFormSubmitterName: 'Ihr Name',
  entryFormSubmitterEmail: 'Ihre E-Mail-Adresse',
  entryFormSubmitterHint:
    'Nur für Rückfragen der Redaktion; wird nicht veröffentlicht. Die E-Mail-Adresse wird nach der Entscheidung gelöscht (Frist: siehe Datenschutzhinweise).',
  entryFormMessage: 'Nachricht an die Redaktion',
  entryFormConsent:
    'Ich bin einverstanden, dass mein Name und meine E-Mail-Adresse für die Prüfung dieses Vorschlags verarbeitet werden.',
  entryFormPrivacyLink: 'Datenschutzhinweise',
  entryFormPrivacyNew: '(öffnet in neuem Tab)',
  entryFormHoneypot: 'Bitte dieses Feld leer lassen',

  entryFormSubmit: 'Vorschlag senden',
  entryFormSubmitUpdate: 'Änderung vorschlagen',
  entryFormSending: 'Ihr Vorschlag wird gesendet …',
  entryFormClear: 'Eingaben verwerfen',

  entryFormSummaryTitle: 'Bitte prüfen Sie Ihre Angaben',
  entryFormSummaryCount: {
    one: 'Eine Angabe muss noch geändert werden.',
    other: '{count} Angaben müssen noch geändert werden.',
  },
  entryFormErrorPrefix: 'Fehler:',
  entryFormErrorRequired: 'Bitte füllen Sie dieses Feld aus.',
  entryFormErrorRequiredChoice: 'Bitte wählen Sie aus.',
  entryFormErrorTooLong: 'Bitte höchstens {limit} Zeichen.',
  entryFormErrorTooMany: 'Bitte höchstens {limit} Einträge.',
  entryFormErrorPattern: 'Das Format passt nicht.',
  entryFormErrorPostalCode: 'Bitte eine Postleitzahl aus fünf Ziffern.',
  entryFormErrorNeedsLetter: 'Bitte mindestens einen Buchstaben oder eine Ziffer (a–z, 0–9).',
  entryFormErrorNotHttpUrl: 'Bitte eine Adresse, die mit https:// oder http:// beginnt.',
  entryFormErrorInvalidEmail: 'Bitte eine E-Mail-Adresse wie name@beispiel.de.',
  entryFormErrorNotInSaxony: 'Dieser Ort liegt nicht in Sachsen.',
  entryFormErrorNotSaxonKreis: 'Das ist keine sächsische Gemeinde und kein sächsischer Kreis.',
  entryFormErrorUnknownTopic: 'Dieses Thema kennt das Verzeichnis nicht.',
  entryFormErrorUnknownActor: 'Diesen Akteur kennt das Verzeichnis nicht.',
  entryFormErrorNotAllowed: 'Diese Angabe ist hier nicht möglich.',
  entryFormErrorEndBeforeStart: 'Das Ende liegt vor dem Beginn.',
  entryFormErrorInvalidDate: 'Bitte ein gültiges Datum.',
  entryFormErrorDuplicate: 'Das steht doppelt in der Liste.',
  entryFormErrorInvalid: 'Diese Angabe ist ungültig.',
  entryFormErrorConsent: 'Bitte stimmen Sie zu, damit die Redaktion Ihren Vorschlag prüfen kann.',
  entryFormErrorOther: '{field}: {reason}',

  entryFormSendFailed: 'Ihr Vorschlag wurde nicht gesendet.',
  entryFormInputKept: 'Ihre Eingaben bleiben erhalten.',
  entryFormRetry: 'Erneut senden',
  entryFormRejectedByServer:
    'Der Server hat Ihren Vorschlag nicht angenommen. Bitte prüfen Sie die markierten Angaben.',
  entryFormNotConfigured: 'Das Formular ist nicht eingerichtet (api-url fehlt).',
  entryFormEntryNotLoaded: 'Der Eintrag, den Sie ändern möchten, konnte nicht geladen werden.',

  entryFormSentTitle: 'Vielen Dank! Ihr Vorschlag ist eingegangen.',
  entryFormSentText:
    'Die Redaktion prüft ihn und schaltet ihn frei. Unter diesem privaten Link sehen Sie, wie weit sie ist:',
  entryFormSentKeep:
    'Bewahren Sie den Link auf und geben Sie ihn nicht weiter: Wer ihn kennt, kann den Vorschlag zurückziehen.',
  entryFormStatusLink: 'Stand meines Vorschlags',
  entryFormAnother: 'Weiteren Vorschlag machen',

  entryFormStatusTitle: 'Stand Ihres Vorschlags',
  entryFormStatusLoading: 'Der Stand wird geladen …',
  entryFormStatusPending: 'Die Redaktion prüft Ihren Vorschlag noch.',
  entryFormStatusApproved: 'Ihr Vorschlag wurde angenommen und ist im Verzeichnis.',
  entryFormStatusRejected: 'Ihr Vorschlag wurde abgelehnt.',
  entryFormStatusWithdrawn: 'Sie haben Ihren Vorschlag zurückgezogen.',
  entryFormStatusReason: 'Begründung der Redaktion:',
  entryFormStatusSubmitted: 'Eingegangen am {date}',
  entryFormStatusDecided: 'Entschieden am {date}',
  entryFormWithdraw: 'Vorschlag zurückziehen',
  entryFormWithdrawConflict:
    'Die Redaktion hat schon entschieden; der Vorschlag lässt sich nicht mehr zurückziehen.',
  entryFormStatusFailed: 'Der Stand konnte nicht geladen werden.',
  entryFormStatusReload: 'Erneut laden',
  entryFormStatusBack: 'Zum Formular',
} satisfies Record<string, Message>;

/** English, loaded on demand (`messages.en.ts`): the catalogs fetch it when a page asks for English. */
export const entryFormEn = () => import('./messages.en.js').then((module) => module.entryFormEn);

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SaxonMessageMap extends Record<keyof typeof entryFormDe, Message> {}
}
