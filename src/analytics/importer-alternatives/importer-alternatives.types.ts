import { Field, Int, ObjectType } from 'type-graphql';
import { Source } from '../../schema/common/source.type';
import { Country } from '../../schema/country.type';
import { Agreement } from '../../schema/agreement.type';
import { Site } from '../../schema/relations.type';
import type { GraphNode } from '../../db/graph.repository';
import { Confidence, VolumeBasis } from '../shared/analytics.enums';
import { DependenceFigure } from '../shared/dependence.types';
import { SupplyOption, TonnesRange } from '../shared/supply-option.types';

@ObjectType({ description: 'A country’s demand (or consumption, or imports) for the element in one year, and where the figure comes from.' })
export class DemandFigure {
  @Field(() => Int)
  year!: number;

  @Field(() => TonnesRange)
  tonnes!: TonnesRange;

  @Field({ description: 'DEMAND, CONSUMPTION or IMPORTS, as the source measures it.' })
  measure!: string;

  @Field(() => VolumeBasis)
  basis!: VolumeBasis;

  @Field(() => Confidence)
  confidence!: Confidence;

  @Field(() => String, { nullable: true, description: 'How a model estimate was computed, from which cited inputs.' })
  method?: string | null;

  @Field(() => [Source])
  sources?: Source[];

  sourceIds!: string[];
}

@ObjectType({ description: 'An offtake of the element held by the importer’s government or companies: tonnes per year (or a share of a site’s output), years, and whether it counts as contracted supply outside the country.' })
export class OfftakeTonnes {
  @Field()
  id!: string;

  @Field(() => Agreement, { nullable: true })
  agreement?: GraphNode | null;

  @Field()
  buyerName!: string;

  @Field(() => Site, { nullable: true, description: 'Where the material comes from (null: not recorded).' })
  site?: GraphNode | null;

  @Field(() => TonnesRange, { nullable: true, description: 'Tonnes per year of the element (its share of a combined figure); null for a share of output.' })
  tonnes?: TonnesRange | null;

  @Field(() => Number, { nullable: true, description: 'Share of the site’s output of the element, %.' })
  sharePct?: number | null;

  @Field(() => Int, { nullable: true })
  fromYear?: number | null;

  @Field(() => Int, { nullable: true })
  toYear?: number | null;

  @Field({ description: 'FIRM, CONDITIONAL, NON_BINDING or OPTION.' })
  status!: string;

  @Field(() => Confidence)
  confidence!: Confidence;

  @Field(() => String, { nullable: true, description: 'Why it does not count in `contracted` (null: it counts in the years it runs).' })
  notCountedBecause?: string | null;

  @Field(() => String, { nullable: true })
  statedText?: string | null;

  @Field(() => [Source])
  sources?: Source[];

  agreementId?: string | null;
  siteId?: string | null;
  sourceIds!: string[];
}

@ObjectType({ description: 'Tonnes contracted to the importer outside the country in one year: the sum of the offtakes that count, low to high.' })
export class ContractedYear {
  @Field(() => Int)
  year!: number;

  @Field(() => TonnesRange)
  tonnes!: TonnesRange;

  @Field(() => [String], { description: 'The offtakes summed.' })
  offtakeIds!: string[];

  @Field({ description: 'False when a share-of-output offtake’s site has no tonnage for the year (it counted 0).' })
  complete!: boolean;
}

@ObjectType({ description: 'An importer depending on the excluded country: its dependence, demand, contracted tonnes and its options elsewhere.' })
export class ImporterAlternatives {
  @Field(() => Country)
  importer?: GraphNode;

  @Field(() => [DependenceFigure], { description: 'Its dependence on the excluded country for the element, element-specific and newest first.' })
  dependence!: DependenceFigure[];

  @Field(() => [DemandFigure], { description: 'Its demand for the element in the years the graph has a figure for.' })
  demandByYear!: DemandFigure[];

  @Field(() => [ContractedYear], { description: 'Tonnes contracted to it outside the country, year by year over the answer’s window.' })
  contractedByYear!: ContractedYear[];

  @Field(() => [OfftakeTonnes], { description: 'Every offtake of the element its government or companies hold, counted or not (and why).' })
  offtakes!: OfftakeTonnes[];

  @Field(() => [SupplyOption], { description: 'Alternative options, best first: routes outside first (VIA_COUNTRY last, marked), those it already reaches through an agreement, then by status and deliverable tonnes × confidence (the first optionsPerImporter).' })
  options!: SupplyOption[];

  @Field(() => Int, { description: 'How many options there are in all.' })
  optionCount!: number;

  importerId!: string;
  year!: number;
}
