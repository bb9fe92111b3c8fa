// The detail view loads with `import()` on the first opening (dataset-search.ts): the first results
// carry none of its code, and while it loads — or when it cannot — the element shows a frame with
// the back button and placeholder bars, or why it failed and "Erneut versuchen".
import { html, LitElement } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { until } from '../../test/fixture.js';
import {
  datasetSearch,
  demoClient,
  part,
  parts,
  resultsShown,
} from '../../test/support/dataset-search.js';
import { Localizer } from '../shared/i18n/localizer.js';
import { LazyPart } from './lazy-part.js';
import { renderDetailPending } from './lazy-shells.view.js';
// Its texts, registered as the element does.
import './dataset-search.js';

/** Whether the page has fetched the detail view's module (a resource of Vite's dev server). */
const detailCodeFetched = () =>
  performance
    .getEntriesByType('resource')
    .some((entry) => new URL(entry.name).pathname.endsWith('/detail.view.ts'));

beforeEach(() => {
  document.documentElement.lang = 'de';
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('<saxon-dataset-search> detail on first opening', () => {
  it('fetches the detail view only when a result is opened', async () => {
    const el = await datasetSearch((e) => {
      e.client = demoClient('ckan');
      e.query = 'Luftqualität';
    });
    await resultsShown(el);
    expect(detailCodeFetched()).toBe(false);
    parts<HTMLAnchorElement>(el, 'result-link')[0]!.click();
    await until(() => expect(part(el, 'detail-title')).not.toBeNull());
    expect(detailCodeFetched()).toBe(true);
  });
});

/** A bare host for the frame, with a part whose load fails until `succeed` is set. */
class PendingHost extends LitElement {
  readonly i18n = new Localizer(this);
  succeed = false;
  loads = 0;
  closed = 0;
  readonly detailPart = new LazyPart(this, () => {
    this.loads++;
    return this.succeed ? Promise.resolve({ loaded: true }) : Promise.reject(new Error('offline'));
  });
  override render() {
    return this.detailPart.module
      ? html`<p class="loaded">geladen</p>`
      : renderDetailPending(this.i18n, this.detailPart, () => this.closed++);
  }
}
customElements.define('pending-detail-host', PendingHost);

describe('the frame while the detail view loads', () => {
  it('shows placeholder bars, then why it failed with a retry that loads it', async () => {
    const host = document.createElement('pending-detail-host') as PendingHost;
    document.body.append(host);
    await host.updateComplete;
    const root = host.shadowRoot!;
    expect(root.querySelector('saxon-skeleton')).not.toBeNull();
    expect(root.querySelector('[part="back-button"]')!.textContent).toContain(
      'Zurück zur Trefferliste',
    );

    await host.detailPart.load();
    await host.updateComplete;
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('Die Ansicht des Datensatzes konnte nicht geladen werden.');
    expect(root.querySelector('saxon-skeleton')).toBeNull();
    root.querySelector<HTMLButtonElement>('[part="back-button"]')!.click();
    expect(host.closed).toBe(1);

    host.succeed = true;
    root.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await until(() => expect(root.querySelector('.loaded')).not.toBeNull());
    expect(host.loads).toBe(2);
  });
});
