/**
 * The controlled vocabulary of the graph, shared by the seed validator, the write API and the
 * GraphQL enums. docs/seed-format.md explains each term.
 */
export const ELEMENT_GROUPS = ['LIGHT', 'HEAVY', 'NEITHER', 'NONE'] as const;
export const CONTINENTS = ['AFRICA', 'ASIA', 'EUROPE', 'NORTH_AMERICA', 'SOUTH_AMERICA', 'OCEANIA', 'ANTARCTICA'] as const;
export const COUNTRY_KINDS = ['COUNTRY', 'TERRITORY', 'UNION'] as const;
export const SOURCE_KINDS = ['PRIMARY', 'SECONDARY', 'ARTICLE'] as const;
/** Who publishes a source (docs/seed-format.md, sources.csv). */
export const SOURCE_CLASSES = ['OFFICIAL', 'COMPANY', 'FILING', 'NEWS', 'TRADE_PRESS', 'ANALYST', 'ACADEMIC', 'ENCYCLOPEDIA'] as const;
export const STATISTIC_MEASURES = ['MINE_PRODUCTION', 'RESERVES'] as const;
export const STATISTIC_STATUSES = ['REPORTED', 'ESTIMATED', 'QUOTA', 'NOT_AVAILABLE'] as const;
export const LOCATION_PRECISIONS = ['SITE', 'TOWN', 'REGION'] as const;
export const DEPOSIT_TYPES = [
  'CARBONATITE',
  'ION_ADSORPTION_CLAY',
  'ALKALINE_IGNEOUS',
  'HEAVY_MINERAL_SANDS',
  'HYDROTHERMAL',
  'IRON_OXIDE_APATITE',
  'XENOTIME',
  'PHOSPHATE',
  'DEEP_SEA_MUD',
  'PLACER',
  'WEATHERED_CRUST',
  'TAILINGS_OR_WASTE',
  'OTHER',
  'UNKNOWN',
] as const;
export const DEPOSIT_STATUSES = ['PRODUCING', 'CONSTRUCTION', 'DEVELOPMENT', 'EXPLORATION', 'CARE_AND_MAINTENANCE', 'SUSPENDED', 'CLOSED'] as const;
export const OWNERSHIP_TYPES = ['STATE_OWNED', 'LISTED', 'PRIVATE', 'AGENCY', 'JOINT_VENTURE', 'ARMED_GROUP', 'UNIVERSITY', 'INTERGOVERNMENTAL'] as const;
/**
 * What the graph knows of a company's owners. The first three let the share no recorded stake
 * covers count for the company's headquarters country; the others leave it untraced.
 */
export const OWNERSHIP_RECORDS = ['WIDELY_HELD', 'STATE', 'INDEPENDENT', 'COMPLETE', 'PARTIAL', 'MULTILATERAL', 'UNKNOWN'] as const;
export const RESIDUAL_TO_HEADQUARTERS: ReadonlyArray<(typeof OWNERSHIP_RECORDS)[number]> = ['WIDELY_HELD', 'STATE', 'INDEPENDENT'];
export const FACILITY_STAGES = ['MINING_CONCENTRATION', 'CRACKING_LEACHING', 'SEPARATION_REFINING', 'METAL_ALLOY', 'MAGNET', 'RECYCLING'] as const;
export const FACILITY_STATUSES = ['OPERATING', 'COMMISSIONING', 'CONSTRUCTION', 'PLANNED', 'PILOT', 'SUSPENDED', 'CLOSED', 'CANCELLED'] as const;
export const TRADE_PRODUCTS = ['ORES_CONCENTRATES', 'COMPOUNDS', 'METALS', 'COMPOUNDS_AND_METALS', 'MAGNETS', 'ALL_RARE_EARTHS'] as const;
export const TRADE_BASES = ['VALUE', 'VOLUME', 'UNSTATED'] as const;
export const AGREEMENT_KINDS = [
  'OFFTAKE',
  'JOINT_VENTURE',
  'EQUITY',
  'ACQUISITION',
  'FINANCING',
  'GRANT',
  'EXPLORATION_LICENCE',
  'MINING_LICENCE',
  'OPERATING_LICENCE',
  'GOVERNMENT_FRAMEWORK',
  'PRICE_FLOOR',
  'SUPPLY',
  'TECHNOLOGY',
  'STRATEGIC_DESIGNATION',
] as const;
export const AGREEMENT_STATUSES = ['ANNOUNCED', 'NON_BINDING', 'CONDITIONAL', 'SIGNED', 'IN_FORCE', 'COMPLETED', 'TERMINATED', 'LAPSED', 'SUPERSEDED'] as const;
export const CONTROL_KINDS = [
  'EXPORT_QUOTA',
  'EXPORT_DUTY',
  'EXPORT_LICENSING',
  'EXPORT_BAN',
  'INFORMAL_HALT',
  'TECHNOLOGY_EXPORT_BAN',
  'EXTRATERRITORIAL_RULE',
  'ENTITY_LISTING',
  'SUSPENSION',
  'PRODUCTION_QUOTA',
  'REGULATION',
] as const;
export const CONTROL_LINK_TYPES = ['SUSPENDS', 'AMENDS', 'REPLACES', 'LIFTS'] as const;
export const MARKET_STAGES = ['MINING', 'SEPARATION_REFINING', 'METAL_ALLOY', 'MAGNET', 'RECYCLING'] as const;

