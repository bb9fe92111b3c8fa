/** A page's window of the 1,000-event figure (page clock, ms). */
export interface EventWindow {
  from: number;
  to: number;
}

/** What the page noted: when `fetch()` handed over each answer, when each update ran. */
export interface EventPhaseNotes {
  answers: number[];
  updates: [start: number, end: number][];
}

/** One window split into phases that add up to it (ms). */
export interface EventPhases {
  window: number;
  answer: number;
  read: number;
  render: number;
  frame: number;
}

export declare function phasesOf(
  window: EventWindow,
  notes: EventPhaseNotes,
): EventPhases | undefined;
