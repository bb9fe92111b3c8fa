import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { MessageKey } from '../shared/i18n/messages.js';
import { fromContractSchedule, toContractSchedule, type ScheduleFields } from './berlin-time.js';
import { hintAndError, requiredMarker, textControl } from './controls.view.js';
import type { DraftValue } from './draft.js';
import type { FieldContext } from './field-context.js';

/** Form-only draft keys of the schedule; `start`, `end` and `allDay` are the contract's. */
const START_DATE = '_startDate';
const START_TIME = '_startTime';
const END_DATE = '_endDate';
const END_TIME = '_endTime';
const MULTI_DAY = '_multiDay';

const text = (value: DraftValue | undefined) => (typeof value === 'string' ? value : '');

/**
 * What the inputs show: the typed values once the visitor has touched the schedule, else the
 * values that give the draft's `start`/`end` (a prefilled change proposal), so nothing is guessed.
 */
export function scheduleOf(draft: Readonly<Record<string, DraftValue>>): {
  fields: ScheduleFields;
  multiDay: boolean;
} {
  if (typeof draft[START_DATE] === 'string') {
    const fields: ScheduleFields = {
      startDate: text(draft[START_DATE]),
      startTime: text(draft[START_TIME]),
      endDate: text(draft[END_DATE]),
      endTime: text(draft[END_TIME]),
      allDay: draft['allDay'] === true,
    };
    return { fields, multiDay: draft[MULTI_DAY] === true };
  }
  const fields = fromContractSchedule({
    start: text(draft['start']),
    end: text(draft['end']),
    allDay: draft['allDay'] === true,
  });
  return { fields, multiDay: fields.endDate !== '' };
}

/** The draft values after one change: every typed field plus the contract's schedule. */
export function scheduleDraft(
  current: { fields: ScheduleFields; multiDay: boolean },
  change: Partial<ScheduleFields> & { multiDay?: boolean },
): Record<string, DraftValue> {
  const multiDay = change.multiDay ?? current.multiDay;
  const fields = { ...current.fields, ...change };
  // One day: the end date is the start date; the typed last day is kept for switching back.
  const effective = multiDay ? fields : { ...fields, endDate: '' };
  const { schedule } = toContractSchedule(effective);
  return {
    [START_DATE]: fields.startDate,
    [START_TIME]: fields.startTime,
    [END_DATE]: fields.endDate,
    [END_TIME]: fields.endTime,
    [MULTI_DAY]: multiDay,
    allDay: fields.allDay,
    start: schedule.start,
    end: schedule.end,
  };
}

interface InputOptions {
  id: string;
  /** The draft path whose error this input shows (`start`, `end`), if any. */
  errorPath?: string;
  label: MessageKey;
  type: 'date' | 'time';
  value: string;
  required: boolean;
  onChange: (value: string) => void;
}

function dateTimeInput(ctx: FieldContext, options: InputOptions) {
  const { id, errorPath, label, type, value, required, onChange } = options;
  const error = errorPath ? ctx.errorFor(errorPath) : undefined;
  return html`<div class="field date-part" part="field">
    <label for=${id}>${ctx.msg(label)} ${requiredMarker(ctx, required)}</label>
    ${errorPath ? hintAndError(ctx, errorPath) : nothing}
    <input
      id=${id}
      type=${type}
      aria-required=${required ? 'true' : nothing}
      aria-invalid=${error ? 'true' : nothing}
      aria-describedby=${(errorPath && ctx.describedBy(errorPath)) || nothing}
      .value=${live(value)}
      @change=${(event: Event) => onChange((event.target as HTMLInputElement).value)}
      @input=${(event: Event) => onChange((event.target as HTMLInputElement).value)}
    />
  </div>`;
}

function checkbox(
  ctx: FieldContext,
  id: string,
  label: MessageKey,
  checked: boolean,
  onChange: (on: boolean) => void,
) {
  return html`<label class="check">
    <input
      type="checkbox"
      id=${id}
      .checked=${live(checked)}
      @change=${(event: Event) => onChange((event.target as HTMLInputElement).checked)}
    />
    ${ctx.msg(label)}
  </label>`;
}

