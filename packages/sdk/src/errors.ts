/** Languages the SDK writes its error messages in. */
export type Language = 'de' | 'en';

export interface SaxonErrorOptions {
  cause?: unknown;
}

/**
 * Base class of every error the SDK throws on purpose. Catch this to handle all SDK failures at
 * once; check the subclasses (or `code`) to tell them apart.
 */
export class SaxonError extends Error {
  /** A stable, machine-readable code for the kind of failure. */
  readonly code: string;

  constructor(code: string, message: string, options: SaxonErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
  }
}
