import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Language } from '@saxon-ai/sdk';
import { formatDate, formatMessage, formatNumber, formatWait } from './format.js';
import { resolveLang, unwatchLang, watchLang } from './lang-observer.js';
import { DEFAULT_LOCALE, lookupMessage, matchLocale } from './locales.js';
import type { MessageKey, MessageParams } from './messages.js';

/**
 * Gives an element its language and formats texts, numbers and dates in it. The language comes
 * from the element's `lang`, else the nearest ancestor's, else `<html lang>`; German when none is
 * set or none is registered. The element re-renders when any of those changes.
 */
export class Localizer implements ReactiveController {
  private locale = DEFAULT_LOCALE;
  private declared = '';

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
    watchLang(this.host, this.refresh);
    this.refresh();
  }

  hostDisconnected(): void {
    unwatchLang(this.host);
  }

  private readonly refresh = (): void => {
    const declared = resolveLang(this.host);
    const next = matchLocale(declared);
    if (next === this.locale && declared === this.declared) return;
    this.locale = next;
    this.declared = declared;
    this.host.requestUpdate();
  };
}
