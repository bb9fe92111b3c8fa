// The console's bundle entry: registers <saxon-admin-console> once.
import { SaxonAdminConsole } from './console-element.js';

if (!customElements.get('saxon-admin-console')) {
  customElements.define('saxon-admin-console', SaxonAdminConsole);
}
