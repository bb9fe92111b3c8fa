// What the event list keeps in the page URL with `sync-url`: the visitor's filters and the
// selected event.
import type { AttendanceMode } from '@saxon-ai/sdk';
import { isOneOf } from '../shared/attributes.js';
import type { UrlStateCodec } from '../shared/url-state.js';
import { ATTENDANCE_MODES } from './attributes.js';

/** Everything a shared link or the back button restores. */
export interface EventUrlState {
  /** Topic ids (any of them matches); none for all topics. */
  topic: readonly string[];
  city: readonly string[];
  attendanceMode: readonly AttendanceMode[];
  /** The id of the event the visitor selected (the page shows it), if one is. */
  event?: string;
}

/** Longer values are not ids or places of this directory: the URL was not written by the list. */
const MAX_VALUE_LENGTH = 200;

const keys = (namespace: string) => ({
  topic: `${namespace}-topic`,
  city: `${namespace}-city`,
  mode: `${namespace}-mode`,
  event: `${namespace}-event`,
});

/** Values of one parameter: each once, none blank, none too long, none with a comma (the list separator). */
const usable = (values: string[]) => [
  ...new Set(
    values
      .map((value) => value.trim())
      .filter((v) => v && v.length <= MAX_VALUE_LENGTH && !v.includes(',')),
  ),
];

/**
 * How the list's state is written in the page URL (`ev-topic=robotics&ev-city=Leipzig&ev-mode=online
 * &ev-event=demo-nlp-meetup-leipzig`). What is missing is the default (all); what is invalid (an
 * unknown mode, a blank or overlong value) is left out, so that a hand-edited link still works.
 */
export const eventUrlCodec: UrlStateCodec<EventUrlState> = {
  keys: (namespace) => Object.values(keys(namespace)),
  read(params, namespace) {
    const k = keys(namespace);
    const [event] = usable(params.getAll(k.event));
    return {
      topic: usable(params.getAll(k.topic)),
      city: usable(params.getAll(k.city)),
      attendanceMode: usable(params.getAll(k.mode)).filter((mode) =>
        isOneOf(ATTENDANCE_MODES, mode),
      ),
      ...(event ? { event } : {}),
    };
  },
  write(params, namespace, state) {
    const k = keys(namespace);
    for (const topic of state.topic) params.append(k.topic, topic);
    for (const city of state.city) params.append(k.city, city);
    for (const mode of state.attendanceMode) params.append(k.mode, mode);
    if (state.event) params.set(k.event, state.event);
  },
};
