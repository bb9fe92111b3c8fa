// English texts of toggle.messages.ts, loaded only when an element's language resolves to English.
import type { Message } from '../../shared/i18n/messages.js';
import type { previewToggleDe } from './toggle.messages.js';

/** English: the same keys as the German. */
export const previewToggleEn: Record<keyof typeof previewToggleDe, string> = {
  datasetSearchPreview: 'Preview',
  datasetSearchPreviewOf: 'Preview: {name}',
  datasetSearchPreviewLoading: 'Loading the preview …',
  datasetSearchPreviewCodeFailed:
    'The preview could not be loaded. Check the connection and try again.',
};
