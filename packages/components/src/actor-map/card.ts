// The actor card, loaded with `import()` when a card first opens (see card-part.ts): its view, the
// events and datasets sections, the plain text of descriptions (the Markdown reader) and its
// styles. The map's first paint does not wait for any of it.
export { renderDetail } from './detail.view.js';
export { renderCardSections } from './card-sections.view.js';
export { cardStyles as styles } from './card.styles.js';
