// The console's bundle entry: registers <saxon-admin-console> once and styles the page around it
// with a constructed stylesheet (the CSP allows no <style> element and no style attribute).
import { SaxonAdminConsole } from './console-element.js';
import { pageStyles } from './styles.js';

if (pageStyles.styleSheet) {
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageStyles.styleSheet];
}
if (!customElements.get('saxon-admin-console')) {
  customElements.define('saxon-admin-console', SaxonAdminConsole);
}
