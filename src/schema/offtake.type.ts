import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Confidence, OfftakeStatus, QuantityUnit } from './common/enums';
import { Node } from './common/node.interface';
import { Source } from './common/source.type';
import { Element } from './element.type';

@ObjectType({ implements: Node, description: 'Contracted tonnes of an agreement: who buys how much, from where, from when (a row of offtakes.csv).' })
export class Offtake {
  @Field(() => ID)
  id!: string;

  /** Symbols, as stored; the field resolves them to elements. */
  @Field(() => [Element])
  elements!: string[];

  @Field()
  product!: string;

  @Field(() => QuantityUnit)
  unit!: QuantityUnit;

  @Field(() => Float, { nullable: true, description: 'Tonnes a year, low end.' })
  low?: number;

  @Field(() => Float, { nullable: true, description: 'Tonnes a year, high end.' })
  high?: number;

  @Field(() => Float, { nullable: true, description: "Share of the site's output, %." })
  sharePct?: number;

  @Field(() => Int, { nullable: true })
  fromYear?: number;

  @Field(() => Int, { nullable: true })
  toYear?: number;

  @Field(() => OfftakeStatus)
  status!: OfftakeStatus;

  @Field(() => Confidence)
  confidence!: Confidence;

  @Field(() => ID, { nullable: true, description: 'The ratio band that splits a combined figure.' })
  splitId?: string;

  @Field({ nullable: true, description: "The source's own words and numbers." })
  statedText?: string;

  @Field(() => [Source])
  sources!: Source[];

  sourceIds!: string[];
}
