import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context';
import { assertIdentifierLength } from '../domain/identifiers';
import { ValidationError } from '../errors';
import { AuditEntry, EntityRecordType, ImportReport, LinkRecordType, RecordKind, WriteResult } from '../schema/write.type';
import { IsoDateOrTime, utcInstant } from '../schema/common/iso-date.scalar';
import { Source } from '../schema/common/source.type';
import type { EntityType, LinkType, RecordType } from '../writes/records';
import { sourcesOf } from './support';
import { checkedReason, checkedVersion } from './write-arguments';

/** Largest CSV the import mutation takes (the HTTP body limit applies first). */
const MAX_IMPORT_CHARACTERS = 5_000_000;

/** Identifiers end up in error messages ("No company \"…\""): overlong ones are refused first, unechoed. */
function checkedIdentifiers(identifiers: Record<string, string | string[]>): void {
  for (const [field, value] of Object.entries(identifiers)) {
    for (const identifier of Array.isArray(value) ? value : [value]) assertIdentifierLength(identifier, field);
  }
}

/**
 * Writes: every mutation is one transaction with its audit entry (src/writes/write-service.ts).
 * Editors create, change and link records; admins also delete and import. Each write cites at
 * least one source, and changes carry the version they were based on.
 */
@Resolver()
export class WriteResolver {
  @Mutation(() => WriteResult, {
    description:
      'Create or replace one entity record (fields = the columns of its seed file, e.g. DEPOSIT = deposits.csv, lists as arrays). Needs role editor and sourceIds. To change an existing record send expectedVersion (its current version); a stale version is refused with CONFLICT.',
  })
  async upsertEntity(
    @Arg('type', () => EntityRecordType) type: string,
    @Arg('record', () => GraphQLJSONObject, { validate: false }) record: Record<string, unknown>,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null | undefined,
    @Arg('reason', () => String, { nullable: true, description: 'Why (kept in the audit log).' }) reason: string | null | undefined,
    @Ctx() context: RequestContext,
  ): Promise<WriteResult> {
    const actor = context.actor('editor', `upsertEntity`);
    const result = await context.writes.upsertEntity(actor, type as EntityType, record, checkedVersion(expectedVersion), checkedReason(reason));
    await context.recordWritten(type);
    return result;
  }

  @Mutation(() => WriteResult, { description: 'Delete one entity and its relationships. Needs role admin, its current version and the sources that justify it.' })
  async deleteEntity(
    @Arg('type', () => EntityRecordType) type: string,
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('sourceIds', () => [ID]) sourceIds: string[],
    @Arg('reason', () => String, { nullable: true }) reason: string | null | undefined,
    @Ctx() context: RequestContext,
  ): Promise<WriteResult> {
    const actor = context.actor('admin', 'deleteEntity');
    checkedIdentifiers({ id, sourceIds });
    const result = await context.writes.deleteEntity(actor, type as EntityType, id, checkedVersion(expectedVersion) as number, sourceIds, checkedReason(reason));
    await context.recordWritten(type);
    return result;
  }

  @Mutation(() => WriteResult, {
    description: 'Create or replace one relationship record (fields = the columns of its seed file, e.g. STAKE = stakes.csv). Needs role editor; expectedVersion to change an existing one.',
  })
  async link(
    @Arg('type', () => LinkRecordType) type: string,
    @Arg('record', () => GraphQLJSONObject, { validate: false }) record: Record<string, unknown>,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null | undefined,
    @Arg('reason', () => String, { nullable: true }) reason: string | null | undefined,
    @Ctx() context: RequestContext,
  ): Promise<WriteResult> {
    const actor = context.actor('editor', 'link');
    return context.writes.link(actor, type as LinkType, record, checkedVersion(expectedVersion), checkedReason(reason));
  }

  @Mutation(() => WriteResult, { description: 'Remove one relationship record between two entities. Needs role editor, its current version and the sources that justify it.' })
  async unlink(
    @Arg('type', () => LinkRecordType) type: string,
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('sourceIds', () => [ID]) sourceIds: string[],
    @Arg('key', () => String, { nullable: true, description: 'Which one, when several records of this type join the two (the error lists the keys).' }) key: string | null | undefined,
    @Arg('reason', () => String, { nullable: true }) reason: string | null | undefined,
    @Ctx() context: RequestContext,
  ): Promise<WriteResult> {
    const actor = context.actor('editor', 'unlink');
    checkedIdentifiers({ from, to, key: key ?? '', sourceIds });
    return context.writes.unlink(actor, type as LinkType, from, to, key, checkedVersion(expectedVersion) as number, sourceIds, checkedReason(reason));
  }

  @Mutation(() => ImportReport, {
    name: 'import',
    description: 'Import a CSV of one record type (the seed file columns, header first): every row is checked; all rows land in one transaction, or none and the report says why. Needs role admin.',
  })
  async importRecords(@Arg('type', () => RecordKind) type: string, @Arg('csv', () => String) csv: string, @Ctx() context: RequestContext): Promise<ImportReport> {
    const actor = context.actor('admin', 'import');
    if (csv.length > MAX_IMPORT_CHARACTERS) throw new ValidationError(`csv is larger than ${MAX_IMPORT_CHARACTERS} characters; split the file`, 'csv');
    const report = await context.writes.importRecords(actor, type as RecordType, csv);
    if (report.applied) await context.recordWritten(type);
    return report;
  }
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => [AuditEntry], { description: 'The audit log, newest first: every write with who, when, what changed and its sources.' })
  async auditLog(
    @Arg('entity', () => ID, { nullable: true, description: 'Only writes of this entity (as the record or either end of a relationship).' }) entity: string | null | undefined,
    @Arg('since', () => IsoDateOrTime, { nullable: true, description: 'Only writes at or after this date (2026, 2026-01, 2026-01-31) or ISO date-time (2026-01-31T09:30:00Z).' }) since: string | null | undefined,
    @Arg('actor', () => String, { nullable: true }) actor: string | null | undefined,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Ctx() context: RequestContext,
  ): Promise<Array<Omit<AuditEntry, 'sources'>>> {
    if (first < 1 || first > 500) throw new ValidationError('first must be between 1 and 500', 'first');
    // `since` is checked by its scalar before this runs; entries are stamped in UTC, so a time compares in UTC too.
    return context.repos.audit.entries({ entity: entity ?? null, since: since ? utcInstant(since) : null, actor: actor ?? null, limit: first });
  }

  @FieldResolver(() => [Source])
  sources(@Root() entry: AuditEntry, @Ctx() context: RequestContext): Promise<Source[]> {
    return sourcesOf(entry, context);
  }
}
