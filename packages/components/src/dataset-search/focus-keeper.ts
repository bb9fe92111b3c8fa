import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Target = () => HTMLElement | null | undefined;

/**
 * Keeps keyboard focus where a visitor expects it across re-renders of an element's shadow root:
 * - `after(target)`: focus `target()` after the next update (a closed detail's result link);
 * - `whenShown(target)`: the same, waiting for the update that shows it (a lazily loaded detail);
 * - `afterLoad(target)`: focus it once the next load has finished (the new page's summary);
 * - otherwise, when an update removed or moved the focused element (keyed lists move nodes, which
 *   drops focus), focus the element with the same `data-focus-key` again.
 */
export class FocusKeeper implements ReactiveController {
  private next: Target | undefined;
  private untilShown = false;
  private nextAfterLoad: Target | undefined;
  private keyBeforeUpdate: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly isLoading: () => boolean,
  ) {
    host.addController(this);
  }

  /** Focuses `target()` after the next update. */
  after(target: Target): void {
    this.next = target;
    this.untilShown = false;
  }

  /**
   * Focuses `target()` after the first update that shows it (a part whose code is still loading),
   * unless another focus move comes first.
   */
  whenShown(target: Target): void {
    this.next = target;
    this.untilShown = true;
  }

  /** Focuses `target()` when the load that is about to start has finished. */
  afterLoad(target: Target): void {
    this.nextAfterLoad = target;
  }

  hostUpdate(): void {
    const active = this.host.shadowRoot?.activeElement as HTMLElement | null | undefined;
    this.keyBeforeUpdate = active?.dataset['focusKey'];
  }

  hostUpdated(): void {
    const root = this.host.shadowRoot;
    if (!root) return;
    const target = this.next?.();
    if (target || !this.untilShown) this.next = undefined;
    if (target) {
      target.focus();
    } else if (this.nextAfterLoad && !this.isLoading()) {
      this.nextAfterLoad()?.focus();
      this.nextAfterLoad = undefined;
    } else if (this.keyBeforeUpdate && !root.activeElement) {
      root
        .querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(this.keyBeforeUpdate)}"]`)
        ?.focus();
    }
  }
}
