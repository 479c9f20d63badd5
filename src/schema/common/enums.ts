import { registerEnumType } from 'type-graphql';
import { Confidence as AnalyticsConfidence, QuantityBasis as AnalyticsQuantityBasis, VolumeBasis as AnalyticsVolumeBasis } from '../../analytics/shared/analytics.enums';
import * as vocabulary from '../../domain/vocabulary';

/** Every enum made by enumOf, so generated types (record inputs) find the enum of a closed set by its values. */
export const VOCABULARY_ENUMS: Array<{ name: string; values: readonly string[]; enumObject: object }> = [];

/**
 * A GraphQL enum from a closed set of the vocabulary (src/domain/vocabulary.ts) or the record
 * types, registered under `name`: each value is its own name, so what the graph stores is what
 * the API sends. The one way enums are made here, so the two never drift.
 */
export function enumOf<T extends readonly string[]>(values: T, name: string, description: string): { [K in T[number]]: K } {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as { [K in T[number]]: K };
  registerEnumType(enumObject, { name, description });
  VOCABULARY_ENUMS.push({ name, values, enumObject });
  return enumObject;
}

type Of<E> = E[keyof E];

/**
 * Closed sets the analytics questions registered as TypeScript enums before this module had them
 * (src/analytics/shared/analytics.enums.ts): the same values as the vocabulary, adopted here so
 * generated record inputs use them rather than a second enum of the same name.
 */
function adopt<E extends Record<string, string>>(enumObject: E, name: string, values: readonly string[]): E {
  const own = Object.values(enumObject).sort().join('|');
  if (own !== [...values].sort().join('|')) throw new Error(`enum ${name} no longer holds the vocabulary's values`);
  VOCABULARY_ENUMS.push({ name, values, enumObject });
  return enumObject;
}

export const ElementGroup = enumOf(vocabulary.ELEMENT_GROUPS, 'ElementGroup', 'USGS convention: LIGHT = La–Gd, HEAVY = Tb–Lu and Y, NEITHER = Sc, NONE = not a rare earth.');
export type ElementGroup = Of<typeof ElementGroup>;
export const SourceKind = enumOf(vocabulary.SOURCE_KINDS, 'SourceKind', "PRIMARY = the issuer of the fact speaks (its release, filing, notice, data); SECONDARY = someone reports it (news, analysis); ARTICLE = the 2020 article the project started from.");
export type SourceKind = Of<typeof SourceKind>;
export const Continent = enumOf(vocabulary.CONTINENTS, 'Continent', 'Continent (UN M49 regions, with the Americas split).');
export type Continent = Of<typeof Continent>;
export const CountryKind = enumOf(vocabulary.COUNTRY_KINDS, 'CountryKind', 'A sovereign country, a territory (e.g. Greenland), or a union (the EU).');
export type CountryKind = Of<typeof CountryKind>;
export const StatisticMeasure = enumOf(vocabulary.STATISTIC_MEASURES, 'StatisticMeasure', 'USGS measure, in tonnes of rare-earth oxide (REO).');
export type StatisticMeasure = Of<typeof StatisticMeasure>;
export const StatisticStatus = enumOf(vocabulary.STATISTIC_STATUSES, 'StatisticStatus', 'How USGS qualifies the figure: reported, estimated, a production quota, or not available.');
export type StatisticStatus = Of<typeof StatisticStatus>;
export const LocationPrecision = enumOf(vocabulary.LOCATION_PRECISIONS, 'LocationPrecision', 'What the coordinates locate: the site itself, the nearest named town, or only the region.');
export type LocationPrecision = Of<typeof LocationPrecision>;
export const DepositType = enumOf(vocabulary.DEPOSIT_TYPES, 'DepositType', 'Geological type of a deposit.');
export type DepositType = Of<typeof DepositType>;
export const DepositStatus = enumOf(vocabulary.DEPOSIT_STATUSES, 'DepositStatus', 'Development stage of a deposit.');
export type DepositStatus = Of<typeof DepositStatus>;
export const OwnershipType = enumOf(vocabulary.OWNERSHIP_TYPES, 'OwnershipType', 'Who owns the organisation: the state, the market, private owners; or what kind of body it is.');
export type OwnershipType = Of<typeof OwnershipType>;
export const FacilityStage = enumOf(vocabulary.FACILITY_STAGES, 'FacilityStage', 'Processing stage in the chain from ore to magnet (and back, recycling).');
export type FacilityStage = Of<typeof FacilityStage>;
export const FacilityStatus = enumOf(vocabulary.FACILITY_STATUSES, 'FacilityStatus', 'Operating state of a facility.');
export type FacilityStatus = Of<typeof FacilityStatus>;
export const TradeProduct = enumOf(vocabulary.TRADE_PRODUCTS, 'TradeProduct', 'Product group a trade-dependence figure is about.');
export type TradeProduct = Of<typeof TradeProduct>;
export const TradeBasis = enumOf(vocabulary.TRADE_BASES, 'TradeBasis', 'Whether a share is by value, by volume, or unstated by the source.');
export type TradeBasis = Of<typeof TradeBasis>;
export const AgreementKind = enumOf(vocabulary.AGREEMENT_KINDS, 'AgreementKind', 'Kind of agreement.');
export type AgreementKind = Of<typeof AgreementKind>;
export const AgreementStatus = enumOf(vocabulary.AGREEMENT_STATUSES, 'AgreementStatus', 'Status as the sources state it (announced, non-binding, conditional, signed, in force, completed…).');
export type AgreementStatus = Of<typeof AgreementStatus>;
export const ControlKind = enumOf(vocabulary.CONTROL_KINDS, 'ControlKind', 'Kind of export measure.');
export type ControlKind = Of<typeof ControlKind>;
export const ClaimVerdict = enumOf(vocabulary.CLAIM_VERDICTS, 'ClaimVerdict', 'What better sources say of a claim.');
export type ClaimVerdict = Of<typeof ClaimVerdict>;
export const ContentRole = enumOf(vocabulary.CONTENT_ROLES, 'ContentRole', 'How prominent an element is in a deposit.');
export type ContentRole = Of<typeof ContentRole>;
export const ProcessingRole = enumOf(vocabulary.PROCESSING_ROLES, 'ProcessingRole', 'What a facility does with an element.');
export type ProcessingRole = Of<typeof ProcessingRole>;
export const ProcessingStatus = enumOf(vocabulary.PROCESSING_STATUSES, 'ProcessingStatus', 'Commercial, pilot or planned.');
export type ProcessingStatus = Of<typeof ProcessingStatus>;
export const StakeBasis = enumOf(vocabulary.STAKE_BASES, 'StakeBasis', 'What a stake percentage measures.');
export type StakeBasis = Of<typeof StakeBasis>;
export const StakeStatus = enumOf(vocabulary.STAKE_STATUSES, 'StakeStatus', 'CURRENT and HISTORICAL stakes are held; AGREED, CONDITIONAL and OPTION are not (yet).');
export type StakeStatus = Of<typeof StakeStatus>;
export const SupplyStatus = enumOf(vocabulary.SUPPLY_STATUSES, 'SupplyStatus', 'Whether a material flow is active, planned or ended.');
export type SupplyStatus = Of<typeof SupplyStatus>;
export const PartyRole = enumOf(vocabulary.PARTY_ROLES, 'PartyRole', 'Role of a party in an agreement.');
export type PartyRole = Of<typeof PartyRole>;

