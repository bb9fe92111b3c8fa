// Runs in the page (handed to Playwright's `page.evaluate`), so it must not close over anything
// from this module: everything it needs is inside the function.

/**
 * The composed DOM under `root` as text, one node a line, indented by depth, shadow roots
 * included (`#shadow-root (open)` below their host, before its light children):
 * - attributes sorted by name (their order carries no meaning; children keep theirs);
 * - Lit's markers (`<!--?lit$…$-->`, `<!---->`) left out, other comments kept;
 * - adjacent text (split only by Lit's markers) as one string, each run of white space collapsed
 *   to one space, as the browser lays it out; text of white space only becomes an empty line, so
 *   that `diff -B` can ignore exactly that (it matters between inline elements only);
 * - what a visitor changes without an attribute: a form control's value and checked state, and
 *   `[focused]` on the element that has the focus.
 *
 * @param {Element} root
 * @returns {string}
 */
export function serializeComposedDom(root) {
  const lines = [];
  const isLitMarker = (text) => text === '' || /^\?lit\$\d+\$$/.test(text);
  const text = (value) => JSON.stringify(value.replace(/\s+/g, ' '));

  let focused = document.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;

  const liveState = (element) => {
    const state = [];
    const tag = element.localName;
    if (tag === 'input' || tag === 'textarea' || tag === 'select') {
      state.push(`.value=${text(element.value)}`);
    }
    if (tag === 'input' && (element.type === 'checkbox' || element.type === 'radio')) {
      state.push(`.checked=${element.checked}`);
    }
    if (element === focused) state.push('[focused]');
    return state;
  };

  // Text split by Lit's markers lays out as one run of text, so it is written as one.
  const visitChildren = (nodes, depth) => {
    let pendingText = null;
    const flushText = () => {
      if (pendingText === null) return;
      lines.push(/^\s*$/.test(pendingText) ? '' : `${'  '.repeat(depth)}${text(pendingText)}`);
      pendingText = null;
    };
    for (const node of nodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        pendingText = (pendingText ?? '') + node.data;
      } else if (node.nodeType === Node.COMMENT_NODE && isLitMarker(node.data)) {
        continue;
      } else {
        flushText();
        visit(node, depth);
      }
    }
    flushText();
  };

  const visit = (node, depth) => {
    const indent = '  '.repeat(depth);
    if (node.nodeType === Node.COMMENT_NODE) {
      lines.push(`${indent}<!--${node.data}-->`);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const attributes = [...node.attributes]
      .map((attribute) => `${attribute.name}=${text(attribute.value)}`)
      .sort();
    lines.push(`${indent}<${[node.localName, ...attributes, ...liveState(node)].join(' ')}>`);
    if (node.shadowRoot) {
      lines.push(`${indent}  #shadow-root (${node.shadowRoot.mode})`);
      visitChildren(node.shadowRoot.childNodes, depth + 2);
    }
    // A template's content is a separate fragment, not its children.
    visitChildren(
      node.localName === 'template' ? node.content.childNodes : node.childNodes,
      depth + 1,
    );
  };

  visit(root, 0);
  return `${lines.join('\n')}\n`;
}

/**
 * Whether the story under `root` has settled: no element in the composed tree is `aria-busy`
 * (a widget's content area is, while it loads).
 *
 * @param {Element} root
 * @returns {boolean}
 */
export function isSettled(root) {
  const busy = (scope) => {
    if (scope.querySelector('[aria-busy="true"]')) return true;
    for (const element of scope.querySelectorAll('*')) {
      if (element.shadowRoot && busy(element.shadowRoot)) return true;
    }
    return false;
  };
  return !busy(root);
}
