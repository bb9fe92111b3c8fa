// dist/cdn/saxon-widgets.js — the one script tag a webmaster needs: registers every element (Lit and
// the SDK bundled in) and offers the package's API to module scripts (`registerLocale`, …).
//   <script type="module" src="…/cdn/saxon-widgets.js"></script>
// scripts/build-cdn.mjs bundles every file in this folder; a widget adds `saxon-<widget>.ts` beside
// this one, its `define.ts` to ../define.ts (the npm package's) and here.
//
// The entry form (issue 23) is registered on first use (issue 27): most pages show no form, and
// with its municipalities and Kreis map it would be a third of this file. Its code is a chunk in
// chunks/ that ./lazy/define-on-use.ts imports as soon as a <saxon-entry-form> is on the page; its
// class is therefore not exported here — `await customElements.whenDefined('saxon-entry-form')`
// gives it (and loads it).
import { defineSharedElements } from '../shared/define-shared.js';
import '../actor-map/define.js';
import '../dataset-search/define.js';
import '../event-list/define.js';
import '../topic-list/define.js';
import { defineOnUse } from './lazy/define-on-use.js';

defineSharedElements();
defineOnUse('saxon-entry-form', () => import('./lazy/entry-form.js'));

// What ../index.ts exports, but the entry form's class (see above).
export { SaxonActorMap, type ActorSelectDetail } from '../actor-map/actor-map.js';
export { SaxonDatasetSearch, type DatasetSelectDetail } from '../dataset-search/dataset-search.js';
export type { EntrySubmitDetail, EntrySubmittedDetail } from '../entry-form/events.js';
export { SaxonEventList, type EventSelectDetail } from '../event-list/event-list.js';
export { SaxonTopicList, type TopicSelectDetail } from '../topic-list/topic-list.js';
export type {
  ContextChangeDetail,
  ContextFilters,
  ContextOrigin,
} from '../shared/filter-context.js';

export { SaxonElement } from '../shared/base-element.js';
export { SaxonEmptyState } from '../shared/empty-state.js';
export { SaxonErrorPanel } from '../shared/error-panel.js';
export { SaxonPager, pageWindow, type PageChangeDetail } from '../shared/pager.js';
export { SaxonSkeleton } from '../shared/skeleton.js';

export { defineElement } from '../shared/define.js';
export { defineSharedElements } from '../shared/define-shared.js';
export {
  DataController,
  type DataControllerOptions,
  type DataState,
} from '../shared/data-controller.js';
export { renderStates, type StatesOptions } from '../shared/states.js';
export { liveRegion } from '../shared/live-region.js';
export { ConfigurationError } from '../shared/configuration-error.js';
export { describeError } from '../shared/error-message.js';

export { registerLocale, DEFAULT_LOCALE } from '../shared/i18n/locales.js';
export { Localizer } from '../shared/i18n/localizer.js';
export { TIME_ZONE } from '../shared/i18n/format.js';
export type { Message, MessageKey, Messages, PluralMessage } from '../shared/i18n/messages.js';

export { THEME_TOKENS, type ThemeToken } from '../shared/theme-tokens.js';
export { themeStyles } from '../shared/theme.js';
export { safeUrl } from '../shared/safe-url.js';
export { markdownToText, markdownToPlainText, type TextBlock } from '../shared/plain-text.js';
