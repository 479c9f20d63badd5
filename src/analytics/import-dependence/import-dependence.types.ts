import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Source } from '../../schema/common/source.type';
import { Country } from '../../schema/country.type';
import { Element } from '../../schema/element.type';
import { Site } from '../../schema/relations.type';
import type { GraphNode } from '../../db/graph.repository';

@ObjectType({ description: 'A site in a supplier country and what feeds it.' })
export class ChainSite {
  @Field(() => Site)
  site?: GraphNode;

  @Field({ nullable: true })
  status?: string;

  @Field(() => [Site], { description: 'Sites supplying it (physical supply links).' })
  suppliedBy?: GraphNode[];

  siteId!: string;
  supplierIds!: string[];
}

@ObjectType({ description: "A supplier's share in one breakdown." })
export class SupplierShare {
  @Field(() => Country)
  country?: GraphNode;

  @Field(() => Float, { nullable: true })
  sharePct?: number | null;

  @Field(() => Float, { nullable: true })
  valueUSD?: number | null;

  @Field(() => Float, { nullable: true })
  volumeTonnes?: number | null;

  @Field(() => [ChainSite], { description: 'What the graph knows behind this supplier for the element.' })
  chain!: ChainSite[];

  @Field(() => [Source])
  sources?: Source[];

  countryId!: string;
  sourceIds!: string[];
}

@ObjectType({ description: 'One published breakdown of an importer’s supply (one product, scope, year and metric).' })
export class DependenceBreakdown {
  @Field()
  product!: string;

  @Field(() => [Element], { description: 'Elements it is stated for (empty: the product group).' })
  elements?: GraphNode[];

  @Field(() => Int)
  year!: number;

  @Field({ nullable: true })
  period?: string;

  @Field()
  metric!: string;

  @Field()
  basis!: string;

  @Field(() => [SupplierShare])
  suppliers!: SupplierShare[];

  @Field(() => Float, { description: 'Sum of the listed suppliers’ shares, %: below 100 means the breakdown is partial.' })
  coveredPct!: number;

  @Field(() => Float, { description: 'Herfindahl-Hirschman index over the listed suppliers (0–10,000).' })
  hhi!: number;

  @Field(() => Float)
  top3Pct!: number;

  @Field(() => Float, { nullable: true, description: 'A total dependence figure not tied to one supplier (e.g. net import reliance), when that is what the breakdown is.' })
  totalDependencePct?: number | null;

  @Field(() => [Source])
  sources?: Source[];

  elementIds!: string[];
  sourceIds!: string[];
}

@ObjectType({ description: "An importer's dependence on its suppliers for an element." })
export class ImportDependence {
  @Field(() => Country)
  importer?: GraphNode;

  @Field(() => [DependenceBreakdown])
  breakdowns!: DependenceBreakdown[];

  importerId!: string;
}
