import { ConfigurationError } from './configuration-error.js';
import type { Localizer } from './i18n/localizer.js';

/**
 * What went wrong, in words for the visitor, per SDK error class. The SDK's stable `code` decides,
 * not `instanceof`, so an error from another copy of the SDK (a page with two bundles, or a client
 * the page passed in) is described just as well.
 */
export function describeError(error: unknown, i18n: Localizer): string {
  if (error instanceof ConfigurationError) {
    return i18n.t('errorNotConfigured', { attribute: error.attribute });
  }
  const { code, retryAfter } = (error ?? {}) as { code?: unknown; retryAfter?: unknown };
  switch (code) {
    case 'network_error':
      return i18n.t('errorNetwork');
    case 'timeout':
      return i18n.t('errorTimeout');
    case 'rate_limited':
      return typeof retryAfter === 'number' && retryAfter > 0
        ? i18n.t('errorRateLimited', { when: i18n.wait(retryAfter) })
        : i18n.t('errorRateLimitedLater');
    case 'server_error':
    case 'portal_error': // the portal answered that it failed, e.g. CKAN's `success: false`
      return i18n.t('errorServer');
    case 'not_found':
      return i18n.t('errorNotFound');
    case 'invalid_response':
    case 'invalid_json':
      return i18n.t('errorInvalidResponse');
    case 'response_too_large':
      return i18n.t('errorTooLarge');
    default:
      return i18n.t('errorGeneric');
  }
}

/** Whether loading again may help (not for a missing attribute). */
export function isRetryable(error: unknown): boolean {
  return !(error instanceof ConfigurationError);
}
