// Bundled by validation.mjs from the SDK's sources: the exact steps the CKAN adapter runs on an
// answer — envelope, schema validation, mapping to the model.
import { unwrapCkanEnvelope } from '../packages/sdk/src/open-data/ckan/envelope.ts';
import { parseCkanPackage } from '../packages/sdk/src/open-data/ckan/parse.ts';
import { ckanSearchResultSchema } from '../packages/sdk/src/open-data/ckan/schemas.ts';

/** JSON.parse, the CKAN envelope and the schema: what the goal of issue 11 measures. */
export function parseAndValidateOnly(text: string) {
  return ckanSearchResultSchema.parse(unwrapCkanEnvelope(JSON.parse(text), 'bench', 'de')).results;
}

/** … and the mapping to the DCAT-AP.de model, which every search also runs. */
export function parseAndValidate(text: string) {
  const result = ckanSearchResultSchema.parse(unwrapCkanEnvelope(JSON.parse(text), 'bench', 'de'));
  return result.results.map((pkg) => parseCkanPackage(pkg, { portal: 'bench', language: 'de' }));
}
