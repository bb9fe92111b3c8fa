// The structure of `ActorInput` and `EventInput` (saxon-directory.yaml v1.1): which properties
// exist, their JSON types and lengths. The import's field readers (io/read-*.ts) then check the
// meaning (known topics, Saxony, http(s) links, dates); this pass makes the API strict where the
// import is lenient (no German enum names, no unknown properties, no numbers as strings).
import type { ParamErrors } from '../http/params.js';

export type Shape =
  | { type: 'string'; max: number; enum?: readonly string[] }
  | { type: 'number' }
  | { type: 'boolean' }
  | { type: 'array'; items: Shape; maxItems: number }
  | { type: 'object'; properties: Record<string, Shape>; required?: readonly string[] }
  /** An event's organiser: `{ id }` (an actor of the directory) or `{ name }`, never both. */
  | { type: 'organizer' };

const text = (max: number): Shape => ({ type: 'string', max });
const choice = (values: readonly string[]): Shape => ({ type: 'string', max: 50, enum: values });
const slugList: Shape = { type: 'array', items: text(100), maxItems: 50 };
const NUMBER: Shape = { type: 'number' };

/** Longest text: name 200, description 5000, other text 500 (fields are stricter where the import is), links 2000. */
export const ACTOR_INPUT: Shape = {
  type: 'object',
  required: ['name', 'category', 'address', 'location'],
  properties: {
    name: text(200),
    category: choice(['company', 'research', 'network', 'education']),
    subtype: text(200),
    description: text(5000),
    topics: slugList,
    offers: { type: 'array', items: choice(['hardware', 'software', 'services']), maxItems: 3 },
    address: {
      type: 'object',
      required: ['city'],
      properties: { street: text(200), postalCode: text(10), city: text(100), ags: text(12) },
    },
    location: {
      type: 'object',
      required: ['lat', 'lon', 'precision'],
      properties: { lat: NUMBER, lon: NUMBER, precision: choice(['address', 'campus', 'city']) },
    },
    website: text(2000),
    email: text(254),
  },
};

export const EVENT_INPUT: Shape = {
  type: 'object',
  required: ['title', 'start', 'allDay'],
  properties: {
    title: text(300),
    description: text(5000),
    start: text(40),
    end: text(40),
    allDay: { type: 'boolean' },
    timeZone: choice(['Europe/Berlin']),
    status: choice(['scheduled', 'cancelled', 'postponed', 'rescheduled']),
    attendanceMode: choice(['offline', 'online', 'mixed']),
    location: {
      type: 'object',
      required: ['city'],
      properties: {
        name: text(200),
        address: text(300),
        city: text(100),
        lat: NUMBER,
        lon: NUMBER,
      },
    },
    onlineUrl: text(2000),
    organizers: {
      type: 'array',
      maxItems: 20,
      items: { type: 'organizer' },
    },
    topics: slugList,
    url: text(2000),
    registrationUrl: text(2000),
    language: text(35),
  },
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks `value` against `shape`; each problem is recorded under its dotted path. */
export function checkShape(value: unknown, shape: Shape, path: string, errors: ParamErrors): void {
  switch (shape.type) {
    case 'string':
      if (typeof value !== 'string') return errors.add(path, 'must be a string', 'invalid');
      if (value.length > shape.max)
        return errors.add(path, `must be at most ${shape.max} characters`, 'too_long', shape.max);
      if (shape.enum && !shape.enum.includes(value))
        errors.add(path, `must be one of ${shape.enum.join(', ')}`, 'invalid');
      return;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value))
        errors.add(path, 'must be a number', 'invalid');
      return;
    case 'boolean':
      if (typeof value !== 'boolean') errors.add(path, 'must be true or false', 'invalid');
      return;
    case 'array':
      if (!Array.isArray(value)) return errors.add(path, 'must be an array', 'invalid');
      if (value.length > shape.maxItems)
        return errors.add(
          path,
          `must have at most ${shape.maxItems} items`,
          'too_many',
          shape.maxItems,
        );
      value.forEach((item, index) => checkShape(item, shape.items, `${path}.${index}`, errors));
      return;
    case 'organizer':
      return checkOrganizer(value, path, errors);
    case 'object': {
      if (!isObject(value)) return errors.add(path, 'must be an object', 'invalid');
      for (const key of shape.required ?? [])
        if (value[key] === undefined || value[key] === null)
          errors.add(`${path}.${key}`, 'is required', 'required');
      for (const [key, item] of Object.entries(value)) {
        const inner = Object.hasOwn(shape.properties, key) ? shape.properties[key] : undefined;
        if (!inner) errors.add(`${path}.${key}`, 'is not a property of this object', 'not_allowed');
        else if (item !== undefined && item !== null)
          checkShape(item, inner, `${path}.${key}`, errors);
      }
    }
  }
}

const ORGANIZER_ID = text(100);
const ORGANIZER_NAME = text(200);

function checkOrganizer(value: unknown, path: string, errors: ParamErrors): void {
  if (!isObject(value)) return errors.add(path, 'must be an object', 'invalid');
  const id = value.id ?? undefined;
  const name = value.name ?? undefined;
  for (const key of Object.keys(value))
    if (key !== 'id' && key !== 'name')
      errors.add(`${path}.${key}`, 'is not a property of this object', 'not_allowed');
  if (id !== undefined && name !== undefined)
    errors.add(`${path}.name`, 'give either id (a directory actor) or name', 'not_allowed');
  else if (id === undefined && name === undefined)
    errors.add(`${path}.name`, 'is required (or id, a directory actor)', 'required');
  if (id !== undefined) checkShape(id, ORGANIZER_ID, `${path}.id`, errors);
  if (name !== undefined) checkShape(name, ORGANIZER_NAME, `${path}.name`, errors);
}
