import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Language } from '@saxon-ai/sdk';
import { formatDate, formatMessage, formatNumber, formatWait } from './format.js';
import { resolveLang, unwatchLang, watchLang } from './lang-observer.js';
import {
  DEFAULT_LOCALE,
  isLocaleLoaded,
  loadLocale,
  lookupMessage,
  matchLocale,
} from './locales.js';
import type { MessageKey, MessageParams } from './messages.js';

/**
 * Gives an element its language and formats texts, numbers and dates in it. The language comes
 * from the element's `lang`, else the nearest ancestor's, else `<html lang>`; German when none is
 * set or none is registered. The element re-renders when any of those changes.
 *
 * English texts are fetched on demand: while they load, the element keeps its language so far and
 * `loading` is the load (a `SaxonElement` holds its next render until then, so an English page never
 * shows German texts first). If they cannot be loaded, the element stays German — readable, and it
 * tries again when it is connected anew or a `lang` changes.
 */
export class Localizer implements ReactiveController {
  private locale = DEFAULT_LOCALE;
  private declared = '';
  private pending: Promise<void> | undefined;
  /** The locale whose texts failed to load, until the next try. */
  private failed: string | undefined;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  /** The registered locale in use, e.g. `de`, `en`, `hsb`. */
  get lang(): string {
    return this.locale;
  }

  /**
   * The language the page declares for the element's content (its own `lang`, an ancestor's or
   * `<html lang>`, as written), or `''` when none is declared. Content in another language needs
   * a `lang` of its own (see `contentLang`).
   */
  get declaredLang(): string {
    return this.declared;
  }

  /** While texts of the language the element asks for are fetched: settles when they are there or failed. */
  get loading(): Promise<void> | undefined {
    return this.pending;
  }

  /** The language to ask the APIs for (labels, error messages): English or else German. */
  get apiLanguage(): Language {
    return this.locale === 'en' || this.locale.startsWith('en-') ? 'en' : 'de';
  }

  /** The message `key` in the current language, with `params` filled in. */
  t(key: MessageKey, params?: MessageParams): string {
    return formatMessage(this.locale, lookupMessage(this.locale, key), params);
  }

  /** A number formatted for the current language. */
  number(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(this.locale, value, options);
  }

  /** A date or date-time in Europe/Berlin, formatted for the current language. */
  date(value: Date | string, options?: Intl.DateTimeFormatOptions): string {
    return formatDate(this.locale, value, options);
  }

  /** A wait from now ("in 10 Minuten"). */
  wait(seconds: number): string {
    return formatWait(this.locale, seconds);
  }

  hostConnected(): void {
    this.failed = undefined;
    watchLang(this.host, this.onLangChange);
    this.refresh();
  }

  hostDisconnected(): void {
    unwatchLang(this.host);
  }

  private readonly onLangChange = (): void => {
    this.failed = undefined;
    this.refresh();
  };

  private readonly refresh = (): void => {
    if (this.pending) return; // looks again once the texts are there
    const declared = resolveLang(this.host);
    let next = matchLocale(declared);
    if (next === this.failed) next = DEFAULT_LOCALE;
    else if (!isLocaleLoaded(next)) {
      const wanted = next;
      this.pending = loadLocale(wanted).then(
        () => {
          this.pending = undefined;
          this.refresh();
        },
        () => {
          this.pending = undefined;
          this.failed = wanted;
          this.refresh();
        },
      );
      return;
    }
    if (next === this.locale && declared === this.declared) return;
    this.locale = next;
    this.declared = declared;
    this.host.requestUpdate();
  };
}
