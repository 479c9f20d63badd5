import { z } from 'zod';
import { CONFIDENCE_WEIGHTS } from '../tonnes';
import { CONFIDENCES, MILESTONES, OFFTAKE_STATUSES, QUANTITY_BASES, QUANTITY_STAGES, QUANTITY_UNITS, VOLUME_BASES, VOLUME_MEASURES, type NodeLabel } from '../vocabulary';
import { idWithPrefix, isoDate, number, oneOf, optionalOneOf, requiredText, sourceIds, text, year } from './columns';
import { anyId, defined, defineRecordFile, elementSymbol, elementSymbols, relationship, SITE_LABELS, type GraphRelationship } from './graph-parts';

/**
 * The figure files (docs/seed-format.md, "Quantities"): tonnages of sites, offtakes and
 * countries. Every figure links to the elements it measures (OF_ELEMENT); a combined figure
 * (Dy+Tb) also links to the ratio shares that split it (SPLIT_BY), so a query takes each element's
 * part, never the whole figure for each element.
 */

/** The id of one element's share in a ratio band: `ratio-mt-weld-feed/Tb`. */
export const ratioShareId = (bandId: string, element: string) => `${bandId}/${element}`;

const tonnes = () => number({ min: 0 });

/** A figure's elements, and for a combined one the shares that split it. */
function elementLinks(id: string, label: NodeLabel, elements: string[], splitId: string | undefined): GraphRelationship[] {
  return [
    ...elements.map((element) => relationship('OF_ELEMENT', id, element, 'element', {}, [label], ['Element'], ['id', 'elements'])),
    ...(splitId && elements.length > 1
      ? elements.map((element) => relationship('SPLIT_BY', id, ratioShareId(splitId, element), 'split', {}, [label], ['RatioShare'], ['id', 'splitId']))
      : []),
  ];
}

function checkRange(row: { low?: number; high?: number }): string[] {
  if (row.low === undefined || row.high === undefined) return [];
  return row.low > row.high ? ['low must not exceed high'] : [];
}

/**
 * A combined tonnage of oxide or metal (Dy+Tb) is split by a ratio band; a product tonnage
 * (magnets, concentrate) carries its elements but is never split into element tonnes.
 */
function checkSplit(row: { elements: string[]; splitId?: string; unit: string }): string[] {
  if (new Set(row.elements).size !== row.elements.length) return ['elements repeat'];
  if (row.unit === 'T_PRODUCT_PER_YEAR') return row.splitId ? ['splitId is for oxide or metal tonnages: a product tonnage is not split into elements'] : [];
  if (row.elements.length > 1 && !row.splitId) return ['a combined figure (several elements) needs splitId: the ratio band that splits it'];
  if (row.elements.length === 1 && row.splitId) return ['splitId is for combined figures only'];
  return [];
}

function checkYears(row: { fromYear?: number; toYear?: number }): string[] {
  return row.fromYear !== undefined && row.toYear !== undefined && row.toYear < row.fromYear ? ['toYear is before fromYear'] : [];
}

export const quantities = defineRecordFile({
  file: 'quantities.csv',
  schema: z.object({
    id: idWithPrefix('qty-'),
    siteId: anyId,
    elements: elementSymbols(),
    stage: oneOf(QUANTITY_STAGES),
    product: requiredText(),
    unit: oneOf(QUANTITY_UNITS),
    low: tonnes().refine((v) => v !== undefined, 'is required'),
    high: tonnes().refine((v) => v !== undefined, 'is required'),
    basis: oneOf(QUANTITY_BASES),
    confidence: oneOf(CONFIDENCES),
    fromYear: year().refine((v) => v !== undefined, 'is required: the first year the figure applies'),
    toYear: year(),
    period: text(),
    splitId: optionalRatioId(),
    asOf: isoDate(),
    statedText: text(),
    derivation: requiredText(),
    sourceIds: sourceIds(),
  }),
  toGraph: (row) => ({
    nodes: [{ label: 'Quantity', id: row.id, properties: defined({ ...row, sourceIds: undefined, siteId: undefined, basisRank: QUANTITY_BASES.indexOf(row.basis), confidenceRank: CONFIDENCES.indexOf(row.confidence), confidenceWeight: CONFIDENCE_WEIGHTS[row.confidence] }) }],
    relationships: [relationship('HAS_QUANTITY', row.siteId, row.id, 'quantity', {}, SITE_LABELS, ['Quantity'], ['siteId', 'id']), ...elementLinks(row.id, 'Quantity', row.elements, row.splitId)],
  }),
  check: (row) => [...checkRange(row), ...checkSplit(row), ...checkYears(row), ...(row.basis === 'MODEL_ESTIMATE' && row.confidence !== 'LOW' ? ['a MODEL_ESTIMATE is LOW confidence'] : [])],
});

function optionalRatioId() {
  return z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v), idWithPrefix('ratio-').optional());
}

export const ratioShares = defineRecordFile({
  file: 'ratio_bands.csv',
  schema: z.object({
    id: idWithPrefix('ratio-'),
    element: elementSymbol,
    shareLowPct: number({ min: 0, max: 100 }).refine((v) => v !== undefined, 'is required'),
    shareHighPct: number({ min: 0, max: 100 }).refine((v) => v !== undefined, 'is required'),
    basisText: requiredText(),
    sourceIds: sourceIds(),
  }),
  toGraph: (row) => ({
    nodes: [{ label: 'RatioShare', id: ratioShareId(row.id, row.element), properties: defined({ ...row, id: undefined, sourceIds: undefined, band: row.id }) }],
    relationships: [relationship('SHARE_OF', ratioShareId(row.id, row.element), row.element, 'element', {}, ['RatioShare'], ['Element'], ['id', 'element'])],
  }),
  check: (row) => ((row.shareLowPct ?? 0) > (row.shareHighPct ?? 0) ? ['shareLowPct must not exceed shareHighPct'] : []),
});

