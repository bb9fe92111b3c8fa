/**
 * The page has not set up an element: a required attribute is missing or unusable. Shown like any
 * other failure, but without a retry button, since trying again cannot help.
 */
export class ConfigurationError extends Error {
  /** The attribute the webmaster has to set, e.g. `api-url`. */
  readonly attribute: string;

  constructor(attribute: string) {
    super(`<saxon-*>: the attribute "${attribute}" is missing or not a URL.`);
    this.name = 'ConfigurationError';
    this.attribute = attribute;
  }
}
