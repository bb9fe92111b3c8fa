// Writes one zod/mini schema module out as plain checks (used by generate-checks.mjs). Each check
// takes a value and gives the schema's output, or `M` (MISMATCH) where zod would refuse it — or
// where the rules below are not sure, since the caller then lets zod decide. The rules are tested
// against zod in test/generated-checks.test.ts: a check may give up where zod accepts, never
// accept where zod refuses.
import { dirname, relative } from 'node:path';
import { inPlaceObjectBody } from './check-in-place.mjs';

const defOf = (schema) => schema._zod.def;
const isSchema = (value) => typeof value === 'object' && value !== null && '_zod' in value;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
/** `v.key`, or `v["key"]` where the key is no identifier. */
const prop = (object, key) =>
  IDENTIFIER.test(key) ? `${object}.${key}` : `${object}[${JSON.stringify(key)}]`;
/** A JSON object, not null nor an array (zod's `isObject`): `isObject` of http/answer-check.ts. */
const notObject = (v) => `(!isObject(${v}))`;

/** `actorPageSchema` → `checkActorPage`, `pageShape` → `checkPageShape`. */
export function checkName(exportName) {
  const base = exportName.replace(/Schema$/, '');
  return `check${base[0].toUpperCase()}${base.slice(1)}`;
}

