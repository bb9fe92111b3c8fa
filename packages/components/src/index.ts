// The public surface of @saxon-ai/components: element classes and the helpers a page or a widget
// author needs. Importing it registers nothing; `@saxon-ai/components/define` does.
export { SaxonActorMap, type ActorSelectDetail } from './actor-map/actor-map.js';
export { SaxonDatasetSearch, type DatasetSelectDetail } from './dataset-search/dataset-search.js';
export { SaxonEntryForm } from './entry-form/entry-form.js';
export type { EntrySubmitDetail, EntrySubmittedDetail } from './entry-form/events.js';
export { SaxonEventList, type EventSelectDetail } from './event-list/event-list.js';
export { SaxonTopicList, type TopicSelectDetail } from './topic-list/topic-list.js';
export type {
  ContextChangeDetail,
  ContextFilters,
  ContextOrigin,
} from './shared/filter-context.js';

export { SaxonElement } from './shared/base-element.js';
export { SaxonEmptyState } from './shared/empty-state.js';
export { SaxonErrorPanel } from './shared/error-panel.js';
export { SaxonPager, pageWindow, type PageChangeDetail } from './shared/pager.js';
export { SaxonSkeleton } from './shared/skeleton.js';

export { defineElement } from './shared/define.js';
export { defineSharedElements } from './shared/define-shared.js';
export {
  DataController,
  type DataControllerOptions,
  type DataState,
} from './shared/data-controller.js';
export { renderStates, type StatesOptions } from './shared/states.js';
export { liveRegion } from './shared/live-region.js';
export { ConfigurationError } from './shared/configuration-error.js';
export { describeError } from './shared/error-message.js';

export { registerLocale, DEFAULT_LOCALE } from './shared/i18n/locales.js';
export { Localizer } from './shared/i18n/localizer.js';
export { TIME_ZONE } from './shared/i18n/format.js';
export type { Message, MessageKey, Messages, PluralMessage } from './shared/i18n/messages.js';

export { THEME_TOKENS, type ThemeToken } from './shared/theme-tokens.js';
export { themeStyles } from './shared/theme.js';
export { safeUrl } from './shared/safe-url.js';
export { markdownToText, markdownToPlainText, type TextBlock } from './shared/plain-text.js';
