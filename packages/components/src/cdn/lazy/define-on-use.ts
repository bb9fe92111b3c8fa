// Registers a widget of the all-widgets script tag only once a page uses it (issue 27): most pages
// that load saxon-widgets.js show one or two widgets, and the entry form alone would otherwise be
// half of the file. `defineOnUse(tag, load)` calls `load` (an `import()` of the widget's chunk,
// whose module registers the tag) as soon as an element with that tag is anywhere on the page:
// in the document when the script runs, added later, or inside a shadow root — open or closed,
// attached before or after this script — or when page code awaits `customElements.whenDefined`.
// A chunk that does not load (offline, blocked, wrong hash) leaves no blank box: each element
// shows the shared error panel with "Erneut versuchen", and the retry loads the chunk again.
// Lives below src/cdn/lazy/, not in src/cdn/, because every file in src/cdn/ is a bundle.

/** What the error panel says when the chunk did not load: the server was unreachable. */
const LOAD_FAILED = { code: 'network_error' };

type State = 'waiting' | 'loading' | 'failed' | 'done';

export function defineOnUse(tag: string, load: () => Promise<unknown>): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  let state: State = 'waiting';
  /** Every element with the tag seen so far (to show the error on, and to clear it from). */
  const seen = new Set<Element>();
  /** The error panel (and its slot) put into an element's shadow root, by element. */
  const shown = new Map<Element, Node[]>();
  const watched = new WeakSet<Node>();

  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  });

  /** Looks at `node` and everything below it, shadow roots included, for the tag. */
  function scan(node: Element | Document | ShadowRoot): void {
    if (node instanceof Element) visit(node);
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_ELEMENT);
    for (let el = walker.nextNode(); el; el = walker.nextNode()) visit(el as Element);
  }

  function visit(el: Element): void {
    if (el.localName === tag) found(el);
    // An open shadow root made before this script ran, or a declarative one.
    if (el.shadowRoot) watch(el.shadowRoot);
  }

  function watch(root: Document | ShadowRoot): void {
    if (watched.has(root) || state === 'done') return;
    watched.add(root);
    observer.observe(root, { childList: true, subtree: true });
    scan(root);
  }

  function found(el: Element): void {
    if (seen.has(el)) return;
    seen.add(el);
    if (state === 'waiting') attempt();
    else if (state === 'failed') showError(el);
  }

  function attempt(): void {
    if (state === 'loading' || state === 'done') return;
    state = 'loading';
    load().then(
      () => {
        state = 'done';
        observer.disconnect();
        // The widget renders into the shadow root the panel used (Lit takes an existing one).
        for (const nodes of shown.values())
          for (const node of nodes) node.parentNode?.removeChild(node);
        shown.clear();
        seen.clear();
      },
      () => {
        state = 'failed';
        for (const el of seen) showError(el);
      },
    );
  }

  /** The error panel with its retry in `el`'s own shadow root; the fallback content stays shown. */
  function showError(el: Element): void {
    if (customElements.get(tag)) return;
    const existing = shown.get(el)?.[0] as (HTMLElement & { error?: unknown }) | undefined;
    if (existing) {
      // A retry that failed again: say so again.
      existing.error = { ...LOAD_FAILED };
      return;
    }
    if (el.shadowRoot && !shown.has(el)) return; // a shadow root of the page's own: not ours
    let root: ShadowRoot;
    try {
      root = el.attachShadow({ mode: 'open' });
    } catch {
      return; // a closed root of the page's own
    }
    const alert = document.createElement('div');
    alert.setAttribute('role', 'alert');
    alert.setAttribute('part', 'error');
    const panel = document.createElement('saxon-error-panel') as HTMLElement & { error?: unknown };
    panel.error = { ...LOAD_FAILED };
    alert.append(panel);
    // What the page wrote between the tags (a link to the form elsewhere) stays visible.
    const slot = document.createElement('slot');
    root.append(alert, slot);
    root.addEventListener('saxon-retry', attempt);
    shown.set(el, [alert, slot]);
  }

  // Every shadow root made from now on is watched too, closed ones included: the page's own
  // components may render the widget inside theirs. The original is called unchanged; once the
  // widget is defined, nothing more is done.
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
    const root = attachShadow.call(this, init);
    if (state !== 'done') watch(root);
    return root;
  };
  // Code that waits for the element before it adds one would otherwise wait forever (after a
  // failed load, asking again is a retry).
  const whenDefined = customElements.whenDefined;
  customElements.whenDefined = function (this: CustomElementRegistry, name: string) {
    if (name === tag) attempt();
    return whenDefined.call(this, name);
  };

  watch(document);
}
