import { z } from 'zod';
import {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  CLAIM_VERDICTS,
  CONTENT_ROLES,
  CONTINENTS,
  CONTROL_KINDS,
  CONTROL_LINK_TYPES,
  COUNTRY_KINDS,
  DEPOSIT_STATUSES,
  DEPOSIT_TYPES,
  ELEMENT_GROUPS,
  FACILITY_STAGES,
  FACILITY_STATUSES,
  LOCATION_PRECISIONS,
  MARKET_SCOPES,
  MARKET_STAGES,
  OWNERSHIP_TYPES,
  PARTY_ROLES,
  PROCESSING_ROLES,
  PROCESSING_STATUSES,
  SOURCE_KINDS,
  STAKE_BASES,
  STAKE_STATUSES,
  STATISTIC_MEASURES,
  STATISTIC_STATUSES,
  SUPPLY_STATUSES,
  TRADE_BASES,
  TRADE_PRODUCTS,
  type NodeLabel,
} from '../domain/vocabulary';
import {
  boolean,
  fullDate,
  idWithPrefix,
  integer,
  isoDate,
  list,
  number,
  oneOf,
  optionalOneOf,
  requiredList,
  requiredText,
  sourceIds,
  text,
} from './columns';

/**
 * The seed files, their columns and how each row becomes nodes and relationships.
 * Order matters only for reading; the loader writes everything in one transaction.
 */

export interface GraphNode {
  label: NodeLabel;
  id: string;
  properties: Record<string, unknown>;
  location?: { latitude: number; longitude: number };
}

/** A relationship between two ids; `key` tells apart parallel relationships of one type. */
export interface GraphRelationship {
  type: string;
  from: string;
  to: string;
  key: string;
  properties: Record<string, unknown>;
  fromLabels: readonly NodeLabel[];
  toLabels: readonly NodeLabel[];
  /** The column that holds each end, for error messages. */
  fromColumn: string;
  toColumn: string;
}

/**
 * The identity of a relationship record: type|from|to|key. Stored as `seedKey`, so the loader, its
 * validation and API writes all find the same record by it.
 */
export function relationshipKey(rel: Pick<GraphRelationship, 'type' | 'from' | 'to' | 'key'>): string {
  return `${rel.type}|${rel.from}|${rel.to}|${rel.key}`;
}

export interface RowGraph {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

export interface SeedFile<S extends z.ZodObject = z.ZodObject> {
  file: string;
  schema: S;
  /** Turns a validated row into graph parts (sourceIds are added by the loader). */
  toGraph(row: z.infer<S>): RowGraph;
  /** Extra checks on one row (beyond its schema); return messages. */
  check?(row: z.infer<S>): string[];
}

/** Keeps each file's row type (inferred from its schema) inside toGraph and check. */
function defineSeedFile<S extends z.ZodObject>(spec: SeedFile<S>): SeedFile<S> {
  return spec;
}

const SITE_LABELS = ['Deposit', 'Facility'] as const;
const OWNED_LABELS = ['Company', 'Deposit', 'Facility'] as const;
const PARTY_LABELS = ['Company', 'Country'] as const;

const defined = (properties: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)));

function located(countryId: string, id: string, label: NodeLabel): GraphRelationship {
  return { type: 'LOCATED_IN', from: id, to: countryId, key: 'location', properties: {}, fromLabels: [label], toLabels: ['Country'], fromColumn: 'id', toColumn: 'countryId' };
}

function coordinates(row: { latitude?: number; longitude?: number }) {
  return row.latitude !== undefined && row.longitude !== undefined ? { latitude: row.latitude, longitude: row.longitude } : undefined;
}

/** A deposit or facility: its node (coordinates become a point) and where it lies. */
function siteGraph(label: 'Deposit' | 'Facility', row: { id: string; name: string; aliases: string[]; countryId: string; latitude?: number; longitude?: number }): RowGraph {
  return {
    nodes: [
      {
        label,
        id: row.id,
        properties: defined({ ...row, sourceIds: undefined, countryId: undefined, latitude: undefined, longitude: undefined, searchText: searchText(row.name, row.aliases) }),
        location: coordinates(row),
      },
    ],
    relationships: [located(row.countryId, row.id, label)],
  };
}

