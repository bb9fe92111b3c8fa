import { describe, expectTypeOf, it } from 'vitest';
import type { components } from '../src/generated/saxon-directory.js';
import type {
  Actor,
  ActorFeatureCollection,
  ActorPage,
  AuditEntry,
  AuditPage,
  DirectoryEvent,
  EventPage,
  Facet,
  FieldError,
  FieldErrorCode,
  Submission,
  SubmissionDetail,
  SubmissionPage,
  SubmissionReceipt,
  SubmissionStatus,
  Topic,
} from '../src/index.js';

type Schemas = components['schemas'];

/**
 * Type-level proof (checked by `pnpm typecheck`): what each zod schema outputs fits the type that
 * openapi-typescript generates from the contract. A schema that drifts from the spec — a renamed
 * field, a wider enum, a missing required property — fails the typecheck.
 */
describe('directory schemas fit the generated contract types', () => {
  it('actors', () => {
    expectTypeOf<Actor>().toExtend<Schemas['Actor']>();
    expectTypeOf<ActorPage>().toExtend<Schemas['ActorPage']>();
    expectTypeOf<ActorFeatureCollection>().toExtend<Schemas['ActorFeatureCollection']>();
    expectTypeOf<Facet>().toExtend<Schemas['Facet']>();
  });

  it('field errors of a 400 problem (contract 1.2)', () => {
    expectTypeOf<FieldErrorCode>().toEqualTypeOf<Schemas['FieldErrorCode']>();
    expectTypeOf<Schemas['ProblemFieldError']>().toExtend<FieldError>();
  });

  it('events and topics', () => {
    expectTypeOf<DirectoryEvent>().toExtend<Schemas['Event']>();
    expectTypeOf<EventPage>().toExtend<Schemas['EventPage']>();
    expectTypeOf<Topic>().toExtend<Schemas['Topic']>();
  });

  it('submissions', () => {
    expectTypeOf<SubmissionReceipt>().toExtend<Schemas['SubmissionReceipt']>();
    expectTypeOf<SubmissionStatus>().toExtend<Schemas['SubmissionStatus']>();
    expectTypeOf<Submission>().toExtend<Schemas['Submission']>();
    expectTypeOf<SubmissionPage>().toExtend<Schemas['SubmissionPage']>();
    expectTypeOf<SubmissionDetail>().toExtend<Schemas['SubmissionDetail']>();
    expectTypeOf<Schemas['SubmissionStatus']>().toExtend<SubmissionStatus>();
  });

  it('the audit log of the admin client', () => {
    expectTypeOf<AuditEntry>().toExtend<Schemas['AuditEntry']>();
    expectTypeOf<AuditPage>().toExtend<Schemas['AuditPage']>();
    expectTypeOf<Schemas['AuditEntry']>().toExtend<AuditEntry>();
  });

  it('and the contract types fit the model (nothing the contract promises is lost)', () => {
    expectTypeOf<Schemas['Actor']>().toExtend<Actor>();
    expectTypeOf<Schemas['Topic']>().toExtend<Topic>();
  });
});
