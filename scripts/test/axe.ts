// axe-core for the end-to-end tests (Playwright pages in Node): one way to run it, fast.
//
// `@axe-core/playwright`'s default mode runs `axe.runPartial` in every frame and then
// `axe.finishRun` in a new blank page of the same context, injecting axe-core (~600 kB) into both.
// On the CI machine that costs about three times what `axe.run` in the page costs (measured on the
// dataset search with its Kreis map open: 18–21 s against 6 s under load, the same violations,
// passes and incomplete results). The split only matters for cross-origin frames, which the
// legacy mode (`axe.run`, same-origin frames through axe's frame messenger) cannot reach. So: the
// legacy mode on a page without child frames, the default mode on any page that has one — every
// frame stays checked either way.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** What axe checks: the WCAG tags, and optionally the part of the page to check. */
export interface AxeScope {
  tags: readonly string[];
  /** An axe context to check instead of the whole document, as `AxeBuilder.include` takes it. */
  include?: Parameters<AxeBuilder['include']>[0];
}

/** The axe results of `page` for `scope`, run the faster way where that reaches every frame. */
export function axeResults(
  page: Page,
  { tags, include }: AxeScope,
): ReturnType<AxeBuilder['analyze']> {
  let builder = new AxeBuilder({ page }).withTags([...tags]);
  if (include !== undefined) builder = builder.include(include);
  return builder.setLegacyMode(page.frames().length === 1).analyze();
}

/** The violations of `page` as `rule: target, target…` lines; `[]` when there are none. */
export async function axeViolations(page: Page, scope: AxeScope): Promise<string[]> {
  const results = await axeResults(page, scope);
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
