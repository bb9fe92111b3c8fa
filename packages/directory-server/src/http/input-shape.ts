// The JSON type of TopicInput (saxon-directory.yaml), checked strictly. ActorInput and EventInput
// share the submissions' structure pass (../submissions/shapes.ts), so every write route refuses
// an entry with the same names and codes.

type Shape =
  | { type: 'string' | 'number' | 'boolean' }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'array'; items: Shape; maxItems: number }
  | { type: 'object'; properties: Record<string, Shape>; required: readonly string[] }
  | { type: 'oneOf'; shapes: Shape[] };

const string = { type: 'string' } as const;
const object = (properties: Record<string, Shape>, required: readonly string[] = []): Shape => ({
  type: 'object',
  properties,
  required,
});

export interface ShapeError {
  name: string;
  reason: string;
  code?: 'invalid' | 'too_many' | 'not_allowed' | 'required' | 'pattern';
}

const kindOf = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

/** Type errors of `value` against `shape`, each named by its dotted path (`address.city`). */
export function shapeErrors(shape: Shape, value: unknown, path = ''): ShapeError[] {
  const at = (reason: string, code: ShapeError['code'] = 'invalid') => [
    { name: path || '(body)', reason, code },
  ];
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
      if (value.length > shape.maxItems)
        return at(`has more than ${shape.maxItems} items`, 'too_many');
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
          errors.push({
            name: `${prefix}${key}`,
            reason: 'is not a field of this object',
            code: 'not_allowed',
          });
      }
      for (const [key, inner] of Object.entries(shape.properties)) {
        if (record[key] === undefined) {
          if (shape.required.includes(key))
            errors.push({ name: `${prefix}${key}`, reason: 'is required', code: 'required' });
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