/** A JS literal for an enum or literal value; undefined for values the checks do not compare. */
function literal(value) {
  if (typeof value === 'string' || typeof value === 'boolean' || value === null)
    return JSON.stringify(value);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** Kinds `expr` writes inline; the others get a function of their own. */
const LEAF_KINDS = new Set([
  'string',
  'number',
  'boolean',
  'unknown',
  'any',
  'enum',
  'literal',
  'optional',
  'nullable',
  'custom',
]);

class Emitter {
  constructor(rules, where) {
    /** Function → `{ file, name }` of the rule module that exports it. */
    this.rules = new Map();
    for (const { file, exports } of rules)
      for (const [name, value] of Object.entries(exports))
        if (typeof value === 'function') this.rules.set(value, { file, name });
    this.where = where;
    this.imports = new Map(); // rule file → Set of names
    this.functions = []; // source of each check function
    this.bySchema = new Map(); // schema → function name
    this.byBody = new Map(); // function body → function name (same code, one function)
    this.regexes = new Map(); // regex source → constant name
    this.sets = new Map(); // enum values → constant name
  }

  fail(path, why) {
    throw new Error(`generate-checks: ${this.where} ${path.join('.') || '(root)'}: ${why}`);
  }

  /** The name under which the generated code calls a transform or predicate. */
  rule(fn, path, kind) {
    const found = this.rules.get(fn);
    if (!found)
      this.fail(
        path,
        `the ${kind} is not exported by name from a rule module (schema-rules.ts): ` +
          'write it there as a named export and pass that function itself to zod',
      );
    if (!this.imports.has(found.file)) this.imports.set(found.file, new Set());
    this.imports.get(found.file).add(found.name);
    return found.name;
  }

  /** True when a matching value is its own output (no copy, nothing transformed). */
  preserves(schema) {
    const def = defOf(schema);
    switch (def.type) {
      case 'string':
      case 'number':
      case 'boolean':
      case 'unknown':
      case 'any':
      case 'enum':
      case 'literal':
      case 'custom':
        return true;
      case 'optional':
      case 'nullable':
        return this.preserves(def.innerType);
      case 'array':
        return this.preserves(def.element);
      case 'object':
        return (
          def.catchall !== undefined &&
          Object.values(def.shape).every((field) => this.preserves(field))
        );
      case 'union':
        return def.options.every((option) => this.preserves(option));
      default:
        return false;
    }
  }

  /** True when the check refuses `undefined` (then an absent key needs no test of its own). */
  refusesUndefined(schema) {
    const def = defOf(schema);
    switch (def.type) {
      case 'string':
      case 'number':
      case 'boolean':
      case 'enum':
      case 'literal':
      case 'object':
      case 'array':
      case 'tuple':
      case 'union':
        return true;
      case 'nullable':
        return this.refusesUndefined(def.innerType);
      case 'pipe':
        return this.refusesUndefined(def.in);
      default:
        return false;
    }
  }

  /**
   * A boolean expression of `v` that holds when `schema` (one that `preserves`) takes `v`: the
   * output is then `v` itself, so the code only tests.
   */
  test(schema, v, path) {
    const def = defOf(schema);
    if (def.type !== 'string' && def.checks?.length) this.fail(path, `checks on ${def.type}`);
    if (def.coerce) this.fail(path, `coercion (${def.type})`);
    switch (def.type) {
      case 'string': {
        const tests = this.regexTests(def, v, path);
        return `(typeof ${v} === 'string'${tests})`;
      }
      case 'number':
        // false for anything but a finite number (no coercion), as zod's number
        return `Number.isFinite(${v})`;
      case 'boolean':
        return `(typeof ${v} === 'boolean')`;
      case 'unknown':
      case 'any':
        return 'true';
      case 'enum':
      case 'literal':
        return this.oneOf(def, v, path);
      case 'optional':
        if (def.innerType._zod.optin !== undefined) this.fail(path, 'optional of an optional');
        return `(${v} === undefined || ${this.test(def.innerType, v, path)})`;
      case 'nullable':
        return `(${v} === null || ${this.test(def.innerType, v, path)})`;
      case 'custom':
        return `!!${this.rule(def.fn, path, 'predicate (z.custom)')}(${v})`;
      default:
        return `${this.function(schema, path)}(${v}) !== M`;
    }
  }

  regexTests(def, v, path) {
    return (def.checks ?? [])
      .map((check) => {
        const { check: kind, format, pattern } = check._zod.def;
        if (kind !== 'string_format' || format !== 'regex' || !pattern)
          this.fail(path, `string check ${kind} ${format ?? ''}`);
        if (pattern.global || pattern.sticky) this.fail(path, 'a global or sticky regex');
        return ` && ${this.regex(pattern)}.test(${v})`;
      })
      .join('');
  }

  /** An enum's or literal's values: one compared, more looked up in a Set (zod uses one too). */
  oneOf(def, v, path) {
    const values = def.values ?? Object.values(def.entries);
    const written = values.map(literal);
    if (!values.length || written.includes(undefined))
      this.fail(path, `${def.type} values other than strings, finite numbers, booleans, null`);
    if (written.length === 1) return `(${v} === ${written[0]})`;
    const list = `[${written.join(', ')}]`;
    if (!this.sets.has(list)) this.sets.set(list, `SET${this.sets.size}`);
    return `${this.sets.get(list)}.has(${v})`;
  }

  /** An expression of `v` (an identifier) that gives the output of `schema`, or `M`. */
  expr(schema, v, path) {
    const def = defOf(schema);
    if (LEAF_KINDS.has(def.type) && this.preserves(schema))
      return `(${this.test(schema, v, path)} ? ${v} : M)`;
    switch (def.type) {
      case 'optional':
        if (def.innerType._zod.optin !== undefined) this.fail(path, 'optional of an optional');
        return `(${v} === undefined ? undefined : ${this.expr(def.innerType, v, path)})`;
      case 'nullable':
        return `(${v} === null ? null : ${this.expr(def.innerType, v, path)})`;
      default:
        return `${this.function(schema, path)}(${v})`;
    }
  }

  regex(pattern) {
    const source = pattern.toString();
    if (!this.regexes.has(source)) this.regexes.set(source, `RE${this.regexes.size}`);
    return this.regexes.get(source);
  }

  /** The name of the function that checks `schema`, written once per schema (and per body). */
  function(schema, path) {
    const known = this.bySchema.get(schema);
    if (known) return known;
    const body = this.body(schema, path);
    let name = this.byBody.get(body);
    if (!name) {
      name = `c${this.functions.length}`;
      this.byBody.set(body, name);
      this.functions.push(`function ${name}(v: any): unknown {\n${body}\n}`);
    }
    this.bySchema.set(schema, name);
    return name;
  }

  body(schema, path) {
    const def = defOf(schema);
    switch (def.type) {
      case 'object':
        return this.objectBody(def, path);
      case 'array':
        return this.arrayBody(def, path);
      case 'tuple':
        return this.tupleBody(def, path);
      case 'pipe':
        return this.pipeBody(def, path);
      case 'union':
        return this.discriminatedBody(def, path);
      default:
        // A kind written as an expression (string, enum, optional, …), exported on its own.
        if (!LEAF_KINDS.has(def.type)) this.fail(path, `the schema kind ${def.type}`);
        return `return ${this.expr(schema, 'v', path)};`;
    }
  }

  /** One field: what zod does with it absent, present as `undefined`, or present. */
  field(key, schema) {
    const def = defOf(schema);
    const mayBeAbsent = schema._zod.optin === 'optional' && schema._zod.optout === 'optional';
    const plainOptional =
      def.type === 'optional' && !def.checks?.length && def.innerType._zod.optin === undefined;
    return { key, schema, def, mayBeAbsent, plainOptional };
  }

  objectBody(def, path) {
    const catchall = def.catchall && defOf(def.catchall).type;
    if (catchall && catchall !== 'unknown')
      this.fail(path, `an object with a ${catchall} catchall`);
    const keys = Object.keys(def.shape);
    if (keys.includes('__proto__')) this.fail(path, 'a field named __proto__');
    const fields = keys.map((key) => this.field(key, def.shape[key]));
    if (catchall) return this.looseBody(fields, path);
    const inPlace = this.inPlace ? inPlaceObjectBody(this, fields, path, prop) : undefined;
    return inPlace ?? this.strictBody(fields, path);
  }

  /**
   * `z.object`: a new object of the known keys; unknown keys left out. The fields that must be
   * there and come out as they went in are copied in one object literal and tested together.
   */
  strictBody(fields, path) {
    const plain = (field) =>
      !field.mayBeAbsent && this.refusesUndefined(field.schema) && this.preserves(field.schema);
    const copied = fields.filter(plain);
    const lines = [
      `if ${notObject('v')} return M;`,
      `const o: any = { ${copied.map((f) => `${JSON.stringify(f.key)}: ${prop('v', f.key)}`).join(', ')} };`,
    ];
    if (copied.length)
      lines.push(
        `if (!(${copied.map((f) => this.test(f.schema, prop('o', f.key), [...path, f.key])).join(' && ')})) return M;`,
      );
    const rest = fields.filter((field) => !plain(field));
    const needsX = (field) =>
      !field.plainOptional && !(this.refusesUndefined(field.schema) && !field.mayBeAbsent);
    if (rest.some(needsX)) lines.push('let x: any;');
    for (const field of rest) {
      const at = [...path, field.key];
      const write = prop('o', field.key);
      const has = `${JSON.stringify(field.key)} in v`;
      if (field.plainOptional) {
        const inner = this.function(field.def.innerType, at);
        lines.push(`if (!optionalField(v, o, ${JSON.stringify(field.key)}, ${inner})) return M;`);
        this.usesOptionalField = true;
        continue;
      }
      const check = `if ((${write} = ${this.expr(field.schema, 'x', at)}) === M) return M;`;
      if (this.refusesUndefined(field.schema) && !field.mayBeAbsent) {
        const read = prop('v', field.key);
        lines.push(`if ((${write} = ${this.expr(field.schema, read, at)}) === M) return M;`);
        continue;
      }
      lines.push(`x = ${prop('v', field.key)};`);
      if (field.mayBeAbsent) lines.push(`if (x !== undefined || ${has}) { ${check} }`);
      else lines.push(`if (x === undefined && !(${has})) return M;`, check);
    }
    lines.push('return o;');
    return lines.join('\n');
  }

  /**
   * `z.looseObject`: unknown keys pass through, so where no field changes, the value itself is the
   * output. The loop runs over the value's keys (portal answers leave most optional fields out).
   */
  looseBody(fields, path) {
    const required = fields.filter((field) => !field.mayBeAbsent).length;
    const copies = !fields.every((field) => this.preserves(field.schema));
    const cases = fields.map((field) => {
      const at = [...path, field.key];
      const label = `case ${JSON.stringify(field.key)}:`;
      const count = field.mayBeAbsent ? '' : 'seen++; ';
      const read = `x = ${prop('v', field.key)};`;
      if (!copies) {
        // Nothing changes: test, and on to the next key.
        const schema = field.plainOptional ? field.def.innerType : field.schema;
        const skip = field.plainOptional ? 'x !== undefined && ' : '';
        return `${label} ${count}${read} if (${skip}!(${this.test(schema, 'x', at)})) return M; continue;`;
      }
      if (field.plainOptional)
        return `${label} ${count}${read} if (x === undefined) continue; r = ${this.expr(field.def.innerType, 'x', at)}; break;`;
      return `${label} ${count}${read} r = ${this.expr(field.schema, 'x', at)}; break;`;
    });
    return [
      `if ${notObject('v')} return M;`,
      `let seen = 0, x: any${copies ? ', r: any, o: any' : ''};`,
      'for (const k in v) {',
      'switch (k) {',
      ...cases,
      // zod would copy an own `__proto__` of the input as the output's prototype.
      "case '__proto__': return M;",
      'default: continue;',
      '}',
      ...(copies
        ? ['if (r === M) return M;', 'if (o) o[k] = r; else if (r !== x) o = { ...v, [k]: r };']
        : []),
      '}',
      `return seen === ${required} ? ${copies ? 'o ?? v' : 'v'} : M;`,
    ].join('\n');
  }

  /** Arrays keep their order; where no element changes, the input array is the output. */
  arrayBody(def, path) {
    if (this.preserves(def.element)) {
      const test = this.test(def.element, 'x', [...path, '[]']);
      if (test === 'true') return 'return Array.isArray(v) ? v : M;';
      return [
        'if (!Array.isArray(v)) return M;',
        `for (let i = 0; i < v.length; i++) { const x = v[i]; if (!(${test})) return M; }`,
        'return v;',
      ].join('\n');
    }
    this.usesArrayOf = true;
    return `return arrayOf(v, ${this.function(def.element, [...path, '[]'])});`;
  }

  tupleBody(def, path) {
    if (def.rest || def.items.some((item) => item._zod.optin))
      this.fail(path, 'a tuple with a rest or optional items');
    const items = def.items.map((item, i) => this.expr(item, `v[${i}]`, [...path, String(i)]));
    return [
      `if (!Array.isArray(v) || v.length !== ${items.length}) return M;`,
      ...items.map((item, i) => `const r${i} = ${item}; if (r${i} === M) return M;`),
      // checked in place (see check-in-place.mjs): each item its own output, the value is zod's
      ...(this.inPlace && items.length
        ? [`if (${items.map((_, i) => `r${i} === v[${i}]`).join(' && ')}) return v;`]
        : []),
      `return [${items.map((_, i) => `r${i}`).join(', ')}];`,
    ].join('\n');
  }

  pipeBody(def, path) {
    const input = this.expr(def.in, 'v', path);
    const out = defOf(def.out);
    const output =
      out.type === 'transform'
        ? `${this.rule(out.transform, path, 'transform')}(a)`
        : this.expr(def.out, 'a', path);
    return [`const a: any = ${input};`, `return a === M ? M : ${output};`].join('\n');
  }

  /** `z.discriminatedUnion`: the option whose literal the discriminator holds, else a mismatch. */
  discriminatedBody(def, path) {
    if (typeof def.discriminator !== 'string' || def.unionFallback)
      this.fail(path, 'a union other than a discriminated union without fallback');
    const seen = new Set();
    const cases = def.options.map((option, i) => {
      const optionDef = defOf(option);
      const tag = optionDef.type === 'object' && optionDef.shape[def.discriminator];
      const tagDef = tag && defOf(tag);
      if (!tagDef || tagDef.type !== 'literal' || tagDef.checks?.length)
        this.fail(path, `option ${i}: the discriminator is no plain literal`);
      const labels = tagDef.values.map((value) => {
        const written = literal(value);
        if (written === undefined || seen.has(written))
          this.fail(path, `option ${i}: discriminator value ${String(value)}`);
        seen.add(written);
        return `case ${written}:`;
      });
      return `${labels.join(' ')} return ${this.function(option, [...path, String(i)])}(v);`;
    });
    return [
      `if ${notObject('v')} return M;`,
      `switch (${prop('v', def.discriminator)}) {`,
      ...cases,
      'default: return M;',
      '}',
    ].join('\n');
  }
}

/**
 * The source of the generated checks of one schema module (before prettier); the schemas named in
 * `inPlace` are checked in place (check-in-place.mjs).
 */
export function emitModule({ schemaFile, outFile, schemas, rules, inPlace = [] }) {
  const emitter = new Emitter(rules, schemaFile);
  const exported = Object.entries(schemas).filter(([, value]) => isSchema(value));
  const checks = exported.map(([name, schema]) => {
    // the objects and tuples of an answer checked in place are given back as they are
    emitter.inPlace = inPlace.includes(name);
    const fn = emitter.function(schema, [name]);
    emitter.inPlace = false;
    return { name, fn };
  });
  const from = (file) => {
    const path = relative(dirname(`src/${outFile}`), `src/${file}`).replace(/\.ts$/, '.js');
    return path.startsWith('.') ? path : `./${path}`;
  };
  const schemaPath = from(schemaFile);
  const lines = [
    `// Generated by scripts/generate-checks.mjs from src/${schemaFile}. Do not edit by hand: change`,
    '// the schemas and run `pnpm --filter @saxon-ai/sdk generate`. Each check gives the output of',
    '// its zod schema, or MISMATCH (then zod, loaded on demand, decides and names the issues).',
    "import type { output } from 'zod/mini';",
    `import { ${[
      ...(emitter.usesArrayOf ? ['arrayOf'] : []),
      'isObject',
      'MISMATCH as M',
      ...(emitter.usesOptionalField ? ['optionalField'] : []),
    ].join(', ')}, type AnswerCheck } from '${from('http/answer-check.ts')}';`,
    ...[...emitter.imports].map(
      ([file, names]) => `import { ${[...names].sort().join(', ')} } from '${from(file)}';`,
    ),
    `import type { ${checks.map((c) => c.name).join(', ')} } from '${schemaPath}';`,
    '',
    ...[...emitter.regexes].map(([source, name]) => `const ${name} = ${source};`),
    ...[...emitter.sets].map(([list, name]) => `const ${name} = new Set<unknown>(${list});`),
    '',
    ...emitter.functions.map((fn) => `${fn}\n`),
    // One loader for the module: every check of this file loads the same chunk.
    `const schemas = () => import('${schemaPath}');`,
    '',
    ...checks.map(
      ({ name, fn }) =>
        `/** \`${name}\` of src/${schemaFile}. */\n` +
        `export const ${checkName(name)}: AnswerCheck<output<typeof ${name}>> = {\n` +
        `check: ${fn},\n` +
        `schema: () => schemas().then((m) => m.${name}),\n};\n`,
    ),
  ];
  return lines.join('\n');
}
