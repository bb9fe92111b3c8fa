import * as z from 'zod/mini';
import type { Facet } from '../shared/facet.js';
import { absentIfNull } from './schema-rules.js';

/**
 * Schemas of the directory API's answers (`openapi/saxon-directory.yaml`). They check what the
 * model needs and leave unknown fields out; a type-level test keeps their output in line with the
 * types generated from the contract.
 */

/**
 * An optional field. The contract leaves an absent value out; many servers write `null` instead.
 * Both read as absent, so one `null` never costs the visitor the whole answer.
 */
function optional<S extends z.ZodMiniType>(schema: S) {
  return z.optional(
    z.pipe(
      z.nullable(schema),
      // The function itself, not a closure: the generated checks import it by name.
      z.transform<z.output<S> | null, z.output<S> | undefined>(absentIfNull),
    ),
  );
}

export const actorCategorySchema = z.enum(['company', 'research', 'network', 'education']);
const offerSchema = z.enum(['hardware', 'software', 'services']);
const precisionSchema = z.enum(['address', 'campus', 'city']);
export const attendanceModeSchema = z.enum(['offline', 'online', 'mixed']);
export const eventStatusSchema = z.enum(['scheduled', 'cancelled', 'postponed', 'rescheduled']);

// Typed as the one `Facet` of every area, so that the pages' `facets` show that name.
export const facetSchema: z.ZodMiniType<Facet> = z.object({
  value: z.string(),
  label: z.string(),
  count: z.number(),
});

export const actorSchema = z.object({
  id: z.string(),
  name: z.string(),
  category: actorCategorySchema,
  subtype: optional(z.string()),
  description: optional(z.string()),
  topics: z.array(z.string()),
  offers: z.array(offerSchema),
  address: z.object({
    street: optional(z.string()),
    postalCode: optional(z.string()),
    city: z.string(),
    ags: optional(z.string()),
  }),
  location: z.object({ lat: z.number(), lon: z.number(), precision: precisionSchema }),
  website: optional(z.string()),
  email: optional(z.string()),
  updatedAt: z.string(),
});

export const actorPageSchema = z.object({
  total: z.number(),
  limit: z.number(),
  offset: z.number(),
  items: z.array(actorSchema),
  facets: z.object({
    category: z.array(facetSchema),
    topic: z.array(facetSchema),
    city: z.array(facetSchema),
  }),
});

export const actorFeatureCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      id: z.string(),
      geometry: z.object({
        type: z.literal('Point'),
        coordinates: z.tuple([z.number(), z.number()]),
      }),
      properties: z.object({
        id: z.string(),
        name: z.string(),
        category: actorCategorySchema,
        city: z.string(),
        ags: optional(z.string()),
        topics: z.array(z.string()),
      }),
    }),
  ),
});

const eventCommon = {
  id: z.string(),
  title: z.string(),
  description: optional(z.string()),
  timeZone: z.literal('Europe/Berlin'),
  status: eventStatusSchema,
  attendanceMode: attendanceModeSchema,
  location: optional(
    z.object({
      name: z.string(),
      address: optional(z.string()),
      city: z.string(),
      ags: optional(z.string()),
      lat: optional(z.number()),
      lon: optional(z.number()),
    }),
  ),
  onlineUrl: optional(z.string()),
  organizerIds: z.array(z.string()),
  organizers: z.array(
    z.object({ id: optional(z.string()), name: z.string(), url: optional(z.string()) }),
  ),
  topics: z.array(z.string()),
  url: optional(z.string()),
  registrationUrl: optional(z.string()),
  language: optional(z.string()),
  updatedAt: z.string(),
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Timed events carry date-times with offset; all-day events dates with an exclusive end. */
export const eventSchema = z.discriminatedUnion('allDay', [
  z.object({
    ...eventCommon,
    allDay: z.literal(false),
    start: z.string().check(z.regex(DATE_TIME)),
    end: optional(z.string().check(z.regex(DATE_TIME))),
  }),
  z.object({
    ...eventCommon,
    allDay: z.literal(true),
    start: z.string().check(z.regex(DATE)),
    end: optional(z.string().check(z.regex(DATE))),
  }),
]);

export const eventPageSchema = z.object({
  total: z.number(),
  limit: z.number(),
  offset: z.number(),
  items: z.array(eventSchema),
  facets: z.object({
    topic: z.array(facetSchema),
    city: z.array(facetSchema),
    attendanceMode: z.array(facetSchema),
  }),
});

/** What `topics.list` reads from its answer in every validation mode: the `items` array. */
export const topicItemsShape = z.object({ items: z.array(z.unknown()) });

export const topicListSchema = z.object({
  items: z.array(
    z.object({ id: z.string(), label: z.string(), actorCount: z.number(), eventCount: z.number() }),
  ),
});
