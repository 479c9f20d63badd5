import {
  agreementCoverage,
  agreementParties,
  agreements,
  claims,
  companies,
  countries,
  deposits,
  depositElements,
  elements,
  elementVolumes,
  exportControlElements,
  exportControlLinks,
  exportControls,
  facilities,
  facilityElements,
  marketShares,
  milestones,
  offtakes,
  operators,
  persons,
  quantities,
  ratioShares,
  sources,
  stakes,
  statistics,
  supplyLinks,
  tradeDependence,
  type RecordFile,
} from '../domain/records';
import { CONTROL_LINK_TYPES, type NodeLabel } from '../domain/vocabulary';

/**
 * What the write API and the import accept: the records of the seed files, with the same columns,
 * rules and graph shape (docs/seed-format.md). An entity record is a node (plus the relationships
 * its row defines, e.g. a deposit's country); a link record is one relationship.
 */

export const ENTITY_TYPES = [
  'ELEMENT',
  'COUNTRY',
  'COMPANY',
  'PERSON',
  'DEPOSIT',
  'FACILITY',
  'AGREEMENT',
  'EXPORT_CONTROL',
  'TRADE_DEPENDENCE',
  'STATISTIC',
  'MARKET_SHARE',
  'CLAIM',
  'SOURCE',
  'QUANTITY',
  'RATIO_SHARE',
  'MILESTONE',
  'OFFTAKE',
  'ELEMENT_VOLUME',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const LINK_TYPES = ['STAKE', 'OPERATOR', 'DEPOSIT_ELEMENT', 'FACILITY_ELEMENT', 'SUPPLY_LINK', 'AGREEMENT_PARTY', 'AGREEMENT_COVERAGE', 'EXPORT_CONTROL_ELEMENT', 'EXPORT_CONTROL_LINK'] as const;
export type LinkType = (typeof LINK_TYPES)[number];

export type RecordType = EntityType | LinkType;

/** A relationship kind an entity record owns, seen from the entity. */
export interface OwnedKind {
  type: string;
  direction: 'OUT' | 'IN';
}

export interface EntityRecordSpec {
  type: EntityType;
  label: NodeLabel;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  file: RecordFile<any>;
  /** Relationships the record's row defines; replaced as a whole when the record is written. */
  ownKinds: OwnedKind[];
}

export interface LinkRecordSpec {
  type: LinkType;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  file: RecordFile<any>;
  /** The relationship types a record of this kind can be (several for export-control links). */
  relationshipTypes: readonly string[];
  /** The record's columns naming its two ends. */
  ends: [string, string];
}

export const ENTITY_RECORDS: Record<EntityType, EntityRecordSpec> = {
  ELEMENT: { type: 'ELEMENT', label: 'Element', file: elements, ownKinds: [] },
  COUNTRY: { type: 'COUNTRY', label: 'Country', file: countries, ownKinds: [] },
  COMPANY: { type: 'COMPANY', label: 'Company', file: companies, ownKinds: [{ type: 'HEADQUARTERED_IN', direction: 'OUT' }] },
  PERSON: { type: 'PERSON', label: 'Person', file: persons, ownKinds: [{ type: 'AFFILIATED_WITH', direction: 'OUT' }] },
  DEPOSIT: { type: 'DEPOSIT', label: 'Deposit', file: deposits, ownKinds: [{ type: 'LOCATED_IN', direction: 'OUT' }] },
  FACILITY: { type: 'FACILITY', label: 'Facility', file: facilities, ownKinds: [{ type: 'LOCATED_IN', direction: 'OUT' }] },
  AGREEMENT: { type: 'AGREEMENT', label: 'Agreement', file: agreements, ownKinds: [] },
  EXPORT_CONTROL: {
    type: 'EXPORT_CONTROL',
    label: 'ExportControl',
    file: exportControls,
    ownKinds: [
      { type: 'IMPOSES', direction: 'IN' },
      { type: 'TARGETS', direction: 'OUT' },
    ],
  },
  TRADE_DEPENDENCE: {
    type: 'TRADE_DEPENDENCE',
    label: 'TradeDependence',
    file: tradeDependence,
    ownKinds: [
      { type: 'IMPORT_DEPENDENCE', direction: 'IN' },
      { type: 'SUPPLIED_BY', direction: 'OUT' },
      { type: 'COVERS', direction: 'OUT' },
    ],
  },
  STATISTIC: { type: 'STATISTIC', label: 'Statistic', file: statistics, ownKinds: [{ type: 'HAS_STATISTIC', direction: 'IN' }] },
  MARKET_SHARE: { type: 'MARKET_SHARE', label: 'MarketShare', file: marketShares, ownKinds: [{ type: 'HAS_MARKET_SHARE', direction: 'IN' }] },
  CLAIM: { type: 'CLAIM', label: 'Claim', file: claims, ownKinds: [{ type: 'ABOUT', direction: 'OUT' }] },
  SOURCE: { type: 'SOURCE', label: 'Source', file: sources, ownKinds: [] },
  QUANTITY: {
    type: 'QUANTITY',
    label: 'Quantity',
    file: quantities,
    ownKinds: [
      { type: 'HAS_QUANTITY', direction: 'IN' },
      { type: 'OF_ELEMENT', direction: 'OUT' },
      { type: 'SPLIT_BY', direction: 'OUT' },
    ],
  },
  RATIO_SHARE: { type: 'RATIO_SHARE', label: 'RatioShare', file: ratioShares, ownKinds: [{ type: 'SHARE_OF', direction: 'OUT' }] },
  MILESTONE: {
    type: 'MILESTONE',
    label: 'Milestone',
    file: milestones,
    ownKinds: [
      { type: 'HAS_MILESTONE', direction: 'IN' },
      { type: 'OF_ELEMENT', direction: 'OUT' },
    ],
  },
  OFFTAKE: {
    type: 'OFFTAKE',
    label: 'Offtake',
    file: offtakes,
    ownKinds: [
      { type: 'HAS_OFFTAKE', direction: 'IN' },
      { type: 'BOUGHT_BY', direction: 'OUT' },
      { type: 'FROM_SITE', direction: 'OUT' },
      { type: 'OF_ELEMENT', direction: 'OUT' },
      { type: 'SPLIT_BY', direction: 'OUT' },
    ],
  },
  ELEMENT_VOLUME: {
    type: 'ELEMENT_VOLUME',
    label: 'ElementVolume',
    file: elementVolumes,
    ownKinds: [
      { type: 'HAS_VOLUME', direction: 'IN' },
      { type: 'OF_ELEMENT', direction: 'OUT' },
      { type: 'SPLIT_BY', direction: 'OUT' },
    ],
  },
};

export const LINK_RECORDS: Record<LinkType, LinkRecordSpec> = {
  STAKE: { type: 'STAKE', file: stakes, relationshipTypes: ['OWNS'], ends: ['ownerId', 'ownedId'] },
  OPERATOR: { type: 'OPERATOR', file: operators, relationshipTypes: ['OPERATES'], ends: ['companyId', 'siteId'] },
  DEPOSIT_ELEMENT: { type: 'DEPOSIT_ELEMENT', file: depositElements, relationshipTypes: ['CONTAINS'], ends: ['depositId', 'element'] },
  FACILITY_ELEMENT: { type: 'FACILITY_ELEMENT', file: facilityElements, relationshipTypes: ['PROCESSES'], ends: ['facilityId', 'element'] },
  SUPPLY_LINK: { type: 'SUPPLY_LINK', file: supplyLinks, relationshipTypes: ['SUPPLIES'], ends: ['fromId', 'toId'] },
  AGREEMENT_PARTY: { type: 'AGREEMENT_PARTY', file: agreementParties, relationshipTypes: ['PARTY_TO'], ends: ['partyId', 'agreementId'] },
  AGREEMENT_COVERAGE: { type: 'AGREEMENT_COVERAGE', file: agreementCoverage, relationshipTypes: ['COVERS'], ends: ['agreementId', 'targetId'] },
  EXPORT_CONTROL_ELEMENT: { type: 'EXPORT_CONTROL_ELEMENT', file: exportControlElements, relationshipTypes: ['CONTROLS'], ends: ['controlId', 'element'] },
  EXPORT_CONTROL_LINK: { type: 'EXPORT_CONTROL_LINK', file: exportControlLinks, relationshipTypes: CONTROL_LINK_TYPES, ends: ['fromId', 'toId'] },
};

export const isEntityType = (type: string): type is EntityType => (ENTITY_TYPES as readonly string[]).includes(type);
export const isLinkType = (type: string): type is LinkType => (LINK_TYPES as readonly string[]).includes(type);

/**
 * A record type from a user's words: the enum name (`DEPOSIT`, `stake`) or the seed file it
 * mirrors (`deposits`, `stakes.csv`). Undefined when none matches.
 */
export function recordTypeFromName(name: string): RecordType | undefined {
  const upper = name.trim().toUpperCase().replace(/-/g, '_');
  if (isEntityType(upper) || isLinkType(upper)) return upper;
  const file = name.trim().toLowerCase().replace(/\.csv$/, '') + '.csv';
  const entity = ENTITY_TYPES.find((type) => ENTITY_RECORDS[type].file.file === file);
  if (entity) return entity;
  return LINK_TYPES.find((type) => LINK_RECORDS[type].file.file === file);
}

export const columnsOf = (type: RecordType): string[] => Object.keys((isEntityType(type) ? ENTITY_RECORDS[type].file : LINK_RECORDS[type as LinkType].file).schema.shape);
