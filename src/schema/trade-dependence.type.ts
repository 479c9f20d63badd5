import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { TradeBasis, TradeProduct } from './common/enums';
import { Node } from './common/node.interface';

@ObjectType({ implements: Node, description: "An importer's dependence on a supplier (or in total) for a product in a year, as a published share — not raw trade-database rows." })
export class TradeDependence {
  @Field(() => ID)
  id!: string;

  @Field(() => TradeProduct)
  product!: TradeProduct;

  @Field(() => Int, { description: 'End year of the figure.' })
  year!: number;

  @Field({ nullable: true, description: 'Multi-year window, e.g. 2021-2024.' })
  period?: string;

  @Field(() => Float, { nullable: true, description: 'Share, %.' })
  sharePct?: number;

  @Field(() => TradeBasis)
  basis!: TradeBasis;

  @Field(() => Float, { nullable: true })
  valueUSD?: number;

  @Field(() => Float, { nullable: true })
  volumeTonnes?: number;

  @Field({ description: 'Exactly what the figure measures, in the source’s terms.' })
  metric!: string;

  @Field({ nullable: true })
  note?: string;

  elements!: string[];
  sourceIds!: string[];
}
