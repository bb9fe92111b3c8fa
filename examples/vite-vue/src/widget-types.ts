// Checked by `tsc` (root `pnpm typecheck` and this app's build script): the template types that
// `@saxon-ai/components/vue` gives each <saxon-…> tag. A wrong prop the types accept fails its
// `@ts-expect-error`. Not part of the app.
import type {} from '@saxon-ai/components/vue';
import type { GlobalComponents } from 'vue';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const actorMap: Props<'saxon-actor-map'> = {
  apiUrl: 'https://ki.example/directory/v1',
  view: 'list',
  onSaxonActorSelect: (event) => console.log(event.detail.actor.name),
};
export const eventList: Props<'saxon-event-list'> = {
  limit: 5,
  onSaxonEventSelect: (event) => console.log(event.detail.event.title, event.detail.origin),
};
export const entryForm: Props<'saxon-entry-form'> = {
  kind: 'event',
  onSaxonEntrySubmitted: (event) => console.log(event.detail.statusLink),
};

// @ts-expect-error the map's `view` is 'map' or 'list'
export const wrongView: Props<'saxon-actor-map'> = { view: 'globe' };
// @ts-expect-error `limit` is a number
export const wrongLimit: Props<'saxon-event-list'> = { limit: 'fünf' };
export const wrongDetail: Props<'saxon-topic-list'> = {
  // @ts-expect-error a topic's detail has no `actor`
  onSaxonTopicSelect: (event) => console.log(event.detail.actor),
};