function checkCoordinates(row: { latitude?: number; longitude?: number; locationPrecision?: string; locationSourceIds: string[] }): string[] {
  const problems: string[] = [];
  if ((row.latitude === undefined) !== (row.longitude === undefined)) problems.push('latitude and longitude go together');
  if (row.latitude !== undefined && !row.locationPrecision) problems.push('locationPrecision is required with coordinates');
  if (row.latitude !== undefined && row.locationSourceIds.length === 0) problems.push('locationSourceIds is required with coordinates');
  return problems;
}

/** Text a full-text index can read: name, aliases and other names in one string. */
export const searchText = (...parts: Array<string | string[] | undefined>) =>
  parts
    .flat()
    .filter((part): part is string => Boolean(part))
    .join(' | ');

const country = z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 code (or EU)'));
const optionalCountry = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v), country.optional());
const ELEMENT_SYMBOL = /^[A-Z][a-z]?$/;
const elementSymbol = z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string().regex(ELEMENT_SYMBOL, 'must be an element symbol such as Tb'));
const anyId = requiredText();

export const sources = defineSeedFile({
  file: 'sources.csv',
  schema: z.object({
    id: idWithPrefix('src-'),
    title: requiredText(),
    publisher: requiredText(),
    url: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.url({ message: 'must be a URL' }).optional()),
    published: isoDate(),
    accessed: fullDate().refine((v) => v !== undefined, 'is required'),
    kind: oneOf(SOURCE_KINDS),
    note: text(),
  }),
  toGraph: (row) => ({ nodes: [{ label: 'Source', id: row.id, properties: defined({ ...row }) }], relationships: [] }),
  check: (row) => (row.kind !== 'ARTICLE' && !row.url ? ['url is required (only the ARTICLE may lack one)'] : []),
});

export const elements = defineSeedFile({
  file: 'elements.csv',
  schema: z.object({
    id: elementSymbol,
    name: requiredText(),
    atomicNumber: integer({ min: 1, max: 118 }).refine((v) => v !== undefined, 'is required'),
    isRareEarth: boolean().refine((v) => v !== undefined, 'is required'),
    group: oneOf(ELEMENT_GROUPS),
    aliases: list(),
    uses: list(),
    sourceIds: sourceIds(),
  }),
  toGraph: (row) => ({
    nodes: [{ label: 'Element', id: row.id, properties: defined({ ...row, sourceIds: undefined, symbol: row.id, groupConvention: 'USGS', searchText: searchText(row.name, row.id, row.aliases) }) }],
    relationships: [],
  }),
  check: (row) => (row.isRareEarth === (row.group === 'NONE') ? ['group NONE is for non-rare-earth elements only'] : []),
});

export const countries = defineSeedFile({
  file: 'countries.csv',
  schema: z.object({
    id: country,
    iso3: z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166 alpha-3 code')),
    name: requiredText(),
    aliases: list(),
    continent: optionalOneOf(CONTINENTS),
    kind: oneOf(COUNTRY_KINDS),
    sourceIds: sourceIds(),
  }),
  toGraph: (row) => ({
    nodes: [{ label: 'Country', id: row.id, properties: defined({ ...row, sourceIds: undefined, iso2: row.id, searchText: searchText(row.name, row.id, row.iso3, row.aliases) }) }],
    relationships: [],
  }),
});

export const statistics = defineSeedFile({
  file: 'statistics.csv',
  schema: z.object({
    id: idWithPrefix('stat-'),
    area: z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string().regex(/^([A-Z]{2}|WORLD|OTHER)$/, 'must be an ISO alpha-2 code, WORLD or OTHER')),
    measure: oneOf(STATISTIC_MEASURES),
    year: integer({ min: 1900, max: 2100 }).refine((v) => v !== undefined, 'is required'),
    tonnesREO: number({ min: 0 }),
    edition: requiredText(),
    status: oneOf(STATISTIC_STATUSES),
    note: text(),
    sourceIds: sourceIds(),
  }),
  toGraph: (row) => ({
    nodes: [{ label: 'Statistic', id: row.id, properties: defined({ ...row, sourceIds: undefined }) }],
    relationships: /^[A-Z]{2}$/.test(row.area)
      ? [{ type: 'HAS_STATISTIC', from: row.area, to: row.id, key: 'statistic', properties: {}, fromLabels: ['Country'], toLabels: ['Statistic'], fromColumn: 'area', toColumn: 'id' }]
      : [],
  }),
  check: (row) => (row.status === 'NOT_AVAILABLE' ? (row.tonnesREO !== undefined ? ['tonnesREO must be empty when NOT_AVAILABLE'] : []) : row.tonnesREO === undefined ? ['tonnesREO is required unless status is NOT_AVAILABLE'] : []),
});

