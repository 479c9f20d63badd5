import { Arg, Ctx, Int, Mutation, Resolver, type ClassType } from 'type-graphql';
import type { RequestContext } from '../context';
import { recordInputs, type RecordInput } from '../schema/record-inputs';
import { WriteResult } from '../schema/write.type';
import type { EntityType, LinkType } from '../writes/records';
import { checkedReason, checkedVersion } from './write-arguments';

/** The argument a typed mutation takes its record in; refusals name `input.<column>`. */
const INPUT = 'input';

/** `upsertDeposit` for an entity type, `linkStake` for a link type. */
export const typedMutationName = (input: Pick<RecordInput, 'kind' | 'pascal'>) => `${input.kind === 'entity' ? 'upsert' : 'link'}${input.pascal}`;

/** The input's fields as a record: fields left out stay out (an empty cell, as in the CSV form). */
function recordOf(input: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
}

type TypedWrite = (input: object, expectedVersion: number | null | undefined, reason: string | null | undefined, context: RequestContext) => Promise<WriteResult>;

function typedWrite(input: RecordInput): TypedWrite {
  const name = typedMutationName(input);
  if (input.kind === 'entity') {
    const type = input.type as EntityType;
    return async (record, expectedVersion, reason, context) => {
      const actor = context.actor('editor', name);
      const result = await context.writes.upsertEntity(actor, type, recordOf(record), checkedVersion(expectedVersion), checkedReason(reason), INPUT);
      await context.recordWritten(type);
      return result;
    };
  }
  const type = input.type as LinkType;
  return async (record, expectedVersion, reason, context) => context.writes.link(context.actor('editor', name), type, recordOf(record), checkedVersion(expectedVersion), checkedReason(reason), INPUT);
}

/**
 * One typed mutation per record type, made from the record definitions (src/schema/record-inputs.ts):
 * `upsertDeposit(input: DepositInput!, expectedVersion, reason)`, `linkStake(input: StakeInput!, …)`.
 * Each is the generic upsertEntity/link with the record's type fixed and its columns typed, so it
 * runs the same write service: one transaction, the same checks, the same audit entry.
 */
function recordWriteResolver(): ClassType {
  @Resolver()
  class RecordWriteResolver {}
  for (const input of recordInputs()) {
    const name = typedMutationName(input);
    Object.defineProperty(RecordWriteResolver.prototype, name, { value: typedWrite(input), writable: true, configurable: true });
    Arg(INPUT, () => input.inputClass, { validate: false, description: `The record: the columns of ${input.file}.` })(RecordWriteResolver.prototype, name, 0);
    Arg('expectedVersion', () => Int, { nullable: true, description: 'The version you read; required to change an existing record, omitted to create one.' })(RecordWriteResolver.prototype, name, 1);
    Arg('reason', () => String, { nullable: true, description: 'Why (kept in the audit log).' })(RecordWriteResolver.prototype, name, 2);
    Ctx()(RecordWriteResolver.prototype, name, 3);
    const description =
      input.kind === 'entity'
        ? `Create or replace one ${input.type} record (a row of ${input.file}), typed column by column; the same write as upsertEntity(type: ${input.type}). Needs role editor; send expectedVersion to change an existing one.`
        : `Create or replace one ${input.type} relationship record (a row of ${input.file}), typed column by column; the same write as link(type: ${input.type}). Needs role editor; send expectedVersion to change an existing one.`;
    Mutation(() => WriteResult, { description })(RecordWriteResolver.prototype, name, Object.getOwnPropertyDescriptor(RecordWriteResolver.prototype, name)!);
  }
  return RecordWriteResolver;
}

/** Made once, at load: type-graphql keeps every decorated method it is given. */
export const RecordWriteResolver = recordWriteResolver();
