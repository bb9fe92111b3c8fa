// Texts of the preview button and of the moment before the preview's code has arrived. In the
// widget's first load; everything the open preview says is in panel.messages.ts, which comes with it.
import type { Message } from '../../shared/i18n/messages.js';

export const previewToggleDe = {
  datasetSearchPreview: 'Vorschau',
  datasetSearchPreviewOf: 'Vorschau: {name}',
  datasetSearchPreviewLoading: 'Die Vorschau wird geladen …',
  datasetSearchPreviewCodeFailed:
    'Die Vorschau konnte nicht geladen werden. Prüfen Sie die Verbindung und versuchen Sie es erneut.',
} as const;

export const previewToggleEn: Record<keyof typeof previewToggleDe, string> = {
  datasetSearchPreview: 'Preview',
  datasetSearchPreviewOf: 'Preview: {name}',
  datasetSearchPreviewLoading: 'Loading the preview …',
  datasetSearchPreviewCodeFailed:
    'The preview could not be loaded. Check the connection and try again.',
};

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SaxonMessageMap extends Record<keyof typeof previewToggleDe, Message> {}
}
