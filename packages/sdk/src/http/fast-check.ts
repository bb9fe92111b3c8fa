import type { ZodMiniType } from 'zod/mini';
import { MISMATCH } from './answer-check.js';

/**
 * A zod schema turned once into plain closures, for the common case: an answer that matches. Since
 * issue 27 the read path uses checks generated at build time from the same rules
 * (scripts/check-emitter.mjs, src/generated/checks/) and needs no zod; these closures serve
 * `validate`, the write side's answers (admin and submissions), where zod is loaded anyway.
 *
 * zod/mini parses every field through a generic `run` with a payload and an issue list of its own
 * (zod's faster object parser compiles code with `new Function`, which zod/mini leaves out and a
 * strict CSP forbids). On a 1,000-dataset CKAN page that cost as much as `JSON.parse` itself. The
 * closures below check the same rules for the schema kinds the SDK uses and build the same output;
 * on anything else — a mismatch, a kind or check they do not know — they give up with `MISMATCH`
 * and the caller lets zod parse the whole answer. Kinds no read path uses (unions, records: only
 * the directory's editor side since issue 27) are zod's part by part, to keep this file small in
 * every bundle. A malformed answer thus still gets zod's typed issues with their paths. A
 * closure may give up where zod would accept, never accept where zod would refuse.
 */
export { MISMATCH } from './answer-check.js';

type Check = (value: unknown) => unknown;

interface Def {
  type: string;
  checks?: { _zod: { def: { check: string; format?: string; pattern?: RegExp } } }[];
  coerce?: boolean;
  innerType?: ZodMiniType;
  element?: ZodMiniType;
  shape?: Record<string, ZodMiniType>;
  catchall?: ZodMiniType;
  in?: ZodMiniType;
  out?: ZodMiniType;
  transform?: (value: unknown, payload: { value: unknown; issues: unknown[] }) => unknown;
  items?: ZodMiniType[];
  rest?: ZodMiniType | null;
  entries?: Record<string, unknown>;
  values?: unknown[];
  fn?: (value: unknown) => unknown;
}

const defOf = (schema: ZodMiniType) => schema._zod.def as unknown as Def;
const compiled = new WeakMap<ZodMiniType, Check>();

/** zod's own parse of one part, for kinds the closures do not cover. */
function byZod(schema: ZodMiniType): Check {
  return (value) => {
    const result = schema.safeParse(value);
    return result.success ? result.data : MISMATCH;
  };
}

function stringCheck(def: Def): Check | undefined {
  const patterns: RegExp[] = [];
  for (const check of def.checks ?? []) {
    const { check: kind, format, pattern } = check._zod.def;
    if (kind !== 'string_format' || format !== 'regex' || !pattern) return undefined;
    patterns.push(pattern);
  }
  if (!patterns.length) return (value) => (typeof value === 'string' ? value : MISMATCH);
  return (value) => {
    if (typeof value !== 'string') return MISMATCH;
    for (const pattern of patterns) {
      pattern.lastIndex = 0;
      if (!pattern.test(value)) return MISMATCH;
    }
    return value;
  };
}

/** Kinds checked inside the object loop, without a call: most fields of portal answers. */
const Leaf = { None: 0, String: 1, Number: 2, Unknown: 3 } as const;
type Leaf = (typeof Leaf)[keyof typeof Leaf];

function leafOf(schema: ZodMiniType): Leaf {
  const def = defOf(schema);
  if (def.checks?.length || def.coerce) return Leaf.None;
  if (def.type === 'string') return Leaf.String;
  if (def.type === 'number') return Leaf.Number;
  return def.type === 'unknown' || def.type === 'any' ? Leaf.Unknown : Leaf.None;
}