export const SourceClass = enumOf(vocabulary.SOURCE_CLASSES, 'SourceClass', 'Who publishes a source: an official body, the company itself, a filing, news, trade press, an analyst, academia or an encyclopedia.');
export type SourceClass = Of<typeof SourceClass>;
export const OwnershipRecord = enumOf(
  vocabulary.OWNERSHIP_RECORDS,
  'OwnershipRecord',
  "What the graph knows of a company's owners: WIDELY_HELD, STATE and INDEPENDENT let the share no recorded stake covers count for its headquarters country; the others leave it untraced.",
);
export type OwnershipRecord = Of<typeof OwnershipRecord>;
export const MarketStage = enumOf(vocabulary.MARKET_STAGES, 'MarketStage', 'Supply-chain stage a published market share is for.');
export type MarketStage = Of<typeof MarketStage>;
export const MarketScope = enumOf(vocabulary.MARKET_SCOPES, 'MarketScope', 'Which rare earths a published market share covers.');
export type MarketScope = Of<typeof MarketScope>;
export const ControlLinkType = enumOf(vocabulary.CONTROL_LINK_TYPES, 'ControlLinkType', 'How one export measure acts on another.');
export type ControlLinkType = Of<typeof ControlLinkType>;
export const QuantityStage = enumOf(vocabulary.QUANTITY_STAGES, 'QuantityStage', 'The supply-chain stage a tonnage is for.');
export type QuantityStage = Of<typeof QuantityStage>;
export const QuantityUnit = enumOf(
  vocabulary.QUANTITY_UNITS,
  'QuantityUnit',
  'T_REO_PER_YEAR: tonnes of rare-earth oxide a year (of one element: its oxide); T_METAL_PER_YEAR: tonnes of metal or alloy; T_PRODUCT_PER_YEAR: tonnes of the product named (magnets, concentrate).',
);
export type QuantityUnit = Of<typeof QuantityUnit>;
export const MilestoneKind = enumOf(vocabulary.MILESTONES, 'MilestoneKind', 'A step in building and starting a site.');
export type MilestoneKind = Of<typeof MilestoneKind>;
export const OfftakeStatus = enumOf(vocabulary.OFFTAKE_STATUSES, 'OfftakeStatus', 'How binding contracted tonnes are.');
export type OfftakeStatus = Of<typeof OfftakeStatus>;
export const VolumeMeasure = enumOf(vocabulary.VOLUME_MEASURES, 'VolumeMeasure', 'What a country or world tonnage measures: demand, consumption, production, a production quota or imports.');
export type VolumeMeasure = Of<typeof VolumeMeasure>;

export const QuantityBasis = adopt(AnalyticsQuantityBasis, 'QuantityBasis', vocabulary.QUANTITY_BASES);
export type QuantityBasis = AnalyticsQuantityBasis;
export const Confidence = adopt(AnalyticsConfidence, 'Confidence', vocabulary.CONFIDENCES);
export type Confidence = AnalyticsConfidence;
export const VolumeBasis = adopt(AnalyticsVolumeBasis, 'VolumeBasis', vocabulary.VOLUME_BASES);
export type VolumeBasis = AnalyticsVolumeBasis;

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

export enum EntityType {
  ELEMENT = 'Element',
  COUNTRY = 'Country',
  DEPOSIT = 'Deposit',
  FACILITY = 'Facility',
  COMPANY = 'Company',
  AGREEMENT = 'Agreement',
  EXPORT_CONTROL = 'ExportControl',
  PERSON = 'Person',
}
registerEnumType(EntityType, { name: 'EntityType', description: 'The kinds of entity search and references return.' });
