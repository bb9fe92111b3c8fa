/** Languages the SDK writes its error messages in. German is the default. */
export type Language = 'de' | 'en';

type Template = (details: Record<string, string | number | undefined>) => string;

const MESSAGES = {
  de: {
    http: ({ status, url }) => `Der Server antwortete mit HTTP ${status} (${url}).`,
    notFound: ({ url }) => `Nicht gefunden (${url}).`,
    unauthorized: ({ url }) =>
      `Anmeldung erforderlich: Das Zugangstoken fehlt, ist ungültig, abgelaufen oder widerrufen (${url}).`,
    forbidden: ({ url }) => `Keine Berechtigung für diese Aktion (${url}).`,
    conflict: ({ url }) => `Konflikt: Der Zustand erlaubt diese Aktion nicht (mehr) (${url}).`,
    preconditionFailed: ({ url }) =>
      `Der Eintrag wurde inzwischen geändert. Bitte neu laden und erneut entscheiden (${url}).`,
    rateLimit: ({ url, retryAfter }) =>
      retryAfter === undefined
        ? `Zu viele Anfragen (${url}). Bitte später erneut versuchen.`
        : `Zu viele Anfragen (${url}). Erneut versuchen in ${retryAfter} s.`,
    server: ({ status, url }) =>
      `Serverfehler HTTP ${status} (${url}). Bitte später erneut versuchen.`,
    network: ({ url }) => `Netzwerkfehler: Der Server ist nicht erreichbar (${url}).`,
    timeout: ({ url, ms }) => `Zeitüberschreitung nach ${ms} ms (${url}).`,
    invalidJson: ({ url, contentType }) =>
      `Die Antwort ist kein gültiges JSON (${contentType || 'ohne Content-Type'}, ${url}).`,
    tooLarge: ({ url, limit }) => `Die Antwort ist größer als ${limit} Bytes (${url}).`,
    validation: ({ url, count }) =>
      `Die Antwort entspricht nicht dem erwarteten Format: ${count} Abweichung(en) (${url}).`,
    unusable: ({ url }) =>
      `Die Antwort entspricht nicht dem erwarteten Format und lässt sich nicht verarbeiten (${url}).`,
    portal: ({ type, detail, url }) =>
      `Das Portal meldet einen Fehler: ${type}${detail ? ` – ${detail}` : ''}${url ? ` (${url})` : ''}.`,
  },
  en: {
    http: ({ status, url }) => `The server answered with HTTP ${status} (${url}).`,
    notFound: ({ url }) => `Not found (${url}).`,
    unauthorized: ({ url }) =>
      `Authentication required: the access token is missing, invalid, expired or revoked (${url}).`,
    forbidden: ({ url }) => `Not allowed to do this (${url}).`,
    conflict: ({ url }) => `Conflict: the current state does not allow this (${url}).`,
    preconditionFailed: ({ url }) =>
      `The entry has changed in the meantime. Reload it and decide again (${url}).`,
    rateLimit: ({ url, retryAfter }) =>
      retryAfter === undefined
        ? `Too many requests (${url}). Please try again later.`
        : `Too many requests (${url}). Try again in ${retryAfter} s.`,
    server: ({ status, url }) => `Server error HTTP ${status} (${url}). Please try again later.`,
    network: ({ url }) => `Network error: the server cannot be reached (${url}).`,
    timeout: ({ url, ms }) => `Timed out after ${ms} ms (${url}).`,
    invalidJson: ({ url, contentType }) =>
      `The response is not valid JSON (${contentType || 'no content type'}, ${url}).`,
    tooLarge: ({ url, limit }) => `The response is larger than ${limit} bytes (${url}).`,
    validation: ({ url, count }) =>
      `The response does not have the expected shape: ${count} issue(s) (${url}).`,
    unusable: ({ url }) =>
      `The response does not have the expected shape and cannot be processed (${url}).`,
    portal: ({ type, detail, url }) =>
      `The portal reports an error: ${type}${detail ? ` – ${detail}` : ''}${url ? ` (${url})` : ''}.`,
  },
} satisfies Record<Language, Record<string, Template>>;

export type MessageKey = keyof (typeof MESSAGES)['de'];

export function message(
  language: Language,
  key: MessageKey,
  details: Record<string, string | number | undefined>,
): string {
  return (MESSAGES[language] ?? MESSAGES.de)[key](details);
}
