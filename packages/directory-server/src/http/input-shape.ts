// The JSON types of ActorInput and EventInput (saxon-directory.yaml), checked strictly before the
// import's field readers check the values: an API caller gets `category: "research"` or an error,
// never the spreadsheet leniency (German names, "51,05" as a number) the import allows.
import { ATTENDANCE_MODES, CATEGORIES, EVENT_STATUSES } from '../model.js';

type Shape =
  | { type: 'string' | 'number' | 'boolean' }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'array'; items: Shape; maxItems: number }
  | { type: 'object'; properties: Record<string, Shape>; required: readonly string[] }
  | { type: 'oneOf'; shapes: Shape[] };

const string = { type: 'string' } as const;
const number = { type: 'number' } as const;
const enumOf = (values: readonly string[]): Shape => ({ type: 'enum', values });
const arrayOf = (items: Shape, maxItems = 50): Shape => ({ type: 'array', items, maxItems });
const object = (properties: Record<string, Shape>, required: readonly string[] = []): Shape => ({
  type: 'object',
  properties,
  required,
});

export const ACTOR_INPUT: Shape = object(
  {
    name: string,
    category: enumOf(CATEGORIES),
    subtype: string,
    description: string,
    topics: arrayOf(string),
    offers: arrayOf(enumOf(['hardware', 'software', 'services']), 3),
    address: object({ street: string, postalCode: string, city: string, ags: string }, ['city']),
    location: object(
      { lat: number, lon: number, precision: enumOf(['address', 'campus', 'city']) },
      ['lat', 'lon', 'precision'],
    ),
    website: string,
    email: string,
  },
  ['name', 'category', 'address', 'location'],
);

export const EVENT_INPUT: Shape = object(
  {
    title: string,
    description: string,
    start: string,
    end: string,
    allDay: { type: 'boolean' },
    timeZone: enumOf(['Europe/Berlin']),
    status: enumOf(EVENT_STATUSES),
    attendanceMode: enumOf(ATTENDANCE_MODES),
    location: object({ name: string, address: string, city: string, lat: number, lon: number }, [
      'city',
    ]),
    onlineUrl: string,
    organizers: arrayOf(
      {
        type: 'oneOf',
        shapes: [object({ id: string }, ['id']), object({ name: string }, ['name'])],
      },
      20,
    ),
    topics: arrayOf(string),
    url: string,
    registrationUrl: string,
    language: string,
  },
  ['title', 'start', 'allDay'],
);

export interface ShapeError {
  name: string;
  reason: string;
}

const kindOf = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

/** Type errors of `value` against `shape`, each named by its dotted path (`address.city`). */
export function shapeErrors(shape: Shape, value: unknown, path = ''): ShapeError[] {
  const at = (reason: string) => [{ name: path || '(body)', reason }];
  switch (shape.type) {
    case 'string':
    case 'number':
    case 'boolean':
      if (typeof value !== shape.type || (shape.type === 'number' && !Number.isFinite(value)))
        return at(`must be a ${shape.type}, not ${kindOf(value)}`);
      return [];
    case 'enum':
      return typeof value === 'string' && shape.values.includes(value)
        ? []
        : at(`must be one of ${shape.values.join(', ')}`);
    case 'array':
      if (!Array.isArray(value)) return at(`must be an array, not ${kindOf(value)}`);
      if (value.length > shape.maxItems) return at(`has more than ${shape.maxItems} items`);
      return value.flatMap((item, index) => shapeErrors(shape.items, item, `${path}.${index}`));
    case 'oneOf':
      return shape.shapes.some((option) => shapeErrors(option, value, path).length === 0)
        ? []
        : at('must be { id } (an actor of the directory) or { name }');
    case 'object': {
      if (kindOf(value) !== 'object') return at(`must be an object, not ${kindOf(value)}`);
      const record = value as Record<string, unknown>;
      const prefix = path ? `${path}.` : '';
      const errors: ShapeError[] = [];
      for (const key of Object.keys(record)) {
        if (!(key in shape.properties))
          errors.push({ name: `${prefix}${key}`, reason: 'is not a field of this object' });
      }
      for (const [key, inner] of Object.entries(shape.properties)) {
        if (record[key] === undefined) {
          if (shape.required.includes(key))
            errors.push({ name: `${prefix}${key}`, reason: 'is required' });
        } else errors.push(...shapeErrors(inner, record[key], `${prefix}${key}`));
      }
      return errors;
    }
  }
}

export const TOPIC_INPUT: Shape = object(
  { label: object({ de: string, en: string }, ['de', 'en']) },
  ['label'],
);