const location = {
  name: requiredText(),
  aliases: list(),
  countryId: country,
  region: text(),
  latitude: number({ min: -90, max: 90 }),
  longitude: number({ min: -180, max: 180 }),
  locationPrecision: optionalOneOf(LOCATION_PRECISIONS),
  locationSourceIds: list(),
};
const statusDetail = { statusYear: integer({ min: 1800, max: 2100 }), statusNote: text() };

export const deposits = defineSeedFile({
  file: 'deposits.csv',
  schema: z.object({
    id: idWithPrefix('dep-'),
    ...location,
    depositType: oneOf(DEPOSIT_TYPES),
    depositTypeText: text(),
    status: oneOf(DEPOSIT_STATUSES),
    ...statusDetail,
    resourceText: text(),
    resourceMt: number({ min: 0 }),
    gradePctTREO: number({ min: 0, max: 100 }),
    containedTREOt: number({ min: 0 }),
    resourceYear: integer({ min: 1800, max: 2100 }),
    heavyRareEarthNotable: boolean().transform((v) => v ?? false),
    description: text(),
    sourceIds: sourceIds(),
  }),
  toGraph: (row) => siteGraph('Deposit', row),
  check: checkCoordinates,
});

export const facilities = defineSeedFile({
  file: 'facilities.csv',
  schema: z.object({
    id: idWithPrefix('fac-'),
    ...location,
    stages: requiredList('at least one stage').pipe(z.array(z.enum(FACILITY_STAGES, { error: () => `stages must be among ${FACILITY_STAGES.join(', ')}` }))),
    status: oneOf(FACILITY_STATUSES),
    ...statusDetail,
    capacityTonnesPerYear: number({ min: 0 }),
    capacityProduct: text(),
    capacityText: text(),
    description: text(),
    sourceIds: sourceIds(),
  }),
  toGraph: (row) => siteGraph('Facility', row),
  check: (row) => [...checkCoordinates(row), ...(row.capacityTonnesPerYear !== undefined && !row.capacityProduct ? ['capacityProduct must say what capacityTonnesPerYear measures'] : [])],
});

export const companies = defineSeedFile({
  file: 'companies.csv',
  schema: z.object({
    id: idWithPrefix('co-'),
    name: requiredText(),
    aliases: list(),
    countryId: optionalCountry,
    ownershipType: optionalOneOf(OWNERSHIP_TYPES),
    listing: list(),
    description: text(),
    sourceIds: sourceIds(),
  }),
  toGraph: (row) => ({
    nodes: [{ label: 'Company', id: row.id, properties: defined({ ...row, sourceIds: undefined, countryId: undefined, searchText: searchText(row.name, row.aliases, row.listing) }) }],
    relationships: row.countryId
      ? [{ type: 'HEADQUARTERED_IN', from: row.id, to: row.countryId, key: 'headquarters', properties: {}, fromLabels: ['Company'], toLabels: ['Country'], fromColumn: 'id', toColumn: 'countryId' }]
      : [],
  }),
});

export const persons = defineSeedFile({
  file: 'persons.csv',
  schema: z.object({ id: idWithPrefix('per-'), name: requiredText(), aliases: list(), role: text(), affiliationId: text(), sourceIds: sourceIds() }),
  toGraph: (row) => ({
    nodes: [{ label: 'Person', id: row.id, properties: defined({ ...row, sourceIds: undefined, affiliationId: undefined, searchText: searchText(row.name, row.aliases) }) }],
    relationships: row.affiliationId
      ? [{ type: 'AFFILIATED_WITH', from: row.id, to: row.affiliationId, key: 'affiliation', properties: defined({ role: row.role }), fromLabels: ['Person'], toLabels: ['Company'], fromColumn: 'id', toColumn: 'affiliationId' }]
      : [],
  }),
});

