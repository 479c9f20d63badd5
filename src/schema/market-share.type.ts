import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { MarketScope, MarketStage } from './common/enums';
import { Node } from './common/node.interface';
import { Source } from './common/source.type';

@ObjectType({ implements: Node, description: "A country's published share of a supply-chain stage in a year (a row of market_shares.csv)." })
export class MarketShare {
  @Field(() => ID)
  id!: string;

  @Field(() => MarketStage)
  stage!: MarketStage;

  @Field(() => MarketScope)
  scope!: MarketScope;

  @Field(() => Int)
  year!: number;

  @Field(() => Float, { description: 'Share, %.' })
  sharePct!: number;

  @Field({ description: 'What exactly is measured: output, capacity, by volume…' })
  metric!: string;

  @Field({ nullable: true })
  note?: string;

  @Field(() => [Source])
  sources!: Source[];

  sourceIds!: string[];
}
