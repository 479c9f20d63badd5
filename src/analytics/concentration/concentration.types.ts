import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Source } from '../../schema/common/source.type';
import { Country } from '../../schema/country.type';
import { Element } from '../../schema/element.type';
import { Site } from '../../schema/relations.type';
import type { GraphNode } from '../../db/graph.repository';
import { ControlBasis } from '../shared/analytics.enums';

@ObjectType()
export class ShareRow {
  @Field(() => Country, { nullable: true })
  country?: GraphNode | null;

  @Field()
  name!: string;

  @Field(() => Float)
  sharePct!: number;

  @Field(() => Float, { nullable: true, description: 'Production views: tonnes of REO.' })
  tonnesREO?: number | null;

  @Field(() => [Site], { nullable: true, description: 'Sites views: the sites counted.' })
  sites?: GraphNode[] | null;

  countryId?: string | null;
  siteIds?: string[];
}

@ObjectType({ description: 'A distribution of shares by country, with concentration measures.' })
export class ShareDistribution {
  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'Published: the scope; production: the USGS edition; sites: null.' })
  scope?: string | null;

  @Field(() => String, { nullable: true })
  metric?: string | null;

  @Field(() => Float, { nullable: true, description: 'Production: USGS world total, t REO. Sites: number of sites.' })
  total?: number | null;

  @Field(() => [ShareRow])
  shares!: ShareRow[];

  @Field(() => Float, { description: 'Herfindahl-Hirschman index (0–10,000).' })
  hhi!: number;

  @Field(() => Float, { description: 'Share of the three largest, %.' })
  top3Pct!: number;

  @Field(() => [Source])
  sources?: Source[];

  sourceIds!: string[];
}

@ObjectType({ description: 'Concentration of one stage by country: published figures, USGS production, and the graph’s sites.' })
export class Concentration {
  @Field(() => Element)
  element?: GraphNode;

  @Field()
  stage!: string;

  @Field(() => ControlBasis)
  basis!: ControlBasis;

  @Field(() => ShareDistribution, { nullable: true, description: 'Shares published by authoritative sources (IEA, USGS…).' })
  published?: ShareDistribution | null;

  @Field(() => ShareDistribution, { nullable: true, description: 'MINING by location: USGS mine production of all rare earths (element output is not published).' })
  production?: ShareDistribution | null;

  @Field(() => ShareDistribution, { description: 'The graph’s producing sites for the stage, one site = one unit; by location or by effective control.' })
  sites!: ShareDistribution;

  elementId!: string;
}