// ---- quantities (docs/seed-format.md, "Quantities") ----
/** The stages a tonnage can be for. */
export const QUANTITY_STAGES = ['MINING', 'CRACKING_LEACHING', 'SEPARATION_REFINING', 'METAL_ALLOY', 'MAGNET', 'RECYCLING'] as const;
export const QUANTITY_UNITS = ['T_REO_PER_YEAR', 'T_METAL_PER_YEAR', 'T_PRODUCT_PER_YEAR'] as const;
/** Best first: for one site, element, stage and year the first basis that has a row wins. */
export const QUANTITY_BASES = ['ACTUAL_OUTPUT', 'GUIDANCE', 'NAMEPLATE', 'TARGET', 'MODEL_ESTIMATE'] as const;
/** Most certain first. */
export const CONFIDENCES = ['HIGH', 'MEDIUM', 'LOW'] as const;
export const MILESTONES = ['CONSTRUCTION_START', 'COMMISSIONING_START', 'FIRST_PRODUCT', 'COMMERCIAL_PRODUCTION', 'NAMEPLATE_REACHED'] as const;
export const OFFTAKE_STATUSES = ['FIRM', 'CONDITIONAL', 'NON_BINDING', 'OPTION'] as const;
export const VOLUME_MEASURES = ['DEMAND', 'CONSUMPTION', 'PRODUCTION', 'PRODUCTION_QUOTA', 'IMPORTS'] as const;
export const VOLUME_BASES = ['REPORTED', 'FORECAST', 'MODEL_ESTIMATE'] as const;
export const MARKET_SCOPES = ['ALL_RARE_EARTHS', 'LIGHT', 'HEAVY', 'NDPR', 'DY_TB', 'MAGNET_RARE_EARTHS'] as const;
export const CLAIM_VERDICTS = ['CONFIRMED', 'IMPRECISE', 'WRONG', 'UNVERIFIED'] as const;
export const CONTENT_ROLES = ['MAIN', 'NOTABLE', 'BY_PRODUCT'] as const;
export const PROCESSING_ROLES = ['SEPARATES', 'PRODUCES', 'RECOVERS'] as const;
export const PROCESSING_STATUSES = ['COMMERCIAL', 'PILOT', 'PLANNED'] as const;
export const STAKE_BASES = ['EQUITY', 'ECONOMIC', 'AS_CONVERTED', 'VOTING'] as const;
export const STAKE_STATUSES = ['CURRENT', 'HISTORICAL', 'AGREED', 'CONDITIONAL', 'OPTION'] as const;
export const SUPPLY_STATUSES = ['ACTIVE', 'PLANNED', 'ENDED'] as const;
export const PARTY_ROLES = [
  'BUYER',
  'SELLER',
  'LENDER',
  'BORROWER',
  'INVESTOR',
  'INVESTEE',
  'PARTNER',
  'GOVERNMENT',
  'GUARANTOR',
  'LICENSOR',
  'LICENSEE',
  'GRANTOR',
  'RECIPIENT',
  'SIGNATORY',
  'ACQUIRER',
  'TARGET',
  'SELLER_OF_STAKE',
] as const;

/** Node labels with an `id`; every one but Source also carries the :Entity label. */
export const ENTITY_LABELS = [
  'Element',
  'Country',
  'Statistic',
  'Deposit',
  'Company',
  'Person',
  'Facility',
  'TradeDependence',
  'Agreement',
  'ExportControl',
  'Claim',
  'MarketShare',
  'Quantity',
  'RatioShare',
  'Milestone',
  'Offtake',
  'ElementVolume',
] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];
export type NodeLabel = EntityLabel | 'Source';
