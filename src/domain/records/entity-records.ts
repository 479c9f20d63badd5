import { z } from 'zod';
import { copyHostProblem } from '../source-hosts';
import { DEPOSIT_STATUS_RANK, FACILITY_STATUS_RANK } from '../status';
import {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  CLAIM_VERDICTS,
  CONTINENTS,
  CONTROL_KINDS,
  COUNTRY_KINDS,
  DEPOSIT_STATUSES,
  DEPOSIT_TYPES,
  ELEMENT_GROUPS,
  FACILITY_STAGES,
  FACILITY_STATUSES,
  LOCATION_PRECISIONS,
  MARKET_SCOPES,
  MARKET_STAGES,
  OWNERSHIP_RECORDS,
  OWNERSHIP_TYPES,
  RESIDUAL_TO_HEADQUARTERS,
  SOURCE_CLASSES,
  SOURCE_KINDS,
  STATISTIC_MEASURES,
  STATISTIC_STATUSES,
  TRADE_BASES,
  TRADE_PRODUCTS,
} from '../vocabulary';
import { boolean, fullDate, idWithPrefix, integer, isoDate, list, number, oneOf, optionalOneOf, optionalUrl, requiredList, requiredText, sourceIds, text } from './columns';
import { anyId, checkCoordinates, country, defined, defineRecordFile, ELEMENT_SYMBOL, elementSymbol, optionalCountry, searchText, siteGraph } from './graph-parts';

/** The entity files: each row is one node (plus the relationships its own columns name). */

export const sources = defineRecordFile({
  file: 'sources.csv',
  schema: z.object({
    id: idWithPrefix('src-'),
    title: requiredText(),
    publisher: requiredText(),
    url: optionalUrl(),
    published: isoDate(),
    accessed: fullDate().refine((v) => v !== undefined, 'is required'),
    kind: oneOf(SOURCE_KINDS),
    class: oneOf(SOURCE_CLASSES),
    readVia: optionalUrl(),
    note: text(),
  }),
  toGraph: (row) => ({ nodes: [{ label: 'Source', id: row.id, properties: defined({ ...row }) }], relationships: [] }),
  check: (row) => {
    if (!row.url) return row.kind === 'ARTICLE' ? [] : ['url is required (only the ARTICLE may lack one)'];
    const copy = copyHostProblem(row.url);
    return [...(copy ? [`url: ${copy}`] : []), ...(row.readVia && row.readVia === row.url ? ['readVia is the copy read, not the url itself'] : [])];
  },
});

export const elements = defineRecordFile({
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

export const countries = defineRecordFile({
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

export const statistics = defineRecordFile({
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

export const deposits = defineRecordFile({
  file: 'deposits.csv',
  schema: z.object({
    id: idWithPrefix('dep-'),
    ...location,
    depositType: oneOf(DEPOSIT_TYPES),
    depositTypeText: text(),
    status: oneOf(DEPOSIT_STATUSES),
    ...statusDetail,
    lastVerified: fullDate(),
    resourceText: text(),
    resourceMt: number({ min: 0 }),
    gradePctTREO: number({ min: 0, max: 100 }),
    containedTREOt: number({ min: 0 }),
    resourceYear: integer({ min: 1800, max: 2100 }),
    heavyRareEarthNotable: boolean().transform((v) => v ?? false),
    description: text(),
    sourceIds: sourceIds(),
  }),
  toGraph: (row) => siteGraph('Deposit', row, DEPOSIT_STATUS_RANK[row.status]),
  check: checkCoordinates,
});

export const facilities = defineRecordFile({
  file: 'facilities.csv',
  schema: z.object({
    id: idWithPrefix('fac-'),
    ...location,
    stages: requiredList('at least one stage').pipe(z.array(z.enum(FACILITY_STAGES, { error: () => `stages must be among ${FACILITY_STAGES.join(', ')}` }))),
    status: oneOf(FACILITY_STATUSES),
    ...statusDetail,
    lastVerified: fullDate(),
    capacityTonnesPerYear: number({ min: 0 }),
    capacityProduct: text(),
    capacityText: text(),
    description: text(),
    sourceIds: sourceIds(),
  }),
  toGraph: (row) => siteGraph('Facility', row, FACILITY_STATUS_RANK[row.status]),
  check: (row) => [...checkCoordinates(row), ...(row.capacityTonnesPerYear !== undefined && !row.capacityProduct ? ['capacityProduct must say what capacityTonnesPerYear measures'] : [])],
});

export const companies = defineRecordFile({
  file: 'companies.csv',
  schema: z.object({
    id: idWithPrefix('co-'),
    name: requiredText(),
    aliases: list(),
    countryId: optionalCountry,
    ownershipType: optionalOneOf(OWNERSHIP_TYPES),
    ownershipRecord: oneOf(OWNERSHIP_RECORDS),
    listing: list(),
    description: text(),
    sourceIds: sourceIds(),
  }),
  toGraph: (row) => ({
    nodes: [{ label: 'Company', id: row.id, properties: defined({ ...row, sourceIds: undefined, countryId: undefined, residualToHeadquarters: RESIDUAL_TO_HEADQUARTERS.includes(row.ownershipRecord), searchText: searchText(row.name, row.aliases, row.listing) }) }],
    relationships: row.countryId
      ? [{ type: 'HEADQUARTERED_IN', from: row.id, to: row.countryId, key: 'headquarters', properties: {}, fromLabels: ['Company'], toLabels: ['Country'], fromColumn: 'id', toColumn: 'countryId' }]
      : [],
  }),
});

export const persons = defineRecordFile({
  file: 'persons.csv',
  schema: z.object({ id: idWithPrefix('per-'), name: requiredText(), aliases: list(), role: text(), affiliationId: text(), sourceIds: sourceIds() }),
  toGraph: (row) => ({
    nodes: [{ label: 'Person', id: row.id, properties: defined({ ...row, sourceIds: undefined, affiliationId: undefined, searchText: searchText(row.name, row.aliases) }) }],
    relationships: row.affiliationId
      ? [{ type: 'AFFILIATED_WITH', from: row.id, to: row.affiliationId, key: 'affiliation', properties: defined({ role: row.role }), fromLabels: ['Person'], toLabels: ['Company'], fromColumn: 'id', toColumn: 'affiliationId' }]
      : [],
  }),
});

export const tradeDependence = defineRecordFile({
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

export const agreements = defineRecordFile({
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
    lastVerified: fullDate(),
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

export const exportControls = defineRecordFile({
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
    lastVerified: fullDate(),
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

export const marketShares = defineRecordFile({
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

export const claims = defineRecordFile({
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