export const tradeDependence = defineSeedFile({
  file: 'trade_dependence.csv',
  schema: z.object({
    id: idWithPrefix('td-'),
    importerId: country,
    exporterId: optionalCountry,
    product: oneOf(TRADE_PRODUCTS),
    elements: list().refine((symbols) => symbols.every((symbol) => ELEMENT_SYMBOL.test(symbol)), 'must be element symbols such as Tb;Dy'),
    year: integer({ min: 1900, max: 2100 }).refine((v) => v !== undefined, 'is required'),
    period: text(),
    sharePct: number({ min: 0, max: 100 }),
    basis: oneOf(TRADE_BASES),
    valueUSD: number({ min: 0 }),
    volumeTonnes: number({ min: 0 }),
    metric: requiredText(),
    note: text(),
    sourceIds: sourceIds(),
  }),
  toGraph: (row) => ({
    nodes: [{ label: 'TradeDependence', id: row.id, properties: defined({ ...row, sourceIds: undefined, importerId: undefined, exporterId: undefined }) }],
    relationships: [
      { type: 'IMPORT_DEPENDENCE', from: row.importerId, to: row.id, key: 'importer', properties: {}, fromLabels: ['Country'], toLabels: ['TradeDependence'], fromColumn: 'importerId', toColumn: 'id' },
      ...(row.exporterId
        ? [{ type: 'SUPPLIED_BY', from: row.id, to: row.exporterId, key: 'exporter', properties: {}, fromLabels: ['TradeDependence'] as const, toLabels: ['Country'] as const, fromColumn: 'id', toColumn: 'exporterId' }]
        : []),
      ...row.elements.map((symbol: string) => ({ type: 'COVERS', from: row.id, to: symbol, key: 'element', properties: {}, fromLabels: ['TradeDependence'] as const, toLabels: ['Element'] as const, fromColumn: 'id', toColumn: 'elements' })),
    ],
  }),
  check: (row) => (row.sharePct === undefined && row.valueUSD === undefined && row.volumeTonnes === undefined ? ['needs sharePct, valueUSD or volumeTonnes'] : []),
});

export const agreements = defineSeedFile({
  file: 'agreements.csv',
  schema: z.object({
    id: idWithPrefix('agr-'),
    kinds: requiredList('at least one kind').pipe(z.array(z.enum(AGREEMENT_KINDS, { error: () => `kinds must be among ${AGREEMENT_KINDS.join(', ')}` }))),
    title: requiredText(),
    announced: isoDate(),
    signed: isoDate(),
    startDate: isoDate(),
    endDate: isoDate(),
    status: oneOf(AGREEMENT_STATUSES),
    valueAmount: number({ min: 0 }),
    valueCurrency: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code').optional()),
    valueText: text(),
    description: text(),
    sourceIds: sourceIds(),
  }),
  toGraph: (row) => ({
    nodes: [
      {
        label: 'Agreement',
        id: row.id,
        properties: defined({ ...row, sourceIds: undefined, kind: row.kinds[0], name: row.title, date: row.signed ?? row.announced ?? row.startDate, searchText: searchText(row.title) }),
      },
    ],
    relationships: [],
  }),
  check: (row) => [
    ...(row.announced || row.signed || row.startDate ? [] : ['needs a date (announced, signed or startDate)']),
    ...(row.valueAmount !== undefined && !row.valueCurrency ? ['valueCurrency is required with valueAmount'] : []),
  ],
});

export const exportControls = defineSeedFile({
  file: 'export_controls.csv',
  schema: z.object({
    id: idWithPrefix('ec-'),
    countryId: country,
    title: requiredText(),
    instrument: text(),
    kind: oneOf(CONTROL_KINDS),
    announced: isoDate(),
    effective: isoDate(),
    suspendedFrom: isoDate(),
    suspendedUntil: isoDate(),
    liftedOn: isoDate(),
    targetCountryId: optionalCountry,
    scope: text(),
    description: text(),
    sourceIds: sourceIds(),
  }),
  toGraph: (row) => ({
    nodes: [{ label: 'ExportControl', id: row.id, properties: defined({ ...row, sourceIds: undefined, countryId: undefined, targetCountryId: undefined, name: row.title, searchText: searchText(row.title, row.instrument) }) }],
    relationships: [
      { type: 'IMPOSES', from: row.countryId, to: row.id, key: 'imposes', properties: {}, fromLabels: ['Country'], toLabels: ['ExportControl'], fromColumn: 'countryId', toColumn: 'id' },
      ...(row.targetCountryId
        ? [{ type: 'TARGETS', from: row.id, to: row.targetCountryId, key: 'target', properties: {}, fromLabels: ['ExportControl'] as const, toLabels: ['Country'] as const, fromColumn: 'id', toColumn: 'targetCountryId' }]
        : []),
    ],
  }),
  check: (row) => [
    ...(row.announced || row.effective ? [] : ['needs announced or effective']),
    ...(row.suspendedUntil && !row.suspendedFrom ? ['suspendedUntil needs suspendedFrom'] : []),
    ...(row.suspendedFrom && row.suspendedUntil && row.suspendedUntil < row.suspendedFrom ? ['suspendedUntil is before suspendedFrom'] : []),
  ],
});

