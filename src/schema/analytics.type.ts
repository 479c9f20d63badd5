import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Source } from './common/source.type';
import { Company } from './company.type';
import { Country } from './country.type';
import { Element } from './element.type';
import { ExportControl } from './export-control.type';
import { Agreement } from './agreement.type';
import { TradeDependence } from './trade-dependence.type';
import { AnyEntity, OwnedEntity, Site } from './relations.type';

export enum ControlBasis {
  LOCATION = 'LOCATION',
  CONTROL = 'CONTROL',
  BOTH = 'BOTH',
}
registerEnumType(ControlBasis, {
  name: 'ControlBasis',
  description: 'LOCATION: where a site lies. CONTROL: who controls it (effective ownership through chains, state ownership included). BOTH: both must be outside.',
});

export enum SupplyStage {
  MINING = 'MINING',
  MINING_CONCENTRATION = 'MINING_CONCENTRATION',
  CRACKING_LEACHING = 'CRACKING_LEACHING',
  SEPARATION_REFINING = 'SEPARATION_REFINING',
  METAL_ALLOY = 'METAL_ALLOY',
  MAGNET = 'MAGNET',
  RECYCLING = 'RECYCLING',
}
registerEnumType(SupplyStage, { name: 'SupplyStage', description: 'MINING = deposits (and mining/concentration plants); the others are facility stages.' });

export enum StatusLevel {
  PRODUCING = 'PRODUCING',
  CONSTRUCTION = 'CONSTRUCTION',
  DEVELOPMENT = 'DEVELOPMENT',
  EXPLORATION = 'EXPLORATION',
  IDLE = 'IDLE',
}
registerEnumType(StatusLevel, { name: 'StatusLevel', description: 'Rank of an option: producing > construction > development (incl. pilot, planned) > exploration > idle (care and maintenance, suspended).' });

export enum ControlStatus {
  ANNOUNCED = 'ANNOUNCED',
  IN_FORCE = 'IN_FORCE',
  SUSPENDED = 'SUSPENDED',
  LIFTED = 'LIFTED',
}
registerEnumType(ControlStatus, { name: 'ControlStatus', description: 'Status of an export measure on the asked date.' });

export enum ChainArrival {
  DIRECT = 'DIRECT',
  TRADE = 'TRADE',
}
registerEnumType(ChainArrival, { name: 'ChainArrival', description: 'DIRECT: the last step is in the importer. TRADE: it is in a country the importer depends on.' });

@ObjectType({ description: 'An effective controller of a site: an ultimate holder, its country and its effective stake.' })
export class Controller {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Company, { nullable: true })
  company?: unknown;

  @Field(() => Country, { nullable: true, description: 'Headquarters country (null when not recorded).' })
  country?: unknown;

  @Field(() => Float, { description: 'Effective stake, % (stakes multiplied along the ownership chain).' })
  effectivePct!: number;

  countryId?: string | null;
}

@ObjectType({ description: 'Share of a site (or of a stage) attributed to one country.' })
export class CountryShare {
  @Field(() => Country, { nullable: true, description: 'Null when the holders’ headquarters are not recorded or the share is not traced.' })
  country?: unknown;

  @Field({ description: 'Country name, or what the share stands for when there is no country.' })
  name!: string;

  @Field(() => Float)
  effectivePct!: number;

  countryId?: string | null;
}

@ObjectType({ description: 'An agreement through which an importer already reaches an option, and how.' })
export class ReachingAgreement {
  @Field(() => Agreement)
  agreement!: unknown;

  @Field({ description: 'covers the site / with a company that runs, owns or controls the site / framework with the site country.' })
  via!: string;

  agreementId!: string;
}

@ObjectType({ description: 'A deposit or facility able to supply an element, with why it qualifies.' })
export class SupplyOption {
  @Field({ description: 'DEPOSIT or FACILITY.' })
  siteType!: string;

  @Field(() => ID)
  siteId!: string;

  @Field()
  siteName!: string;

  @Field(() => Site, { description: 'The site itself, to drill down.' })
  site!: unknown;

