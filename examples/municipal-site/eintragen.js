// Musterstadt's own script for "KI-Akteur eintragen": a link such as
// `eintragen.html?aendern=tu-dresden` (e.g. from an entry on the map) opens the form as a change
// proposal for that entry. An external file: the page's Content-Security-Policy allows no inline
// script.
const entryId = new URLSearchParams(window.location.search).get('aendern');
const form = document.querySelector('saxon-entry-form');
// Directory ids are lowercase slugs; anything else is ignored and the form proposes a new entry.
if (form && entryId && entryId.length <= 100 && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(entryId)) {
  form.setAttribute('entry-id', entryId);
}