export const marketShares = defineSeedFile({
  file: 'market_shares.csv',
  schema: z.object({
    id: idWithPrefix('ms-'),
    countryId: country,
    stage: oneOf(MARKET_STAGES),
    scope: oneOf(MARKET_SCOPES),
    year: integer({ min: 1900, max: 2100 }).refine((v) => v !== undefined, 'is required'),
    sharePct: number({ min: 0, max: 100 }).refine((v) => v !== undefined, 'is required'),
    metric: requiredText(),
    note: text(),
    sourceIds: sourceIds(),
  }),
  toGraph: (row) => ({
    nodes: [{ label: 'MarketShare', id: row.id, properties: defined({ ...row, sourceIds: undefined, countryId: undefined }) }],
    relationships: [
      { type: 'HAS_MARKET_SHARE', from: row.countryId, to: row.id, key: 'share', properties: {}, fromLabels: ['Country'], toLabels: ['MarketShare'], fromColumn: 'countryId', toColumn: 'id' },
    ],
  }),
});

export const claims = defineSeedFile({
  file: 'claims.csv',
  schema: z.object({ id: idWithPrefix('claim-'), subjectId: anyId, text: requiredText(), verdict: oneOf(CLAIM_VERDICTS), correction: text(), sourceIds: sourceIds() }),
  toGraph: (row) => ({
    nodes: [{ label: 'Claim', id: row.id, properties: defined({ ...row, sourceIds: undefined, subjectId: undefined }) }],
    relationships: [
      {
        type: 'ABOUT',
        from: row.id,
        to: row.subjectId,
        key: 'subject',
        properties: {},
        fromLabels: ['Claim'],
        toLabels: ['Element', 'Country', 'Deposit', 'Company', 'Facility', 'Agreement', 'ExportControl', 'Person'],
        fromColumn: 'id',
        toColumn: 'subjectId',
      },
    ],
  }),
});

// ---- relationship files ----

const relationship = (type: string, from: string, to: string, key: string, properties: Record<string, unknown>, fromLabels: readonly NodeLabel[], toLabels: readonly NodeLabel[], columns: [string, string]): GraphRelationship => ({
  type,
  from,
  to,
  key,
  properties: defined(properties),
  fromLabels,
  toLabels,
  fromColumn: columns[0],
  toColumn: columns[1],
});

export const depositElements = defineSeedFile({
  file: 'deposit_elements.csv',
  schema: z.object({ depositId: idWithPrefix('dep-'), element: elementSymbol, role: oneOf(CONTENT_ROLES), content: text(), sharePct: number({ min: 0, max: 100 }), sourceIds: sourceIds() }),
  toGraph: (row) => ({
    nodes: [],
    relationships: [relationship('CONTAINS', row.depositId, row.element, 'content', { role: row.role, content: row.content, sharePct: row.sharePct }, ['Deposit'], ['Element'], ['depositId', 'element'])],
  }),
});

export const facilityElements = defineSeedFile({
  file: 'facility_elements.csv',
  schema: z.object({
    facilityId: idWithPrefix('fac-'),
    element: elementSymbol,
    role: oneOf(PROCESSING_ROLES),
    product: text(),
    capacityTonnesPerYear: number({ min: 0 }),
    status: oneOf(PROCESSING_STATUSES),
    note: text(),
    sourceIds: sourceIds(),
  }),
  toGraph: (row) => ({
    nodes: [],
    relationships: [
      relationship(
        'PROCESSES',
        row.facilityId,
        row.element,
        `${row.role}:${row.product ?? ''}`,
        { role: row.role, product: row.product, capacityTonnesPerYear: row.capacityTonnesPerYear, status: row.status, note: row.note },
        ['Facility'],
        ['Element'],
        ['facilityId', 'element'],
      ),
    ],
  }),
});

