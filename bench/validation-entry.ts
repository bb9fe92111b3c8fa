// Bundled by validation.mjs from the SDK's sources: the exact steps the CKAN adapter runs on an
// answer — envelope, schema validation (the adapter's `check`, i.e. `validate` in `error` mode),
// mapping to the model.
import { validate } from '../packages/sdk/src/http/validation.ts';
import { unwrapCkanEnvelope } from '../packages/sdk/src/open-data/ckan/envelope.ts';
import { parseCkanPackage } from '../packages/sdk/src/open-data/ckan/parse.ts';
import { ckanSearchResultSchema } from '../packages/sdk/src/open-data/ckan/schemas.ts';

const URL = 'bench://package_search';

function checked(text: string) {
  return validate(ckanSearchResultSchema, unwrapCkanEnvelope(JSON.parse(text), 'bench', 'de'), {
    mode: 'error',
    url: URL,
    language: 'de',
  });
}

/** JSON.parse, the CKAN envelope and the schema: what the goal of issue 11 measures. */
export function parseAndValidateOnly(text: string) {
  return checked(text).results;
}

/** … and the mapping to the DCAT-AP.de model, which every search also runs. */
export function parseAndValidate(text: string) {
  return checked(text).results.map((pkg) =>
    parseCkanPackage(pkg, { portal: 'bench', language: 'de' }),
  );
}

/** zod's own parse of the same answer: what an answer that fails the fast check costs. */
export function parseAndValidateByZod(text: string) {
  return ckanSearchResultSchema.parse(unwrapCkanEnvelope(JSON.parse(text), 'bench', 'de')).results;
}

/** The check alone on an already parsed page (profiling aid). */
export function validateParsed(data: unknown) {
  return validate(ckanSearchResultSchema, unwrapCkanEnvelope(data, 'bench', 'de'), {
    mode: 'error',
    url: URL,
    language: 'de',
  }).results;
}