/** One field of an object schema, its `optional`/`nullable` wrappers taken apart. */
interface Field {
  key: string;
  /** zod leaves the key out when absent (`optional`). */
  mayBeAbsent: boolean;
  /** `optional(…)` whose inner schema is not optional itself: `undefined` stays `undefined`. */
  plainOptional: boolean;
  /** `nullable(…)` (inside the optional, if any): `null` stays `null`. */
  nullable: boolean;
  /** The kind, and the check, of what is left. */
  leaf: Leaf;
  check: Check;
}

function fieldOf(key: string, schema: ZodMiniType): Field {
  const mayBeAbsent = schema._zod.optin === 'optional' && schema._zod.optout === 'optional';
  let inner = schema;
  let plainOptional = false;
  let nullable = false;
  let def = defOf(inner);
  if (def.type === 'optional' && !def.checks?.length && def.innerType!._zod.optin === undefined) {
    plainOptional = true;
    inner = def.innerType!;
    def = defOf(inner);
  }
  if (def.type === 'nullable' && !def.checks?.length) {
    nullable = true;
    inner = def.innerType!;
  }
  return { key, mayBeAbsent, plainOptional, nullable, leaf: leafOf(inner), check: check(inner) };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The output of one present field, or `MISMATCH`: the common kinds checked without a call. */
function fieldResult(field: Field, input: unknown): unknown {
  if (input === null && field.nullable) return null;
  switch (field.leaf) {
    case Leaf.String:
      return typeof input === 'string' ? input : MISMATCH;
    case Leaf.Number:
      return typeof input === 'number' && Number.isFinite(input) ? input : MISMATCH;
    case Leaf.Unknown:
      return input;
    default:
      return field.check(input);
  }
}

/** `z.object` builds a new object of the known keys, in the shape's order; unknown ones left out. */
function strictObjectCheck(fields: Field[]): Check {
  return (value) => {
    if (!isPlainObject(value)) return MISMATCH;
    const output: Record<string, unknown> = {};
    for (const field of fields) {
      const key = field.key;
      const input = value[key];
      if (input === undefined) {
        // Absent: zod leaves the key out; there as `undefined`: zod keeps it.
        if (field.plainOptional) {
          if (key in value) output[key] = undefined;
          continue;
        }
        if (!(key in value)) {
          if (field.mayBeAbsent) continue;
          return MISMATCH;
        }
      }
      const result = fieldResult(field, input);
      if (result === MISMATCH) return MISMATCH;
      output[key] = result;
    }
    return output;
  };
}

/**
 * `z.looseObject` keeps the unknown keys too, so where no field changes, the answer itself is that
 * output: nothing to copy. The loop runs over the answer's keys rather than the shape's: portal
 * answers leave most optional fields out, and looking up a key an object lacks is the slow case.
 */
function looseObjectCheck(fields: Field[]): Check {
  const byKey = new Map(fields.map((field) => [field.key, field]));
  const required = fields.filter((field) => !field.mayBeAbsent).length;
  return (value) => {
    if (!isPlainObject(value)) return MISMATCH;
    let output: Record<string, unknown> | undefined;
    let requiredSeen = 0;
    for (const key in value) {
      const field = byKey.get(key);
      if (!field) {
        // zod would copy an own `__proto__` of the input as the output's prototype.
        if (key === '__proto__') return MISMATCH;
        continue;
      }
      if (!field.mayBeAbsent) requiredSeen++;
      const input = value[key];
      // Optional and there as `undefined`: zod keeps it, as the input does.
      if (input === undefined && field.plainOptional) continue;
      const result = fieldResult(field, input);
      if (result === MISMATCH) return MISMATCH;
      if (output) output[key] = result;
      else if (result !== input) output = { ...value, [key]: result };
    }
    return requiredSeen === required ? (output ?? value) : MISMATCH;
  };
}

function objectCheck(shape: Record<string, ZodMiniType>, loose: boolean): Check | undefined {
  if (Object.keys(shape).includes('__proto__')) return undefined;
  const fields = Object.keys(shape).map((key) => fieldOf(key, shape[key]!));
  return loose ? looseObjectCheck(fields) : strictObjectCheck(fields);
}

/** Arrays keep their elements' order; where no element changes, the input array is the output. */
function arrayCheck(element: Check): Check {
  return (value) => {
    if (!Array.isArray(value)) return MISMATCH;
    let output: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const result = element(item);
      if (result === MISMATCH) return MISMATCH;
      if (output) output[i] = result;
      else if (result !== item) {
        output = value.slice(0, i);
        output[i] = result;
      }
    }
    return output ?? value;
  };
}

