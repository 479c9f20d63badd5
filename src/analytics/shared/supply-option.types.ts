import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Agreement } from '../../schema/agreement.type';
import { Source } from '../../schema/common/source.type';
import { Company } from '../../schema/company.type';
import { Country } from '../../schema/country.type';
import { AnyEntity, Site } from '../../schema/relations.type';
import type { GraphNode } from '../../db/graph.repository';
import { Confidence, QuantityBasis, RouteVerdict, StatusLevel } from './analytics.enums';

@ObjectType({ description: 'Tonnes per year as a range: low and high (equal when the source gives one number).' })
export class TonnesRange {
  @Field(() => Float)
  low!: number;

  @Field(() => Float)
  high!: number;
}

@ObjectType({ description: 'What a site makes or can make of the element in one year, and where the figure comes from.' })
export class YearTonnes {
  @Field(() => Int)
  year!: number;

  @Field(() => TonnesRange)
  tonnes!: TonnesRange;

  @Field(() => QuantityBasis)
  basis!: QuantityBasis;

  @Field(() => Confidence)
  confidence!: Confidence;

  @Field({ description: 'How the figure was obtained, in words (a split of a combined figure says so).' })
  derivation!: string;

  @Field({ description: 'True when the figure is the element’s share of a combined one (e.g. Dy+Tb) by a ratio band.' })
  split!: boolean;

  @Field(() => [Source])
  sources?: Source[];

  quantityId!: string;
  sourceIds!: string[];
}

@ObjectType({ description: 'An effective controller of a site: an ultimate holder, its country and its effective stake.' })
export class Controller {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Company, { nullable: true })
  company?: GraphNode | null;

  @Field(() => Country, { nullable: true, description: 'Headquarters country (null when not recorded).' })
  country?: GraphNode | null;

  @Field(() => Float, { description: 'Effective stake, % (stakes multiplied along the ownership chain).' })
  effectivePct!: number;

  @Field({ description: 'True when this share counts for the controller’s headquarters country; false when the controller’s own owners are unknown or unrecorded, so the share is untraced.' })
  attributed!: boolean;

  countryId?: string | null;
}

@ObjectType({ description: 'Share of a site (or of a stage) attributed to one country.' })
export class CountryShare {
  @Field(() => Country, { nullable: true, description: 'Null when the share is not traced to a country.' })
  country?: GraphNode | null;

  @Field({ description: 'Country name, or what the share stands for when there is no country.' })
  name!: string;

  @Field(() => Float)
  effectivePct!: number;

  countryId?: string | null;
}

@ObjectType({ description: 'An agreement through which an importer already reaches an option, and how.' })
export class ReachingAgreement {
  @Field(() => Agreement)
  agreement?: GraphNode;

  @Field({ description: 'covers the site / with a company that runs, owns or controls the site / framework with the site country.' })
  via!: string;

  agreementId!: string;
}

@ObjectType({ description: 'One step of a route downstream from a site: the plant, buyer or country the material goes to.' })
export class RouteStep {
  @Field(() => AnyEntity, { description: 'The plant, the buying company, or the destination country.' })
  entity?: GraphNode;

  @Field({ description: 'Facility, Company or Country.' })
  kind!: string;

  @Field(() => Country, { nullable: true, description: 'Where it lies (a company: its headquarters).' })
  country?: GraphNode | null;

  @Field(() => String, { nullable: true, description: 'What goes to it.' })
  product?: string | null;

  @Field(() => String, { nullable: true })
  since?: string | null;

  @Field(() => String, { nullable: true })
  until?: string | null;

  @Field({ description: 'ACTIVE, PLANNED or ENDED, as recorded.' })
  status!: string;

  @Field(() => Float, { description: 'Effective control of the step held from the excluded country on the date, %.' })
  outsideControlPct!: number;

  @Field({ description: 'Located in the excluded country.' })
  locatedIn!: boolean;

  @Field({ description: 'Controlled (at or above the threshold) from the excluded country.' })
  controlledFrom!: boolean;

  entityId!: string;
  countryId?: string | null;
  entityName!: string;
  countryName?: string | null;
}

