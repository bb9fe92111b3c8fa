// Typed JSX for the Saxon widgets. React 19 sets a prop on a custom element as a property when the
// element has one of that name (`query`, `client`, `filters`), else as an attribute (`api-url`), and
// turns a function prop `on<event-name>` into `addEventListener('<event-name>', …)` — so
// `onsaxon-event-select` listens to `saxon-event-select`.
import type {
  DatasetSelectDetail,
  EventSelectDetail,
  SaxonActorMap,
  SaxonDatasetSearch,
  SaxonEventList,
} from '@saxon-ai/components';
import type { Actor } from '@saxon-ai/sdk';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

/** Detail of `saxon-actor-select` (the components package types it inline). */
export interface ActorSelectDetail {
  actor: Actor;
}

/** A handler of a widget's custom event. */
export type SaxonEventHandler<Detail> = (event: CustomEvent<Detail>) => void;

/** The usual HTML attributes, `ref`, `key`, `className` and `lang`. */
type ElementProps<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E>;

type DatasetSearchProps = ElementProps<SaxonDatasetSearch> & {
  portal?: 'sachsen' | 'govdata' | 'leipzig';
  'api-type'?: 'ckan' | 'entrystore';
  'api-url'?: SaxonDatasetSearch['apiUrl'];
  query?: SaxonDatasetSearch['query'];
  'page-size'?: number;
  facets?: string;
  sort?: 'relevance' | 'modified' | 'title';
  'sync-url'?: boolean | string;
  'heading-level'?: number;
  client?: SaxonDatasetSearch['client'];
  'onsaxon-dataset-select'?: SaxonEventHandler<DatasetSelectDetail>;
};

type ActorMapProps = ElementProps<SaxonActorMap> & {
  'api-url'?: SaxonActorMap['apiUrl'];
  client?: SaxonActorMap['client'];
  category?: string;
  topic?: SaxonActorMap['topic'];
  text?: SaxonActorMap['text'];
  ags?: SaxonActorMap['ags'];
  view?: SaxonActorMap['view'];
  tiles?: SaxonActorMap['tiles'];
  'tile-attribution'?: string;
  'consent-remember'?: boolean;
  'heading-level'?: number;
  'onsaxon-actor-select'?: SaxonEventHandler<ActorSelectDetail>;
};

type EventListProps = ElementProps<SaxonEventList> & {
  'api-url'?: SaxonEventList['apiUrl'];
  client?: SaxonEventList['client'];
  from?: string;
  to?: string;
  topic?: string;
  city?: string;
  organizer?: string;
  'attendance-mode'?: string;
  limit?: SaxonEventList['limit'];
  layout?: 'list' | 'compact' | 'cards';
  filters?: SaxonEventList['filters'];
  'heading-level'?: number;
  'onsaxon-event-select'?: SaxonEventHandler<EventSelectDetail>;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'saxon-dataset-search': DatasetSearchProps;
      'saxon-actor-map': ActorMapProps;
      'saxon-event-list': EventListProps;
    }
  }
}