  @Field(() => [String], { description: 'Stages (MINING for deposits).' })
  stages!: string[];

  @Field({ description: "Status for this element (a facility's circuit may lag the plant)." })
  status!: string;

  @Field(() => StatusLevel)
  statusLevel!: StatusLevel;

  @Field(() => Country)
  country!: unknown;

  @Field(() => Float, { nullable: true, description: 'Published capacity (see capacityUnit: t/yr for facilities, contained t TREO for deposits).' })
  capacity?: number | null;

  @Field(() => String, { nullable: true })
  capacityUnit?: string | null;

  @Field(() => String, { nullable: true, description: 'How the site relates to the element (MAIN/NOTABLE content, SEPARATES, PRODUCES…).' })
  elementRole?: string | null;

  @Field(() => String, { nullable: true })
  elementDetail?: string | null;

  @Field(() => [Company], { description: 'Operators (and direct owners).' })
  operators!: unknown[];

  @Field(() => [Controller], { description: 'Ultimate holders with effective stakes.' })
  controllers!: Controller[];

  @Field(() => [CountryShare], { description: 'Effective control by holder country.' })
  controlByCountry!: CountryShare[];

  @Field(() => Float, { description: 'How much of the site’s control the graph can trace to a holder, %.' })
  controlAttributedPct!: number;

  @Field(() => Float, { description: 'Effective control held from the excluded country, %.' })
  outsideControlPct!: number;

  @Field({ description: 'True when the site lies outside the excluded country.' })
  locatedOutside!: boolean;

  @Field({ description: 'True when the excluded country’s effective control reaches the threshold.' })
  controlledFromOutside!: boolean;

  @Field(() => [Agreement], { description: 'Agreements naming the site or made by its operators/owners.' })
  agreements!: unknown[];

  @Field(() => Boolean, { nullable: true, description: 'importerAlternatives only: the importer already reaches this option through an agreement.' })
  reachedThroughAgreement?: boolean;

  @Field(() => [ReachingAgreement], { nullable: true, description: 'importerAlternatives only: those agreements.' })
  reachingAgreements?: ReachingAgreement[];

  @Field({ description: 'Why the site is an option, in words.' })
  why!: string;

  @Field(() => [Source])
  sources!: unknown[];

  countryId!: string;
  operatorIds!: string[];
  agreementIds!: string[];
  sourceIds!: string[];
}

@ObjectType({ description: "One of an importer's dependence figures." })
export class DependenceFigure {
  @Field(() => TradeDependence, { nullable: true })
  figure?: unknown;

  @Field({ nullable: true })
  product?: string;

  @Field(() => Int, { nullable: true })
  year?: number;

  @Field({ nullable: true })
  period?: string;

  @Field(() => Float, { nullable: true })
  sharePct?: number | null;

  @Field({ nullable: true })
  metric?: string;

  @Field({ description: 'Stated for the element itself (rather than for a product group carrying it).' })
  elementSpecific!: boolean;

  @Field(() => [Source])
  sources!: unknown[];

  id?: string;
  sourceIds!: string[];
}

@ObjectType({ description: 'An importer depending on the excluded country, and its options elsewhere.' })
export class ImporterAlternatives {
  @Field(() => Country)
  importer!: unknown;

  @Field(() => [DependenceFigure], { description: 'Its dependence on the excluded country for the element, element-specific and newest first.' })
  dependence!: DependenceFigure[];

  @Field(() => [SupplyOption], { description: 'Alternative options, best first: those it already reaches through an agreement, then by status and capacity (the first optionsPerImporter).' })
  options!: SupplyOption[];

  @Field(() => Int, { description: 'How many options there are in all.' })
  optionCount!: number;

  importerId!: string;
}

@ObjectType({ description: 'A site in a supplier country and what feeds it.' })
export class ChainSite {
  @Field(() => Site)
  site!: unknown;

  @Field({ nullable: true })
  status?: string;

  @Field(() => [Site], { description: 'Sites supplying it (physical supply links).' })
  suppliedBy!: unknown[];

