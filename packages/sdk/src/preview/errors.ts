// The preview's own failures, as typed errors beside the HTTP layer's (a 404 stays a NotFoundError).
import { SaxonError } from '../http/errors.js';
import type { Language } from '../http/messages.js';

/** Why a file cannot be shown as its format says. */
export type PreviewFormatProblem =
  'empty' | 'binary' | 'html' | 'unterminated_quote' | 'invalid_json' | 'not_geojson' | 'no_url';

const FORMAT_TEXT: Record<Language, Record<PreviewFormatProblem, string>> = {
  de: {
    empty: 'Die Datei ist leer.',
    binary: 'Die Datei enthält Binärdaten und ist keine Textdatei.',
    html: 'Der Server lieferte eine HTML-Seite statt der Datei.',
    unterminated_quote: 'Ein Anführungszeichen wird nicht geschlossen.',
    invalid_json: 'Die Datei ist kein gültiges JSON.',
    not_geojson: 'Die Datei ist kein GeoJSON (FeatureCollection, Feature oder Geometrie).',
    no_url: 'Die Distribution nennt keine http(s)-Adresse.',
  },
  en: {
    empty: 'The file is empty.',
    binary: 'The file holds binary data and is not a text file.',
    html: 'The server sent an HTML page instead of the file.',
    unterminated_quote: 'A quotation mark is never closed.',
    invalid_json: 'The file is not valid JSON.',
    not_geojson: 'The file is not GeoJSON (FeatureCollection, Feature or geometry).',
    no_url: 'The distribution names no http(s) address.',
  },
};

const lang = (language: Language | undefined): Language => (language === 'en' ? 'en' : 'de');
const where = (url: string | undefined) => (url ? ` (${url})` : '');

/**
 * The page may not read the file: the host sends no CORS permission, or the network failed before
 * any answer. Offer the download link instead — the browser can still open it.
 */
export class PreviewBlockedError extends SaxonError {
  constructor(details: { url: string; cause?: unknown; language?: Language }) {
    const text =
      lang(details.language) === 'en'
        ? 'The file cannot be read by this page: its server does not allow it (CORS) or cannot be reached'
        : 'Die Datei kann in dieser Seite nicht gelesen werden: Ihr Server erlaubt es nicht (CORS) oder ist nicht erreichbar';
    super('preview_blocked', `${text}${where(details.url)}.`, details);
  }
}

/** A JSON or GeoJSON file is larger than the cap; it is only useful whole. CSV truncates instead. */
export class PreviewTooLargeError extends SaxonError {
  /** The cap in bytes. */
  readonly limit: number;

  constructor(details: { url?: string; limit: number; language?: Language }) {
    const text =
      lang(details.language) === 'en'
        ? `The file is larger than the preview's limit of ${details.limit} bytes`
        : `Die Datei ist größer als die Grenze der Vorschau von ${details.limit} Bytes`;
    super('preview_too_large', `${text}${where(details.url)}.`, details);
    this.limit = details.limit;
  }
}

/** The file cannot be read as the format it claims (or the distribution has no usable link). */
export class PreviewFormatError extends SaxonError {
  readonly problem: PreviewFormatProblem;

  constructor(
    problem: PreviewFormatProblem,
    details: { url?: string; cause?: unknown; language?: Language } = {},
  ) {
    const text = FORMAT_TEXT[lang(details.language)][problem];
    super(
      'preview_format',
      details.url ? `${text.slice(0, -1)}${where(details.url)}.` : text,
      details,
    );
    this.problem = problem;
  }
}
