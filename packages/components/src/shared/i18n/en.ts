import type { de } from './de.js';
import type { Message } from './messages.js';

/** English. Keys and forms as in `de.ts`. */
export const en: Record<keyof typeof de, Message> = {
  loading: 'Loading …',
  empty: 'Nothing found.',
  retry: 'Try again',
  errorTitle: 'The data could not be loaded.',
  errorNetwork: 'The server cannot be reached. Please check your internet connection.',
  errorTimeout: 'The server did not answer in time.',
  errorRateLimited: 'The server is busy right now. Please try again {when}.',
  errorRateLimitedLater: 'The server is busy right now. Please try again later.',
  errorServer: 'An error occurred on the server.',
  errorNotFound: 'The requested data does not exist (any more).',
  errorInvalidResponse: 'The server sent data in an unexpected format.',
  errorTooLarge: 'The server’s answer is too large to show here.',
  errorGeneric: 'An unexpected error occurred.',
  errorNotConfigured:
    'This element is not set up: the attribute “{attribute}” is missing or invalid.',

  skipWidget: 'Skip {widget}',
  skipEnd: 'End of {widget}',
  pagerLabel: 'Pages',
  pagerPrevious: 'Previous page',
  pagerNext: 'Next page',
  pagerPage: 'Page {page}',
};
