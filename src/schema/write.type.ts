import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ENTITY_TYPES, LINK_RECORDS, LINK_TYPES } from '../writes/records';
import { enumOf } from './common/enums';
import { Source } from './common/source.type';

export const EntityRecordType = enumOf(
  ENTITY_TYPES,
  'EntityRecordType',
  'A kind of node record; its fields are the columns of the matching seed file (docs/seed-format.md), e.g. DEPOSIT = seed/deposits.csv.',
);
export const LinkRecordType = enumOf(LINK_TYPES, 'LinkRecordType', 'A kind of relationship record; fields as the seed file: STAKE = stakes.csv (OWNS), OPERATOR = operators.csv, DEPOSIT_ELEMENT = deposit_elements.csv…');
export const RecordKind = enumOf([...ENTITY_TYPES, ...LINK_TYPES] as const, 'RecordType', 'Any record type an import accepts (entity or relationship).');
export const WriteActionKind = enumOf(['CREATED', 'UPDATED', 'DELETED', 'LINKED', 'UNLINKED'] as const, 'WriteAction', 'What a write did to the record.');
/** The relationship types link records are stored as (src/writes/records.ts). */
export const LinkRelationship = enumOf(
  [...new Set(LINK_TYPES.flatMap((type) => LINK_RECORDS[type].relationshipTypes))],
  'LinkRelationship',
  'The graph relationship a link record is stored as (OWNS for STAKE, OPERATES for OPERATOR…; SUSPENDS, AMENDS, REPLACES or LIFTS for EXPORT_CONTROL_LINK).',
);

@ObjectType({ description: 'What a write did.' })
export class WriteResult {
  @Field(() => WriteActionKind)
  action!: string;

  @Field(() => RecordKind)
  recordType!: string;

  @Field(() => ID, { description: 'The entity written, or the start of the relationship.' })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'The end of the relationship (link records).' })
  to?: string;

  @Field(() => LinkRelationship, { nullable: true, description: 'The relationship type (link records).' })
  relationship?: string;

  @Field({ nullable: true, description: 'The key that tells apart parallel relationships of one type (link records).' })
  key?: string;

  @Field(() => Int, { nullable: true, description: 'The version after the write: send it as expectedVersion with the next change. Null after a delete.' })
  version!: number | null;

  @Field(() => [String], { description: 'Fields whose value changed.' })
  changedFields!: string[];

  @Field(() => ID, { description: 'The audit entry of this write.' })
  auditId!: string;
}

@ObjectType()
export class ImportProblem {
  @Field(() => Int, { description: 'Line in the CSV (1 = header).' })
  line!: number;

  @Field({ description: 'The column (or header, row, file).' })
  field!: string;

  @Field()
  message!: string;
}

@ObjectType({ description: 'The outcome of an import: all rows applied, or none with the reasons.' })
export class ImportReport {
  @Field(() => RecordKind)
  recordType!: string;

  @Field(() => Int, { description: 'Data rows in the file.' })
  rows!: number;

  @Field(() => Int, { description: 'Rows that passed every check.' })
  accepted!: number;

  @Field(() => [ImportProblem])
  rejected!: ImportProblem[];

  @Field({ description: 'True when the file was written (in one transaction); false means nothing changed.' })
  applied!: boolean;

  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;
}

@ObjectType({ description: 'One write through the API or the import.' })
export class AuditEntry {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'When (ISO 8601, UTC).' })
  at!: string;

  @Field({ description: "Who: the token's subject (or cli:<user> for the import command)." })
  actor!: string;

  @Field(() => [String])
  roles!: string[];

  @Field(() => WriteActionKind)
  action!: string;

  @Field(() => RecordKind)
  recordType!: string;

  @Field(() => ID, { description: 'The entity, or the start of the relationship.' })
  entityId!: string;

  @Field(() => ID, { nullable: true })
  targetId?: string;

  @Field(() => LinkRelationship, { nullable: true })
  relationship?: string;

  @Field({ nullable: true })
  key?: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The record before the write (facts only).' })
  before?: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The record after the write (facts only).' })
  after?: Record<string, unknown> | null;

  @Field(() => [String])
  changedFields!: string[];

  @Field(() => [Source], { description: 'The sources the write cites.' })
  sources?: Source[];

  sourceIds!: string[];

  @Field({ nullable: true })
  reason?: string;

  @Field({ nullable: true })
  requestId?: string;
}