  siteId!: string;
  supplierIds!: string[];
}

@ObjectType({ description: "A supplier's share in one breakdown." })
export class SupplierShare {
  @Field(() => Country)
  country!: unknown;

  @Field(() => Float, { nullable: true })
  sharePct?: number | null;

  @Field(() => Float, { nullable: true })
  valueUSD?: number | null;

  @Field(() => Float, { nullable: true })
  volumeTonnes?: number | null;

  @Field(() => [ChainSite], { description: 'What the graph knows behind this supplier for the element.' })
  chain!: ChainSite[];

  @Field(() => [Source])
  sources!: unknown[];

  countryId!: string;
  sourceIds!: string[];
}

@ObjectType({ description: 'One published breakdown of an importer’s supply (one product, scope, year and metric).' })
export class DependenceBreakdown {
  @Field()
  product!: string;

  @Field(() => [Element], { description: 'Elements it is stated for (empty: the product group).' })
  elements!: unknown[];

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
  sources!: unknown[];

  elementIds!: string[];
  sourceIds!: string[];
}

@ObjectType({ description: "An importer's dependence on its suppliers for an element." })
export class ImportDependence {
  @Field(() => Country)
  importer!: unknown;

  @Field(() => [DependenceBreakdown])
  breakdowns!: DependenceBreakdown[];

  importerId!: string;
}

@ObjectType()
export class ControlOnDate {
  @Field(() => ExportControl)
  control!: unknown;

  @Field(() => ControlStatus)
  status!: ControlStatus;

  controlId!: string;
}

@ObjectType()
export class CapacityTotal {
  @Field()
  unit!: string;

  @Field(() => Float)
  total!: number;
}

@ObjectType({ description: 'Sources remaining under one basis.' })
export class RemainingSources {
  @Field(() => Int)
  sites!: number;

  @Field(() => Int)
  producingSites!: number;

  @Field(() => [CapacityTotal], { description: 'Published capacity summed per unit (units are never mixed).' })
  capacity!: CapacityTotal[];
}

@ObjectType()
export class RemainingByBasis {
  @Field(() => RemainingSources)
  byLocation!: RemainingSources;

  @Field(() => RemainingSources)
  byControl!: RemainingSources;

  @Field(() => RemainingSources)
  both!: RemainingSources;
}

@ObjectType()
export class ImporterRisk {
  @Field(() => Country)
  importer!: unknown;

  @Field(() => DependenceFigure, { nullable: true, description: "The importer's newest dependence figure on the country for the element." })
  shareAtRisk?: DependenceFigure | null;

  @Field(() => [Agreement], { description: 'Agreements through which it already reaches a remaining source.' })
  mitigatingAgreements!: unknown[];

  importerId!: string;
  agreementIds!: string[];
}

@ObjectType({ description: 'What a stop or control of one element’s exports puts at risk, and what remains.' })
export class ElementDisruption {
  @Field(() => Element)
  element!: unknown;

  @Field(() => [ControlOnDate], { description: "The country's measures on this element on the date (in force, suspended or announced)." })
  controls!: ControlOnDate[];

  @Field(() => RemainingByBasis)
  remaining!: RemainingByBasis;

  @Field(() => [ImporterRisk])
  importers!: ImporterRisk[];

  elementId!: string;
}

@ObjectType()
export class ShareRow {
  @Field(() => Country, { nullable: true })
  country?: unknown;

  @Field()
  name!: string;

  @Field(() => Float)
  sharePct!: number;

  @Field(() => Float, { nullable: true, description: 'Production views: tonnes of REO.' })
  tonnesREO?: number | null;

  @Field(() => [Site], { nullable: true, description: 'Sites views: the sites counted.' })
  sites?: unknown[] | null;

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
  sources!: unknown[];

  sourceIds!: string[];
}

@ObjectType({ description: 'Concentration of one stage by country: published figures, USGS production, and the graph’s sites.' })
export class Concentration {
  @Field(() => Element)
  element!: unknown;

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

@ObjectType()
export class ChainStep {
  @Field(() => AnyEntity)
  entity!: unknown;

