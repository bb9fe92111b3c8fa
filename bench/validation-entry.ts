// Bundled by validation.mjs from the SDK's sources: the exact steps the CKAN adapter runs on an
// answer — envelope, schema validation (the adapter's `check`: the check generated from the zod
// schema, issue 27; zod only for a malformed answer, which this page is not), mapping to the model.
import { checkCkanSearchResult } from '../packages/sdk/src/generated/checks/ckan.ts';
import { MISMATCH } from '../packages/sdk/src/http/answer-check.ts';
import { unwrapCkanEnvelope } from '../packages/sdk/src/open-data/ckan/envelope.ts';
import { parseCkanPackage } from '../packages/sdk/src/open-data/ckan/parse.ts';
import {
  ckanSearchResultSchema,
  type CkanSearchResult,
} from '../packages/sdk/src/open-data/ckan/schemas.ts';

/** The generated check's output; a page it refuses would be zod's to parse, so it stops here. */
function generated(data: unknown): CkanSearchResult {
  const result = checkCkanSearchResult.check(data);
  if (result === MISMATCH) throw new Error('the generated check refused the bench page');
  return result as CkanSearchResult;
}

function checked(text: string) {
  return generated(unwrapCkanEnvelope(JSON.parse(text), 'bench', 'de'));
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

/** zod's own parse of the same answer: what an answer that fails the generated check costs. */
export function parseAndValidateByZod(text: string) {
  return ckanSearchResultSchema.parse(unwrapCkanEnvelope(JSON.parse(text), 'bench', 'de')).results;
}

/** The check alone on an already parsed page (profiling aid). */
export function validateParsed(data: unknown) {
  return generated(unwrapCkanEnvelope(data, 'bench', 'de')).results;
}
