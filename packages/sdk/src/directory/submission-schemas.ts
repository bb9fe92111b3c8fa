import * as z from 'zod/mini';
import type { output } from 'zod/mini';
import type { components } from '../generated/saxon-directory.js';
import { actorSchema, eventSchema } from './schemas.js';

/**
 * Schemas of the submission answers (saxon-directory.yaml v1.1). Inputs are the contract's
 * generated types; answers are checked like the read side's.
 */
type Schemas = components['schemas'];

/** What `submissions.create` sends: an actor or event to create, change or remove. */
export type SubmissionInput = Schemas['SubmissionInput'];
/** An actor as submitted: the `Actor` without `id` and `updatedAt`. */
export type ActorInput = Schemas['ActorInput'];
/** An event as submitted: organisers as `{ id }` (an actor) or `{ name }`. */
export type EventInput = Schemas['EventInput'];

export const submissionKindSchema = z.enum(['actor', 'event']);
export const submissionActionSchema = z.enum(['create', 'update', 'remove']);

export const submissionReceiptSchema = z.object({
  id: z.string(),
  status: z.literal('pending'),
  statusUrl: z.string(),
});

export const submissionStatusSchema = z.object({
  id: z.string(),
  kind: submissionKindSchema,
  action: submissionActionSchema,
  targetId: z.optional(z.string()),
  status: z.enum(['pending', 'approved', 'rejected', 'withdrawn']),
  submittedAt: z.string(),
  decidedAt: z.optional(z.string()),
  reason: z.optional(z.string()),
  entryId: z.optional(z.string()),
});

export const moderationStatusSchema = z.enum([
  'pending',
  'held',
  'approved',
  'rejected',
  'withdrawn',
]);

const submissionShape = {
  ...submissionStatusSchema.def.shape,
  status: moderationStatusSchema,
  submitter: z.object({ name: z.string(), email: z.optional(z.string()) }),
  data: z.optional(z.record(z.string(), z.unknown())),
  message: z.optional(z.string()),
  heldBack: z.boolean(),
  heldReason: z.optional(z.enum(['honeypot', 'fill-time'])),
};

export const submissionSchema = z.object(submissionShape);

export const submissionPageSchema = z.object({
  total: z.number(),
  limit: z.number(),
  offset: z.number(),
  items: z.array(submissionSchema),
});

const entrySchema = z.union([actorSchema, eventSchema]);

export const submissionDetailSchema = z.object({
  ...submissionShape,
  live: z.optional(entrySchema),
  liveEtag: z.optional(z.string()),
  diff: z.array(
    z.object({
      field: z.string(),
      before: z.optional(z.unknown()),
      after: z.optional(z.unknown()),
    }),
  ),
});

export const approveResultSchema = z.object({
  submission: submissionSchema,
  entry: z.optional(entrySchema),
});

/** The answer of `submissions.create`: the submission's id and its private status link. */
export type SubmissionReceipt = output<typeof submissionReceiptSchema>;
/** What the submitter sees through the status link (a held-back submission shows `pending`). */
export type SubmissionStatus = output<typeof submissionStatusSchema>;
/** `held` = pending, held back by the entry form's signals (honeypot, fill time). */
export type ModerationStatus = output<typeof moderationStatusSchema>;
/** A submission as editors see it; `submitter.email` is absent once purged. */
export type Submission = output<typeof submissionSchema>;
export type SubmissionPage = output<typeof submissionPageSchema>;
/** A submission with the live entry and a field-by-field diff. */
export type SubmissionDetail = output<typeof submissionDetailSchema>;
export type ApproveResult = output<typeof approveResultSchema>;
