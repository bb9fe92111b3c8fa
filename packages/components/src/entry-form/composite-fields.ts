import type { ReactiveControllerHost } from 'lit';
import { addBuiltInMessages } from '../shared/i18n/locales.js';
import { dateTimeView } from './date-time.view.js';
import { entryFieldsDe, entryFieldsEn } from './fields.messages.js';
// Also for its `declare global`, which the published type declarations keep only through an import.
import './fields.messages.js';
import type { CompositeViews } from './fields.view.js';
import { LocationController } from './location-controller.js';
import { locationView } from './location.view.js';
import { TopicsController } from './topics-controller.js';
import { topicsView } from './topics.view.js';

/** The composite fields and their controllers for one form (23c): location, topics, dates. */
export interface CompositeFields extends Required<CompositeViews> {
  readonly topicsController: TopicsController;
  readonly locationController: LocationController;
}

/** Creates the controllers on `host` and the views that render from them. */
export function compositeFields(
  host: ReactiveControllerHost,
  { onTopicsLoaded }: { onTopicsLoaded?: (ids: readonly string[]) => void } = {},
): CompositeFields {
  // Here rather than at module level, so no bundler drops it as an unused side effect.
  addBuiltInMessages({ de: entryFieldsDe, en: entryFieldsEn });
  const topicsController = new TopicsController(host, onTopicsLoaded);
  const locationController = new LocationController(host);
  return {
    topicsController,
    locationController,
    location: (ctx) => locationView(ctx, locationController),
    topics: (ctx) => topicsView(ctx, topicsController),
    dates: (ctx) => dateTimeView(ctx),
  };
}