function pipeCheck(def: Def): Check | undefined {
  const input = check(def.in!);
  const outDef = defOf(def.out!);
  if (outDef.type === 'transform') {
    const transform = outDef.transform!;
    return (value) => {
      const inner = input(value);
      if (inner === MISMATCH) return MISMATCH;
      const payload = { value: inner, issues: [] as unknown[] };
      const result = transform(inner, payload);
      return result instanceof Promise || payload.issues.length ? MISMATCH : result;
    };
  }
  const output = check(def.out!);
  return (value) => {
    const inner = input(value);
    return inner === MISMATCH ? MISMATCH : output(inner);
  };
}

function build(schema: ZodMiniType): Check | undefined {
  const def = defOf(schema);
  if (def.type !== 'string' && def.checks?.length) return undefined;
  switch (def.type) {
    case 'string':
      return def.coerce ? undefined : stringCheck(def);
    case 'number':
      return def.coerce
        ? undefined
        : (value) => (typeof value === 'number' && Number.isFinite(value) ? value : MISMATCH);
    case 'boolean':
      return def.coerce ? undefined : (value) => (typeof value === 'boolean' ? value : MISMATCH);
    case 'unknown':
    case 'any':
      return (value) => value;
    case 'enum':
    case 'literal': {
      const allowed = new Set(def.values ?? Object.values(def.entries!));
      return (value) => (allowed.has(value) ? value : MISMATCH);
    }
    case 'optional': {
      // zod hands `undefined` to an inner schema that is optional itself: leave that to zod.
      if (def.innerType!._zod.optin !== undefined) return undefined;
      const inner = check(def.innerType!);
      return (value) => (value === undefined ? undefined : inner(value));
    }
    case 'nullable': {
      const inner = check(def.innerType!);
      return (value) => (value === null ? null : inner(value));
    }
    case 'object': {
      const catchall = def.catchall && defOf(def.catchall).type;
      if (catchall && catchall !== 'unknown') return undefined;
      return objectCheck(def.shape!, catchall === 'unknown');
    }
    case 'array':
      return arrayCheck(check(def.element!));
    case 'pipe':
      return pipeCheck(def);
    case 'tuple': {
      if (def.rest || def.items!.some((item) => item._zod.optin)) return undefined;
      const items = def.items!.map(check);
      return (value) => {
        if (!Array.isArray(value) || value.length !== items.length) return MISMATCH;
        const output = new Array<unknown>(items.length);
        for (let i = 0; i < items.length; i++) {
          const result = items[i]!(value[i]);
          if (result === MISMATCH) return MISMATCH;
          output[i] = result;
        }
        return output;
      };
    }
    case 'custom': {
      // `z.custom(test)`: the value itself when `test` holds (a promise is zod's async case).
      const test = def.fn!;
      return (value) => {
        const passed = test(value);
        return passed && !(passed instanceof Promise) ? value : MISMATCH;
      };
    }
    default:
      return undefined;
  }
}

/** The closures of `schema`, built once per schema. */
function check(schema: ZodMiniType): Check {
  let found = compiled.get(schema);
  if (!found) {
    found = build(schema) ?? byZod(schema);
    compiled.set(schema, found);
  }
  return found;
}

/** `schema`'s output for `data` when it matches, or `MISMATCH` (then ask zod, for its issues). */
export function fastCheck(schema: ZodMiniType, data: unknown): unknown {
  return check(schema)(data);
}