export const milestones = defineRecordFile({
  file: 'milestones.csv',
  schema: z.object({
    siteId: anyId,
    milestone: oneOf(MILESTONES),
    element: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), elementSymbol.optional()),
    statedOn: isoDate().refine((v) => v !== undefined, 'is required: the date of the statement'),
    expected: isoDate(),
    actual: isoDate(),
    note: text(),
    sourceIds: sourceIds(),
  }),
  toGraph: (row) => {
    const id = `milestone/${row.siteId}/${row.milestone}/${row.element ?? ''}/${row.statedOn}`;
    return {
      nodes: [{ label: 'Milestone', id, properties: defined({ ...row, sourceIds: undefined, siteId: undefined }) }],
      relationships: [
        relationship('HAS_MILESTONE', row.siteId, id, 'milestone', {}, SITE_LABELS, ['Milestone'], ['siteId', 'milestone']),
        ...(row.element ? [relationship('OF_ELEMENT', id, row.element, 'element', {}, ['Milestone'], ['Element'], ['milestone', 'element'])] : []),
      ],
    };
  },
  check: (row) => (row.expected || row.actual ? [] : ['needs expected (the date announced) or actual (the date it happened)']),
});

export const offtakes = defineRecordFile({
  file: 'offtakes.csv',
  schema: z.object({
    id: idWithPrefix('off-'),
    agreementId: idWithPrefix('agr-'),
    buyerId: anyId,
    siteId: text(),
    elements: elementSymbols(),
    product: requiredText(),
    unit: oneOf(QUANTITY_UNITS),
    low: tonnes(),
    high: tonnes(),
    sharePct: number({ min: 0, max: 100 }),
    fromYear: year(),
    toYear: year(),
    status: oneOf(OFFTAKE_STATUSES),
    confidence: oneOf(CONFIDENCES),
    splitId: optionalRatioId(),
    statedText: text(),
    sourceIds: sourceIds(),
  }),
  toGraph: (row) => ({
    nodes: [{ label: 'Offtake', id: row.id, properties: defined({ ...row, sourceIds: undefined, agreementId: undefined, buyerId: undefined, siteId: undefined, confidenceRank: CONFIDENCES.indexOf(row.confidence) }) }],
    relationships: [
      relationship('HAS_OFFTAKE', row.agreementId, row.id, 'offtake', {}, ['Agreement'], ['Offtake'], ['agreementId', 'id']),
      relationship('BOUGHT_BY', row.id, row.buyerId, 'buyer', {}, ['Offtake'], ['Company', 'Country'], ['id', 'buyerId']),
      ...(row.siteId ? [relationship('FROM_SITE', row.id, row.siteId, 'site', {}, ['Offtake'], SITE_LABELS, ['id', 'siteId'])] : []),
      ...elementLinks(row.id, 'Offtake', row.elements, row.splitId),
    ],
  }),
  check: (row) => [
    ...checkRange(row),
    ...checkSplit(row),
    ...checkYears(row),
    ...((row.low === undefined) !== (row.high === undefined) ? ['low and high go together'] : []),
    ...(row.low === undefined && row.sharePct === undefined ? ['needs tonnes (low, high) or sharePct'] : []),
    ...(row.sharePct !== undefined && !row.siteId ? ['sharePct is a share of a site: name it in siteId'] : []),
  ],
});

export const elementVolumes = defineRecordFile({
  file: 'element_volumes.csv',
  schema: z.object({
    id: idWithPrefix('vol-'),
    areaId: z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string().regex(/^([A-Z]{2}|WORLD)$/, 'must be an ISO alpha-2 code, EU or WORLD')),
    elements: elementSymbols(),
    measure: oneOf(VOLUME_MEASURES),
    stage: optionalOneOf(QUANTITY_STAGES),
    year: year().refine((v) => v !== undefined, 'is required'),
    unit: oneOf(QUANTITY_UNITS),
    low: tonnes().refine((v) => v !== undefined, 'is required'),
    high: tonnes().refine((v) => v !== undefined, 'is required'),
    basis: oneOf(VOLUME_BASES),
    confidence: oneOf(CONFIDENCES),
    splitId: optionalRatioId(),
    method: text(),
    statedText: text(),
    sourceIds: sourceIds(),
  }),
  toGraph: (row) => ({
    nodes: [{ label: 'ElementVolume', id: row.id, properties: defined({ ...row, sourceIds: undefined, basisRank: VOLUME_BASES.indexOf(row.basis), confidenceRank: CONFIDENCES.indexOf(row.confidence) }) }],
    relationships: [
      ...(row.areaId === 'WORLD' ? [] : [relationship('HAS_VOLUME', row.areaId, row.id, 'volume', {}, ['Country'], ['ElementVolume'], ['areaId', 'id'])]),
      ...elementLinks(row.id, 'ElementVolume', row.elements, row.splitId),
    ],
  }),
  check: (row) => [
    ...checkRange(row),
    ...checkSplit(row),
    ...(row.basis === 'MODEL_ESTIMATE' && !row.method ? ['a MODEL_ESTIMATE needs method: how it was computed, from which cited inputs'] : []),
    ...(row.basis === 'MODEL_ESTIMATE' && row.confidence !== 'LOW' ? ['a MODEL_ESTIMATE is LOW confidence'] : []),
  ],
});