@ObjectType({ description: 'One recorded route from a site to separation (or a buyer).' })
export class SupplyRoute {
  @Field({ description: 'A planned route (some link is only planned).' })
  planned!: boolean;

  @Field({ description: 'Some step is located in or controlled from the excluded country, by the basis asked.' })
  viaCountry!: boolean;

  @Field(() => [RouteStep])
  steps!: RouteStep[];
}

@ObjectType({ description: 'A deposit or facility able to supply an element, with where its output goes, how much it can supply, and why it qualifies.' })
export class SupplyOption {
  @Field({ description: 'DEPOSIT or FACILITY.' })
  siteType!: string;

  @Field(() => ID)
  siteId!: string;

  @Field()
  siteName!: string;

  @Field(() => Site, { description: 'The site itself, to drill down.' })
  site?: GraphNode;

  @Field(() => [String], { description: 'Stages (MINING for deposits).' })
  stages!: string[];

  @Field({ description: "Status for this element (a facility's circuit may lag the plant)." })
  status!: string;

  @Field(() => StatusLevel)
  statusLevel!: StatusLevel;

  @Field(() => Country)
  country?: GraphNode;

  @Field(() => Float, { nullable: true, description: 'Published capacity (see capacityUnit: t/yr for facilities, contained t TREO for deposits).' })
  capacity?: number | null;

  @Field(() => String, { nullable: true })
  capacityUnit?: string | null;

  @Field(() => String, { nullable: true, description: 'How the site relates to the element (MAIN/NOTABLE content, SEPARATES, PRODUCES…).' })
  elementRole?: string | null;

  @Field(() => String, { nullable: true })
  elementDetail?: string | null;

  @Field(() => [Company], { description: 'Operators (and direct owners).' })
  operators?: GraphNode[];

  @Field(() => [Controller], { description: 'Ultimate holders with effective stakes.' })
  controllers!: Controller[];

  @Field(() => [CountryShare], { description: 'Effective control by holder country (only shares traced to a country).' })
  controlByCountry!: CountryShare[];

  @Field(() => Float, { description: 'How much of the site’s control the graph traces to a country, %; the rest is untraced (owners unknown or unrecorded).' })
  controlAttributedPct!: number;

  @Field(() => Float, { description: 'Effective control held from the excluded country, %.' })
  outsideControlPct!: number;

  @Field({ description: 'True when the site lies outside the excluded country.' })
  locatedOutside!: boolean;

  @Field({ description: 'True when the excluded country’s effective control reaches the threshold.' })
  controlledFromOutside!: boolean;

  @Field(() => RouteVerdict, { description: 'Where its output goes on the date, judged by the basis asked.' })
  route!: RouteVerdict;

  @Field(() => [SupplyRoute], { description: 'The recorded routes downstream (current on the date, and planned), step by step.' })
  routes!: SupplyRoute[];

  @Field({ description: 'The stage its tonnes are counted at, and their unit.' })
  tonnesStage!: string;

  @Field()
  tonnesUnit!: string;

  @Field(() => [YearTonnes], { description: 'Its tonnes per year over the answer’s window (years no figure covers are absent).' })
  tonnesByYear!: YearTonnes[];

  @Field(() => [Agreement], { description: 'Agreements naming the site or made by its operators/owners.' })
  agreements?: GraphNode[];

  @Field(() => Boolean, { nullable: true, description: 'importerAlternatives only: the importer already reaches this option through an agreement.' })
  reachedThroughAgreement?: boolean;

  @Field(() => [ReachingAgreement], { nullable: true, description: 'importerAlternatives only: those agreements.' })
  reachingAgreements?: ReachingAgreement[];

  @Field({ description: 'Why the site is an option — where it lies, who controls it, where its output goes, how much it can supply — in words.' })
  why!: string;

  @Field(() => [Source])
  sources?: Source[];

  countryId!: string;
  countryName!: string;
  operatorIds!: string[];
  agreementIds!: string[];
  sourceIds!: string[];
  /** The year `tonnes` answers for when no year is given. */
  year!: number;
}
