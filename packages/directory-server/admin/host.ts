import type { DirectoryAdminClient, DirectoryClient } from '@saxon-ai/sdk/directory';
import type { ReactiveControllerHost } from 'lit';
import type { EntryKind } from './fields.js';
import type { Locale, MessageKey, Params } from './messages.js';
import type { Problem } from './problems.js';

/** Where the editor is. The token is never part of it (nor of any URL). */
export type Screen =
  | { name: 'queue' }
  | { name: 'submission'; id: string }
  | { name: 'entries' }
  | { name: 'entry'; kind: EntryKind; id: string }
  | { name: 'audit' };

/** What the screens' controllers get from the console element. */
export interface ConsoleHost extends ReactiveControllerHost {
  readonly admin: DirectoryAdminClient;
  readonly directory: DirectoryClient;
  readonly locale: Locale;
  readonly renderRoot: HTMLElement | DocumentFragment;
  t(key: MessageKey, params?: Params): string;
  /** Says something through the polite live region. */
  announce(text: string): void;
  /** Shows and announces a problem (assertive live region); `retry` offers a button. */
  fail(problem: Problem, retry?: () => void): void;
  /** Clears the problem shown. */
  clearProblem(): void;
  open(screen: Screen): void;
  formatDate(iso: string): string;
  /** Moves focus to the screen's heading (after its content changed under the editor). */
  focusHeading(): void;
}