export const stakes = defineSeedFile({
  file: 'stakes.csv',
  schema: z.object({
    ownerId: idWithPrefix('co-'),
    ownedId: anyId,
    stakePct: number({ min: 0, max: 100 }),
    stakeText: text(),
    basis: optionalOneOf(STAKE_BASES),
    asOf: isoDate(),
    until: isoDate(),
    status: oneOf(STAKE_STATUSES),
    note: text(),
    sourceIds: sourceIds(),
  }),
  toGraph: (row) => ({
    nodes: [],
    relationships: [
      relationship(
        'OWNS',
        row.ownerId,
        row.ownedId,
        `${row.status}:${row.basis ?? 'EQUITY'}:${row.asOf ?? ''}`,
        { stakePct: row.stakePct, stakeText: row.stakeText, basis: row.basis ?? 'EQUITY', asOf: row.asOf, until: row.until, status: row.status, note: row.note },
        ['Company'],
        OWNED_LABELS,
        ['ownerId', 'ownedId'],
      ),
    ],
  }),
  check: (row) => [
    ...(row.stakePct === undefined && !row.stakeText ? ['needs stakePct or stakeText'] : []),
    ...(row.until && row.asOf && row.until < row.asOf ? ['until is before asOf'] : []),
    ...(row.ownerId === row.ownedId ? ['an entity cannot own itself'] : []),
  ],
});

export const operators = defineSeedFile({
  file: 'operators.csv',
  schema: z.object({ companyId: idWithPrefix('co-'), siteId: anyId, since: isoDate(), until: isoDate(), note: text(), sourceIds: sourceIds() }),
  toGraph: (row) => ({
    nodes: [],
    relationships: [relationship('OPERATES', row.companyId, row.siteId, `${row.since ?? ''}`, { since: row.since, until: row.until, note: row.note }, ['Company'], SITE_LABELS, ['companyId', 'siteId'])],
  }),
});

export const supplyLinks = defineSeedFile({
  file: 'supply_links.csv',
  schema: z.object({ fromId: anyId, toId: anyId, product: requiredText(), since: isoDate(), until: isoDate(), status: oneOf(SUPPLY_STATUSES), note: text(), sourceIds: sourceIds() }),
  toGraph: (row) => ({
    nodes: [],
    relationships: [
      relationship('SUPPLIES', row.fromId, row.toId, `${row.product}:${row.since ?? ''}`, { product: row.product, since: row.since, until: row.until, status: row.status, note: row.note }, SITE_LABELS, ['Facility', 'Company'], ['fromId', 'toId']),
    ],
  }),
});

export const agreementParties = defineSeedFile({
  file: 'agreement_parties.csv',
  schema: z.object({ agreementId: idWithPrefix('agr-'), partyId: anyId, role: oneOf(PARTY_ROLES), note: text(), sourceIds: sourceIds() }),
  toGraph: (row) => ({
    nodes: [],
    relationships: [relationship('PARTY_TO', row.partyId, row.agreementId, row.role, { role: row.role, note: row.note }, PARTY_LABELS, ['Agreement'], ['partyId', 'agreementId'])],
  }),
});

export const agreementCoverage = defineSeedFile({
  file: 'agreement_coverage.csv',
  schema: z.object({ agreementId: idWithPrefix('agr-'), targetId: anyId, note: text(), sourceIds: sourceIds() }),
  toGraph: (row) => ({
    nodes: [],
    relationships: [relationship('COVERS', row.agreementId, row.targetId, 'coverage', { note: row.note }, ['Agreement'], ['Element', 'Deposit', 'Facility'], ['agreementId', 'targetId'])],
  }),
});

export const exportControlElements = defineSeedFile({
  file: 'export_control_elements.csv',
  schema: z.object({ controlId: idWithPrefix('ec-'), element: elementSymbol, note: text(), sourceIds: sourceIds() }),
  toGraph: (row) => ({
    nodes: [],
    relationships: [relationship('CONTROLS', row.controlId, row.element, 'element', { note: row.note }, ['ExportControl'], ['Element'], ['controlId', 'element'])],
  }),
});

export const exportControlLinks = defineSeedFile({
  file: 'export_control_links.csv',
  schema: z.object({ fromId: idWithPrefix('ec-'), toId: idWithPrefix('ec-'), type: oneOf(CONTROL_LINK_TYPES), note: text(), sourceIds: sourceIds() }),
  toGraph: (row) => ({
    nodes: [],
    relationships: [relationship(row.type, row.fromId, row.toId, 'link', { note: row.note }, ['ExportControl'], ['ExportControl'], ['fromId', 'toId'])],
  }),
});

/** Every seed file, nodes first. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const SEED_FILES: Array<SeedFile<any>> = [
  sources,
  elements,
  countries,
  statistics,
  companies,
  persons,
  deposits,
  facilities,
  tradeDependence,
  agreements,
  exportControls,
  marketShares,
  claims,
  depositElements,
  facilityElements,
  stakes,
  operators,
  supplyLinks,
  agreementParties,
  agreementCoverage,
  exportControlElements,
  exportControlLinks,
];
