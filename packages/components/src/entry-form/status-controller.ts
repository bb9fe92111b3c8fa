import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DirectoryClient, SubmissionStatus } from '@saxon-ai/sdk';
import { ConfigurationError } from '../shared/configuration-error.js';
import { apiBaseUrl } from '../shared/safe-url.js';
import { statusUrl, tokenFromHash } from './send-flow.js';

/** Where the status view stands. */
export type StatusState = 'loading' | 'loaded' | 'failed';

/** What the controller needs from the form. */
export interface StatusSource {
  /** The form's `api-url` (the status link is made from it). */
  apiUrl(): string;
  /** The client to ask through (throws `ConfigurationError` when not set up). */
  directory(): DirectoryClient;
}

/**
 * The status view's data: watches the page's fragment for `#eintrag-status=<token>`, loads the
 * submission's state through the SDK, and withdraws a pending one. The token never leaves the
 * page except to the directory's own status route.
 */
export class StatusController implements ReactiveController {
  /** The token in the page's fragment, or `undefined`: then the form shows. */
  token: string | undefined;
  state: StatusState = 'loading';
  status: SubmissionStatus | undefined;
  error: unknown;
  /** The last withdraw failed (an editor decided meanwhile, or the network). */
  withdrawError: unknown;
  withdrawing = false;
  private run = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: StatusSource,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.addEventListener?.('hashchange', this.onHashChange);
    this.onHashChange();
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('hashchange', this.onHashChange);
  }

  private readonly onHashChange = (): void => {
    const token = tokenFromHash(globalThis.location?.hash ?? '');
    if (token === this.token) return;
    this.token = token;
    this.status = undefined;
    this.host.requestUpdate();
    if (token) void this.load();
  };

  private url(token: string): string {
    const base = apiBaseUrl(this.source.apiUrl().trim());
    // The status route lies under `api-url`; a client passed as a property does not say where.
    if (!base) throw new ConfigurationError('api-url');
    return statusUrl(base, token);
  }

  /** Loads (again) the state of the submission in the fragment. */
  async load(): Promise<void> {
    const token = this.token;
    if (!token) return;
    const run = ++this.run;
    this.state = 'loading';
    this.withdrawError = undefined;
    this.host.requestUpdate();
    try {
      const status = await this.source.directory().submissions.status(this.url(token));
      if (run !== this.run) return;
      this.status = status;
      this.state = 'loaded';
    } catch (error) {
      if (run !== this.run) return;
      this.error = error;
      this.state = 'failed';
    }
    this.host.requestUpdate();
  }

  /** Withdraws the pending submission; on a conflict the view shows the editors' decision. */
  async withdraw(): Promise<void> {
    const token = this.token;
    if (!token || this.withdrawing) return;
    this.withdrawing = true;
    this.withdrawError = undefined;
    this.host.requestUpdate();
    try {
      this.status = await this.source.directory().submissions.withdraw(this.url(token));
    } catch (error) {
      this.withdrawError = error;
      if ((error as { code?: unknown }).code === 'conflict') void this.load();
    } finally {
      this.withdrawing = false;
      this.host.requestUpdate();
    }
  }

  /** Leaves the status view: drops the fragment from the address, the form shows. */
  close(): void {
    const url = new URL(globalThis.location.href);
    url.hash = '';
    globalThis.history.replaceState(globalThis.history.state, '', url.href.replace(/#$/, ''));
    this.onHashChange();
  }
}
