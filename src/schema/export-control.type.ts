import { Field, ID, ObjectType } from 'type-graphql';
import { ControlKind } from './common/enums';
import { IsoDate } from './common/iso-date.scalar';
import { Node } from './common/node.interface';

@ObjectType({ implements: Node, description: 'A dated export measure of a state (quota, licensing, ban, suspension…), per element.' })
export class ExportControl {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field({ nullable: true, description: 'The legal instrument, e.g. "MOFCOM/GAC Announcement 2025 No. 18".' })
  instrument?: string;

  @Field(() => ControlKind)
  kind!: ControlKind;

  @Field(() => IsoDate, { nullable: true })
  announced?: string;

  @Field(() => IsoDate, { nullable: true })
  effective?: string;

  @Field(() => IsoDate, { nullable: true })
  suspendedFrom?: string;

  @Field(() => IsoDate, { nullable: true })
  suspendedUntil?: string;

  @Field(() => IsoDate, { nullable: true })
  liftedOn?: string;

  @Field({ nullable: true, description: 'Products covered, in the source’s terms.' })
  scope?: string;

  @Field({ nullable: true })
  description?: string;

  sourceIds!: string[];
}