  @Field({ description: 'Deposit, Facility or Company.' })
  type!: string;

  @Field(() => [String], { nullable: true })
  stages?: string[] | null;

  @Field(() => String, { nullable: true })
  status?: string | null;

  @Field(() => Country, { nullable: true })
  country?: unknown;

  @Field(() => String, { nullable: true, description: 'Product received from the previous step.' })
  product?: string | null;

  @Field()
  locatedInFlaggedCountry!: boolean;

  @Field({ description: 'A company of the flagged country runs or holds the step (directly or up the ownership chain).' })
  controlledFromFlaggedCountry!: boolean;

  entityId!: string;
  countryId?: string | null;
}

@ObjectType({ description: 'A route from a deposit through processing to an importer.' })
export class SupplyChainPath {
  @Field(() => ChainArrival)
  arrival!: ChainArrival;

  @Field(() => Int)
  hops!: number;

  @Field(() => [ChainStep])
  steps!: ChainStep[];

  @Field()
  anyStepLocatedInFlaggedCountry!: boolean;

  @Field()
  anyStepControlledFromFlaggedCountry!: boolean;

  @Field(() => [Source])
  sources!: unknown[];

  sourceIds!: string[];
}

@ObjectType()
export class PathHolder {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Country, { nullable: true })
  country?: unknown;

  countryId?: string | null;
}

@ObjectType({ description: 'One ownership path from an ultimate holder down to the target.' })
export class OwnershipPath {
  @Field(() => [PathHolder], { description: 'From the holder down to the target.' })
  holders!: PathHolder[];

  @Field(() => [String], { description: 'Link types along the path (OWNS, or OPERATES where an operator stands in for unrecorded ownership).' })
  links!: string[];

  @Field(() => [Float], { nullable: 'items', description: 'Stake at each link, % (null: unknown).' })
  stakePcts!: Array<number | null>;

  @Field(() => Float, { nullable: true, description: 'Product of the stakes, % (null when a stake is unknown).' })
  effectivePct?: number | null;
}

@ObjectType({ description: 'Ownership paths to the ultimate controllers of a deposit, facility or company.' })
export class ControlChain {
  @Field(() => OwnedEntity)
  target!: unknown;

  @Field(() => [OwnershipPath])
  paths!: OwnershipPath[];

  @Field(() => [Controller])
  controllers!: Controller[];

  @Field(() => [CountryShare])
  controlByCountry!: CountryShare[];

  @Field(() => Float, { description: 'Share of control traced to a holder, %; the rest is not traced.' })
  controlAttributedPct!: number;

  @Field(() => Int, { description: 'Paths with a stake of unknown size.' })
  unknownPaths!: number;

  targetId!: string;
}

@ObjectType({ description: 'An export measure and its status on the asked date.' })
export class ExportControlOnDate {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  instrument?: string | null;

  @Field()
  kind!: string;

  @Field(() => ControlStatus)
  status!: ControlStatus;

  @Field(() => String, { nullable: true })
  announced?: string | null;

  @Field(() => String, { nullable: true })
  effective?: string | null;

  @Field(() => String, { nullable: true })
  suspendedFrom?: string | null;

  @Field(() => String, { nullable: true })
  suspendedUntil?: string | null;

  @Field(() => String, { nullable: true })
  liftedOn?: string | null;

  @Field(() => Country, { nullable: true, description: 'Destination targeted (null: all).' })
  target?: unknown;

  @Field(() => [Element], { description: 'Elements the measure names (empty: the measure covers products or technologies without naming elements; see scope).' })
  elements!: unknown[];

  @Field(() => [ExportControl])
  suspendedBy!: unknown[];

  @Field(() => String, { nullable: true, description: 'What the data cannot tell (e.g. after a suspension ran out).' })
  note?: string | null;

  @Field(() => ExportControl)
  control!: unknown;

  @Field(() => [Source])
  sources!: unknown[];

  targetId?: string | null;
  elementIds!: string[];
  suspendedByIds!: string[];
  sourceIds!: string[];
}

