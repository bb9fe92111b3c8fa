// The body of a `z.object` check that gives the value itself back where zod's output would equal
// it (used by check-emitter.mjs for the answers listed as checked in place in generate-checks.mjs).
// zod makes a new object of the known keys; when every field's output is its input and the value
// has no other keys, that new object equals the value, so the value can be the output. A JSON
// answer of 100,000 map features is then checked without a copy of any of its 300,000 objects:
// no allocation per feature, and nothing but the parsed answer left for the garbage collector
// to move (issue 27). Else the copy is made, as zod makes it.

/**
 * `emitter` writes the fields' tests and expressions (an Emitter of check-emitter.mjs); `fields`
 * are its field records; `prop(object, key)` writes a property read. Undefined for an object with
 * a field of another kind than those the map's answer has (required, or `optional(…)` without
 * checks), or named like a member of Object.prototype: the emitter then writes its copying body.
 */
export function inPlaceObjectBody(emitter, fields, path, prop) {
  const required = (field) => !field.mayBeAbsent && emitter.refusesUndefined(field.schema);
  if (!fields.every((field) => required(field) || field.plainOptional)) return undefined;
  // `in` finds the members of Object.prototype on every object: such a field is not counted so
  if (fields.some((field) => field.key in Object.prototype)) return undefined;
  const plain = (field) => required(field) && emitter.preserves(field.schema);
  const copied = fields.filter(plain);
  const lines = ['if (!isObject(v)) return M;'];
  if (copied.length) {
    const tests = copied.map((f) => emitter.test(f.schema, prop('v', f.key), [...path, f.key]));
    lines.push(`if (!(${tests.join(' && ')})) return M;`);
  }
  const same = []; // per other field: its output is its input
  const present = []; // per optional field: it is there
  const writes = []; // per other field: how the copy gets it
  fields.forEach((field, i) => {
    if (plain(field)) return;
    const at = [...path, field.key];
    const write = prop('o', field.key);
    const [x, r] = [`x${i}`, `r${i}`];
    lines.push(`const ${x} = ${prop('v', field.key)};`);
    if (field.plainOptional) {
      // absent, it stays out; there as `undefined`, it is kept so; else its inner check decides
      const inner = emitter.function(field.def.innerType, at);
      const there = `${x} !== undefined || ${JSON.stringify(field.key)} in v`;
      lines.push(`const ${r} = ${x} === undefined ? ${x} : ${inner}(${x});`);
      present.push(there);
      writes.push(`if (${there}) ${write} = ${r};`);
    } else {
      lines.push(`const ${r} = ${emitter.expr(field.schema, x, at)};`);
      writes.push(`${write} = ${r};`);
    }
    lines.push(`if (${r} === M) return M;`);
    same.push(`${r} === ${x}`);
  });
  // No other keys: for…in counts the value's keys (a JSON value's are all its own), and as many
  // are known.
  const count = [String(fields.length - present.length), ...present.map((p) => `(${p} ? 1 : 0)`)];
  const onlyKnown = [
    'let n = 0;',
    'for (const _ in v) n++;',
    `if (n === ${count.join(' + ')}) return v;`,
  ];
  lines.push(
    `if (${same.length ? same.join(' && ') : 'true'}) {`,
    ...onlyKnown,
    '}',
    `const o: any = { ${copied.map((f) => `${JSON.stringify(f.key)}: ${prop('v', f.key)}`).join(', ')} };`,
    ...writes,
    'return o;',
  );
  return lines.join('\n');
}
