import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Confidence, QuantityBasis, QuantityStage, QuantityUnit } from './common/enums';
import { IsoDate } from './common/iso-date.scalar';
import { Node } from './common/node.interface';
import { Source } from './common/source.type';
import { Element } from './element.type';

@ObjectType({ implements: Node, description: 'What a site produces or can produce, per element, stage and years, as a range (a row of quantities.csv).' })
export class Quantity {
  @Field(() => ID)
  id!: string;

  /** Symbols, as stored; the field resolves them to elements. */
  @Field(() => [Element], { description: 'One element, or several for a combined figure (split by the ratio band splitId).' })
  elements!: string[];

  @Field(() => QuantityStage)
  stage!: QuantityStage;

  @Field({ description: 'The product in words (Tb4O7, NdPr oxide, sintered NdFeB magnets…).' })
  product!: string;

  @Field(() => QuantityUnit)
  unit!: QuantityUnit;

  @Field(() => Float, { description: 'Tonnes a year, low end.' })
  low!: number;

  @Field(() => Float, { description: 'Tonnes a year, high end (equal to low for a single figure).' })
  high!: number;

  @Field(() => QuantityBasis)
  basis!: QuantityBasis;

  @Field(() => Confidence)
  confidence!: Confidence;

  @Field(() => Int, { description: 'First calendar year the figure applies.' })
  fromYear!: number;

  @Field(() => Int, { nullable: true, description: 'Last year it applies; null = until a later figure.' })
  toYear?: number;

  @Field({ nullable: true, description: "The source's period when not a calendar year." })
  period?: string;

  @Field(() => ID, { nullable: true, description: 'The ratio band that splits a combined figure.' })
  splitId?: string;

  @Field(() => IsoDate, { nullable: true, description: 'Date of the statement.' })
  asOf?: string;

  @Field({ nullable: true, description: "The source's own words and numbers." })
  statedText?: string;

  @Field({ description: 'How the figure was obtained.' })
  derivation!: string;

  @Field(() => [Source])
  sources!: Source[];

  sourceIds!: string[];
}
