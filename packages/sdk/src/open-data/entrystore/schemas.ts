import * as z from 'zod/mini';

/**
 * Schemas of EntryStore's answers (`openapi/entrystore-search.yaml`, SHAPE.md §2–§3). They check
 * what the adapter reads and drop the rest (`rights`, `relations`, …). A hit without `info` or
 * `metadata` (no access) is valid; the adapter skips it. A type-level test keeps their output in
 * line with the types generated from the spec.
 */

/** One RDF/JSON object: `lang` only on tagged literals, `datatype` only on typed ones. */
export const rdfTermSchema = z.object({
  type: z.enum(['uri', 'literal', 'bnode']),
  value: z.string(),
  lang: z.optional(z.string()),
  datatype: z.optional(z.string()),
});

/** `{subject: {predicate: [term, …]}}`; may be `{}`. */
export const rdfGraphSchema = z.record(z.string(), z.record(z.string(), z.array(rdfTermSchema)));

export const searchChildSchema = z.object({
  entryId: z.string(),
  contextId: z.string(),
  info: z.optional(rdfGraphSchema),
  metadata: z.optional(rdfGraphSchema),
  'cached-external-metadata': z.optional(rdfGraphSchema),
});

export const facetFieldSchema = z.object({
  name: z.string(),
  valueCount: z.number(),
  values: z.array(z.object({ name: z.string(), count: z.number() })),
});

export const searchResponseSchema = z.object({
  resource: z.object({ children: z.array(searchChildSchema) }),
  results: z.number(),
  limit: z.number(),
  offset: z.number(),
  facetFields: z.array(facetFieldSchema),
});

/** `GET /{context}/entry/{entry}?format=application/json&includeAll=true`. */
export const entrySchema = z.object({
  entryId: z.string(),
  info: rdfGraphSchema,
  metadata: z.optional(rdfGraphSchema),
  'cached-external-metadata': z.optional(rdfGraphSchema),
});

export type RdfTerm = z.output<typeof rdfTermSchema>;
export type RdfGraph = z.output<typeof rdfGraphSchema>;
export type SearchChild = z.output<typeof searchChildSchema>;
export type SearchResponse = z.output<typeof searchResponseSchema>;
export type EntryResponse = z.output<typeof entrySchema>;
