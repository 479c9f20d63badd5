import { Field, ID, ObjectType } from 'type-graphql';
import { MilestoneKind } from './common/enums';
import { IsoDate } from './common/iso-date.scalar';
import { Node } from './common/node.interface';
import { Source } from './common/source.type';
import { Element } from './element.type';

@ObjectType({ implements: Node, description: 'One statement about a step in building or starting a site: the date announced, or the date it happened (a row of milestones.csv).' })
export class Milestone {
  @Field(() => ID)
  id!: string;

  @Field(() => MilestoneKind)
  milestone!: MilestoneKind;

  /** A symbol, as stored; the field resolves it to the element. */
  @Field(() => Element, { nullable: true, description: 'When the milestone is for one element (first Tb oxide).' })
  element?: string;

  @Field(() => IsoDate, { description: 'Date of the statement.' })
  statedOn!: string;

  @Field(() => IsoDate, { nullable: true, description: 'The date then announced.' })
  expected?: string;

  @Field(() => IsoDate, { nullable: true, description: 'The date it happened.' })
  actual?: string;

  @Field({ nullable: true, description: "The source's words." })
  note?: string;

  @Field(() => [Source])
  sources!: Source[];

  sourceIds!: string[];
}
