import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Source } from '../../schema/common/source.type';
import { Country } from '../../schema/country.type';
import { Element } from '../../schema/element.type';
import type { GraphNode } from '../../db/graph.repository';
import { Confidence, ControlBasis, QuantityBasis, RouteVerdict, VolumeBasis } from '../shared/analytics.enums';
import { TonnesRange } from '../shared/supply-option.types';

@ObjectType({ description: 'One site’s tonnes in one year, and how the figure was obtained.' })
export class SiteTonnes {
  @Field(() => ID)
  siteId!: string;

  @Field()
  siteName!: string;

  @Field(() => Country)
  country?: GraphNode;

  @Field(() => TonnesRange)
  tonnes!: TonnesRange;

  @Field(() => QuantityBasis)
  basis!: QuantityBasis;

  @Field(() => Confidence)
  confidence!: Confidence;

  @Field({ description: 'How the figure was obtained, in words (stated figure, sum of reported quarters, split of a combined figure by a ratio band…).' })
  derivation!: string;

  @Field({ description: 'True when it is the element’s share of a combined figure (e.g. Dy+Tb).' })
  split!: boolean;

  @Field(() => RouteVerdict, { description: 'Where its output goes on the date asked (only OUTSIDE counts in supply).' })
  route!: RouteVerdict;

  @Field(() => [Source])
  sources?: Source[];

  countryId!: string;
  sourceIds!: string[];
}

@ObjectType({ description: 'A site with tonnes that year that does not count as supply outside the country, and why.' })
export class ExcludedSite {
  @Field(() => ID)
  siteId!: string;

  @Field()
  siteName!: string;

  @Field(() => Country)
  country?: GraphNode;

  @Field(() => TonnesRange)
  tonnes!: TonnesRange;

  @Field({ description: 'located in / controlled from the country, or its route goes via it.' })
  reason!: string;

  countryId!: string;
}

@ObjectType({ description: 'A volume figure (output, demand) for one year, with what it measures and where it comes from.' })
export class VolumeFigure {
  @Field(() => TonnesRange)
  tonnes!: TonnesRange;

  @Field({ description: 'PRODUCTION, PRODUCTION_QUOTA, DEMAND, CONSUMPTION…' })
  measure!: string;

  @Field(() => VolumeBasis)
  basis!: VolumeBasis;

  @Field(() => Confidence)
  confidence!: Confidence;

  @Field(() => String, { nullable: true, description: 'How a model estimate was computed.' })
  method?: string | null;

  @Field(() => Country, { nullable: true, description: 'The area (null: the world).' })
  area?: GraphNode | null;

  @Field(() => [Source])
  sources?: Source[];

  areaId?: string | null;
  sourceIds!: string[];
}

@ObjectType({ description: 'One year of the balance.' })
export class SupplyYear {
  @Field(() => Int)
  year!: number;

  @Field(() => TonnesRange, { description: 'What the sites outside the country (on the basis asked, with a route outside) can supply: the sum of `sites`.' })
  supply!: TonnesRange;

  @Field(() => TonnesRange, { nullable: true, description: 'The country’s own output: its recorded production (or quota) for the year, else what its sites in the graph make; null when neither is known.' })
  insideCountry?: TonnesRange | null;

  @Field(() => String, { nullable: true, description: 'What insideCountry is: a recorded production figure, or the sum of the graph’s sites in or controlled from the country.' })
  insideCountryIs?: string | null;

  @Field(() => VolumeFigure, { nullable: true, description: 'The production figure behind insideCountry, when recorded.' })
  countryOutput?: VolumeFigure | null;

  @Field(() => TonnesRange, { nullable: true, description: 'World demand for the element that year, when a figure is recorded (null: none; see demandByArea).' })
  demand?: TonnesRange | null;

  @Field(() => VolumeFigure, { nullable: true })
  worldDemand?: VolumeFigure | null;

  @Field(() => [VolumeFigure], { description: 'Every country’s (or the EU’s) demand figure recorded for the year — not summed: areas overlap (EU and its members).' })
  demandByArea!: VolumeFigure[];

  @Field(() => [SiteTonnes], { description: 'The sites summed in supply, largest first.' })
  sites!: SiteTonnes[];

  @Field(() => [ExcludedSite], { description: 'Sites with tonnes that year that do not count, and why.' })
  excluded!: ExcludedSite[];
}

@ObjectType({ description: 'How much of an element could come from outside a country, year by year, against the country’s own output and demand.' })
export class SupplyBalance {
  @Field(() => Element)
  element?: GraphNode;

  @Field(() => Country)
  outside?: GraphNode;

  @Field(() => ControlBasis)
  basis!: ControlBasis;

  @Field()
  stage!: string;

  @Field({ description: 'What every tonnage of the answer measures, e.g. "t of Tb4O7 per year (REO basis)".' })
  unit!: string;

  @Field()
  asOf!: string;

  @Field(() => Confidence, { description: 'Tonnages below this confidence were left out.' })
  minConfidence!: Confidence;

  @Field(() => [SupplyYear])
  years!: SupplyYear[];

  elementId!: string;
  outsideId!: string;
}

