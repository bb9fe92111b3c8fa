// The editor's token lives in this tab's sessionStorage only: never in a URL, never in
// localStorage, gone when the tab closes.
const TOKEN_KEY = 'saxon-admin-token';
const LOCALE_KEY = 'saxon-admin-locale';

export const session = {
  token(): string | undefined {
    return sessionStorage.getItem(TOKEN_KEY) ?? undefined;
  },
  keep(token: string) {
    sessionStorage.setItem(TOKEN_KEY, token);
  },
  forget() {
    sessionStorage.removeItem(TOKEN_KEY);
  },
  /** The chosen language is no secret, but it is kept per tab too. */
  locale(): string | undefined {
    return sessionStorage.getItem(LOCALE_KEY) ?? undefined;
  },
  keepLocale(locale: string) {
    sessionStorage.setItem(LOCALE_KEY, locale);
  },
};

/** The directory API next to the console (`<meta name="saxon-directory-api">`), absolute. */
export function apiBaseUrl(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="saxon-directory-api"]');
  return new URL(meta?.content || '/directory/v1', document.baseURI).href.replace(/\/$/, '');
}
