import type { DirectoryEvent } from './model.js';

/** Characters no file system takes in a name, and control characters. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_IN_FILE_NAMES = /[\u0000-\u001f\u007f\\/:*?"<>|]+/g;
const MAX_NAME_LENGTH = 80;

/** Percent-encoding of RFC 8187 (`filename*`): what `encodeURIComponent` leaves but attr-char lacks. */
const encodeExtValue = (text: string) =>
  encodeURIComponent(text).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/** The event's title as a file name ("Herbst-Hackathon KI & Open Data"), or `undefined` if nothing is left. */
function titleFileName(title: string): string | undefined {
  const name = [...title.replace(NOT_IN_FILE_NAMES, ' ').replace(/\s+/g, ' ').trim()]
    .slice(0, MAX_NAME_LENGTH)
    .join('')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  return name || undefined;
}

/**
 * `Content-Disposition` of one event's `.ics`: a download with a name of its own, so that "In den
 * Kalender" on two events does not save `saxon-ai-events.ics` twice. Browsers ignore the `download`
 * attribute of a link to another origin — the widget's page and the directory usually differ — so
 * the name has to come from here: the id as the plain-ASCII `filename`, the title in `filename*`
 * (RFC 6266, RFC 8187) for browsers that read it.
 */
export function calendarDownload(event: Pick<DirectoryEvent, 'id' | 'title'>): string {
  const fallback = `${event.id.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, MAX_NAME_LENGTH)}.ics`;
  const title = titleFileName(event.title);
  const extended = title ? `; filename*=UTF-8''${encodeExtValue(`${title}.ics`)}` : '';
  return `attachment; filename="${fallback}"${extended}`;
}
