import { html, LitElement } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { LazyPart } from './lazy-part.js';

/** A part whose load the test settles by hand. */
function deferred() {
  let resolve!: (module: { label: string }) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<{ label: string }>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

let next = deferred();

class LazyHost extends LitElement {
  readonly lazy = new LazyPart(this, () => next.promise);
  renders = 0;

  override render() {
    this.renders++;
    void this.lazy.load();
    return html`<p>${this.lazy.module?.label ?? this.lazy.state}</p>`;
  }
}
customElements.define('saxon-test-lazy-host', LazyHost);

const text = (host: LazyHost) => host.shadowRoot!.querySelector('p')!.textContent;

afterEach(() => {
  document.body.replaceChildren();
  next = deferred();
});

describe('LazyPart', () => {
  it('renders the part once it is there', async () => {
    const host = document.body.appendChild(new LazyHost());
    await host.updateComplete;
    expect(text(host)).toBe('loading');
    next.resolve({ label: 'Karte' });
    await next.promise;
    await host.updateComplete;
    expect(text(host)).toBe('Karte');
  });

  it('changes nothing in an element that has left the page, and renders on its return', async () => {
    const host = document.body.appendChild(new LazyHost());
    await host.updateComplete;
    host.remove();
    const renders = host.renders;
    const changes: MutationRecord[] = [];
    const watcher = new MutationObserver((records) => changes.push(...records));
    watcher.observe(host.shadowRoot!, { subtree: true, childList: true, characterData: true });

    next.resolve({ label: 'Karte' });
    await next.promise;
    await host.updateComplete;
    expect(host.renders).toBe(renders);
    expect(changes).toEqual([]);
    expect(host.lazy.state).toBe('ready');

    document.body.append(host);
    await host.updateComplete;
    expect(text(host)).toBe('Karte');
    watcher.disconnect();
  });

  it('a failed load is not tried again by itself; retry() loads it', async () => {
    const host = document.body.appendChild(new LazyHost());
    await host.updateComplete;
    const failed = next;
    next = deferred();
    failed.reject(new Error('chunk missing'));
    await failed.promise.catch(() => undefined);
    await host.updateComplete;
    expect(text(host)).toBe('failed');
    host.requestUpdate();
    await host.updateComplete;
    expect(host.lazy.state).toBe('failed');

    const retried = host.lazy.retry();
    await host.updateComplete;
    expect(text(host)).toBe('loading');
    next.resolve({ label: 'Karte' });
    await retried;
    await host.updateComplete;
    expect(text(host)).toBe('Karte');
  });
});
