// The structure of ActorInput and EventInput (saxon-directory.yaml): which properties exist,
// their JSON types, lengths and list sizes. The same first pass the directory server makes
// (packages/directory-server/src/submissions/shapes.ts) before it checks the values' meaning.
import type { FieldError, FieldErrorCode } from '../http/errors.js';

export type Shape =
  | { type: 'string'; max: number; enum?: readonly string[] }
  | { type: 'number' }
  | { type: 'boolean' }
  | { type: 'array'; items: Shape; maxItems: number }
  | { type: 'object'; properties: Record<string, Shape>; required?: readonly string[] }
  | { type: 'organizer' };

const text = (max: number): Shape => ({ type: 'string', max });
const choice = (values: readonly string[]): Shape => ({ type: 'string', max: 50, enum: values });
const slugList: Shape = { type: 'array', items: text(100), maxItems: 50 };
const NUMBER: Shape = { type: 'number' };

export const ACTOR_SHAPE: Shape = {
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

export const EVENT_SHAPE: Shape = {
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
    organizers: { type: 'array', maxItems: 20, items: { type: 'organizer' } },
    topics: slugList,
    url: text(2000),
    registrationUrl: text(2000),
    language: text(35),
  },
};

export const SUBMITTER_SHAPE: Shape = {
  type: 'object',
  required: ['name', 'email'],
  properties: { name: text(200), email: text(254) },
};

const ORGANIZER_ID = text(100);
const ORGANIZER_NAME = text(200);

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

/** Structure errors of `value`, named by dotted paths relative to `path`. */
export function shapeErrors(value: unknown, shape: Shape, path = ''): FieldError[] {
  const errors: FieldError[] = [];
  const add = (name: string, code: FieldErrorCode, reason: string, limit?: number) => {
    // The whole input (not an object) is `(body)`, as the server names a PUT body.
    errors.push({ name: name || '(body)', reason, code, ...(limit !== undefined && { limit }) });
  };
  const check = (item: unknown, inner: Shape, at: string): void => {
    switch (inner.type) {
      case 'string':
        if (typeof item !== 'string') return add(at, 'invalid', 'must be a string');
        if (item.length > inner.max)
          return add(at, 'too_long', `must be at most ${inner.max} characters`, inner.max);
        if (inner.enum && !inner.enum.includes(item))
          add(at, 'invalid', `must be one of ${inner.enum.join(', ')}`);
        return;
      case 'number':
        if (typeof item !== 'number' || !Number.isFinite(item))
          add(at, 'invalid', 'must be a number');
        return;
      case 'boolean':
        if (typeof item !== 'boolean') add(at, 'invalid', 'must be true or false');
        return;
      case 'array':
        if (!Array.isArray(item)) return add(at, 'invalid', 'must be an array');
        if (item.length > inner.maxItems)
          return add(at, 'too_many', `must have at most ${inner.maxItems} items`, inner.maxItems);
        item.forEach((entry, index) => check(entry, inner.items, join(at, index)));
        return;
      case 'organizer': {
        // `{ id }` (an actor of the directory) or `{ name }` (anyone else), never both.
        if (!isRecord(item)) return add(at, 'invalid', 'must be an object');
        const id = item.id ?? undefined;
        const name = item.name ?? undefined;
        for (const key of Object.keys(item))
          if (key !== 'id' && key !== 'name')
            add(join(at, key), 'not_allowed', 'is not a property of this object');
        if (id !== undefined && name !== undefined)
          add(join(at, 'name'), 'not_allowed', 'give either id (a directory actor) or name');
        else if (id === undefined && name === undefined)
          add(join(at, 'name'), 'required', 'is required (or id, a directory actor)');
        if (id !== undefined) check(id, ORGANIZER_ID, join(at, 'id'));
        if (name !== undefined) check(name, ORGANIZER_NAME, join(at, 'name'));
        return;
      }
      case 'object': {
        if (!isRecord(item)) return add(at, 'invalid', 'must be an object');
        for (const key of inner.required ?? [])
          if (item[key] === undefined || item[key] === null)
            add(join(at, key), 'required', 'is required');
        for (const [key, entry] of Object.entries(item)) {
          const property = Object.hasOwn(inner.properties, key) ? inner.properties[key] : undefined;
          if (!property) add(join(at, key), 'not_allowed', 'is not a property of this object');
          else if (entry !== undefined && entry !== null) check(entry, property, join(at, key));
        }
      }
    }
  };
  check(value, shape, path);
  return errors;
}