/** Start and end in Europe/Berlin, all-day and multi-day, with the DST note where a time is skipped. */
function scheduleView(ctx: FieldContext) {
  const current = scheduleOf(ctx.draft);
  const { fields, multiDay } = current;
  const update = (change: Partial<ScheduleFields> & { multiDay?: boolean }) =>
    ctx.setMany(scheduleDraft(current, change));
  const { shifted } = toContractSchedule(multiDay ? fields : { ...fields, endDate: '' });
  const endOnTime = !multiDay;
  return html`<div class="schedule" part="field">
    <p class="hint">${ctx.msg('entryFieldTimeZoneHint')}</p>
    <div class="checks">
      ${checkbox(ctx, ctx.fieldId('allDay'), 'entryFieldAllDay', fields.allDay, (on) => update({ allDay: on }))}
      ${checkbox(ctx, ctx.fieldId(MULTI_DAY), 'entryFieldMultiDay', multiDay, (on) => update({ multiDay: on }))}
    </div>
    ${hintAndError(ctx, 'allDay')}
    <div class="date-row">
      ${dateTimeInput(ctx, {
        id: ctx.fieldId('start'),
        errorPath: 'start',
        label: multiDay ? 'entryFieldFirstDay' : 'entryFieldStartDate',
        type: 'date',
        value: fields.startDate,
        required: true,
        onChange: (startDate) => update({ startDate }),
      })}
      ${
        fields.allDay
          ? nothing
          : dateTimeInput(ctx, {
              id: ctx.fieldId(START_TIME),
              label: 'entryFieldStartTime',
              type: 'time',
              value: fields.startTime,
              required: true,
              onChange: (startTime) => update({ startTime }),
            })
      }
    </div>
    <div class="date-row">
      ${
        multiDay
          ? dateTimeInput(ctx, {
              id: ctx.fieldId('end'),
              errorPath: 'end',
              label: 'entryFieldLastDay',
              type: 'date',
              value: fields.endDate,
              required: true,
              onChange: (endDate) => update({ endDate }),
            })
          : nothing
      }
      ${
        fields.allDay
          ? nothing
          : dateTimeInput(ctx, {
              id: endOnTime ? ctx.fieldId('end') : ctx.fieldId(END_TIME),
              errorPath: endOnTime ? 'end' : undefined,
              label: 'entryFieldEndTime',
              type: 'time',
              value: fields.endTime,
              required: multiDay,
              onChange: (endTime) => update({ endTime }),
            })
      }
    </div>
    ${shifted.map(
      (shift) =>
        html`<p class="hint dst-note">${ctx.msg('entryFieldShiftedTime', { ...shift })}</p>`,
    )}
  </div>`;
}

const MODES: readonly { value: string; label: MessageKey }[] = [
  { value: 'offline', label: 'entryFieldAttendanceOffline' },
  { value: 'online', label: 'entryFieldAttendanceOnline' },
  { value: 'mixed', label: 'entryFieldAttendanceMixed' },
];

/** On site, online or hybrid, and the fields that go with it (venue for on site, link for online). */
function attendanceView(ctx: FieldContext) {
  const path = 'attendanceMode';
  const mode = text(ctx.value(path));
  const onSite = mode !== 'online';
  const online = mode === 'online' || mode === 'mixed';
  return html`<fieldset
      class="field group"
      part="field"
      aria-invalid=${ctx.errorFor(path) ? 'true' : nothing}
      aria-describedby=${ctx.describedBy(path) || nothing}
    >
      <legend>${ctx.msg('entryFieldAttendance')} ${requiredMarker(ctx, false)}</legend>
      ${hintAndError(ctx, path)}
      ${MODES.map(
        (choice, index) =>
          html`<label class="check">
            <input
              type="radio"
              name=${path}
              id=${index === 0 ? ctx.fieldId(path) : `${ctx.fieldId(path)}-${index}`}
              value=${choice.value}
              .checked=${live(mode === choice.value)}
              @change=${() => ctx.set(path, choice.value)}
            />
            ${ctx.msg(choice.label)}
          </label>`,
      )}
    </fieldset>
    ${
      onSite
        ? html`${textControl(ctx, {
            path: 'location.name',
            label: 'entryFieldVenue',
            hint: 'entryFieldVenueHint',
            maxLength: 200,
          })}
          ${textControl(ctx, {
            path: 'location.address',
            label: 'entryFieldVenueAddress',
            maxLength: 300,
          })}
          ${textControl(ctx, {
            path: 'location.city',
            label: 'entryFieldVenueCity',
            maxLength: 100,
          })}`
        : nothing
    }
    ${
      online
        ? textControl(ctx, {
            path: 'onlineUrl',
            label: 'entryFieldOnlineUrl',
            hint: 'entryFieldOnlineUrlHint',
            type: 'url',
            maxLength: 2000,
          })
        : nothing
    }`;
}

/** The event's "when and where": schedule in Europe/Berlin and attendance with its fields. */
export function dateTimeView(ctx: FieldContext) {
  return html`${scheduleView(ctx)} ${attendanceView(ctx)}`;
}
