import { readFileSync } from 'node:fs';
import $RefParser from '@apidevtools/json-schema-ref-parser';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

let schemas: Promise<Record<string, object>> | undefined;

/** A validator for one schema of `saxon-directory.yaml` (`Actor`, `Event`, `ActorFeatureCollection` …). */
export async function contractValidator(name: string): Promise<ValidateFunction> {
  schemas ??= (async () => {
    const text = readFileSync(
      new URL('../../sdk/openapi/saxon-directory.yaml', import.meta.url),
      'utf8',
    );
    const spec = (await $RefParser.dereference(parse(text) as object)) as {
      components: { schemas: Record<string, object> };
    };
    return spec.components.schemas;
  })();
  const schema = (await schemas)[name];
  if (!schema) throw new Error(`no schema ${name} in saxon-directory.yaml`);
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(schema);
}
