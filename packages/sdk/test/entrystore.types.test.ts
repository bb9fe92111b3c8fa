import { describe, expectTypeOf, it } from 'vitest';
import type { components } from '../src/generated/entrystore-search.js';
import type {
  EntryResponse,
  RdfGraph,
  RdfTerm,
  SearchChild,
  SearchResponse,
} from '../src/open-data/entrystore/schemas.js';

type Schemas = components['schemas'];

/**
 * Type-level proof (checked by the typecheck): what the EntryStore adapter's zod schemas output
 * fits the types openapi-typescript generates from `openapi/entrystore-search.yaml`, and the other
 * way round — a schema that drifts from the spec fails here.
 */
describe('EntryStore schemas fit the generated contract types', () => {
  it('search responses', () => {
    expectTypeOf<SearchResponse>().toExtend<Schemas['SearchResponse']>();
    expectTypeOf<SearchChild>().toExtend<Schemas['SearchChild']>();
    expectTypeOf<SearchResponse['facetFields'][number]>().toExtend<Schemas['FacetField']>();
  });

  it('RDF/JSON graphs and entries', () => {
    expectTypeOf<RdfTerm>().toExtend<Schemas['RdfJsonTerm']>();
    expectTypeOf<RdfGraph>().toExtend<Schemas['RdfJsonGraph']>();
    expectTypeOf<EntryResponse>().toExtend<Schemas['Entry']>();
  });

  it('and what the contract promises fits the schemas (nothing documented is refused)', () => {
    expectTypeOf<Schemas['SearchResponse']>().toExtend<SearchResponse>();
    expectTypeOf<Schemas['Entry']>().toExtend<EntryResponse>();
  });
});
