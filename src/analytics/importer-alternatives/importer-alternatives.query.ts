import { z } from 'zod';
import { defineQuery, param } from '../../db/query';
import { optionParams } from '../alternative-sources/alternative-sources.query';
import { Confidence, VolumeBasis } from '../shared/analytics.enums';
import { dependenceRow } from '../shared/dependence.types';
import { optionRow } from '../shared/supply-option.rows';

const demandRow = z.object({
  year: z.number().int(),
  low: z.number(),
  high: z.number(),
  measure: z.string(),
  basis: z.enum(VolumeBasis),
  confidence: z.enum(Confidence),
  method: z.string().nullable(),
  volumeId: z.string(),
  sourceIds: z.array(z.string()),
});

const offtakeRow = z.object({
  id: z.string(),
  agreementId: z.string().nullable(),
  agreementTitle: z.string().nullable(),
  buyerId: z.string().nullable(),
  buyerName: z.string().nullable(),
  siteId: z.string().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  sharePct: z.number().nullable(),
  fromYear: z.number().int().nullable(),
  toYear: z.number().int().nullable(),
  status: z.string(),
  confidence: z.enum(Confidence),
  unit: z.string(),
  product: z.string(),
  statedText: z.string().nullable(),
  countsBecause: z.string().nullable(),
  sourceIds: z.array(z.string()),
});

const contractedRow = z.object({
  year: z.number().int(),
  low: z.number(),
  high: z.number(),
  deals: z.array(z.object({ offtakeId: z.string(), low: z.number(), high: z.number(), tonnesKnown: z.boolean() })),
});

const reachingRow = z.object({ id: z.string(), via: z.string() });

export const importerAlternativesQuery = defineQuery({
  name: 'queries/analytics/importer-alternatives',
  params: z.object({ ...optionParams, importers: param.nullableTexts(), optionsPerImporter: param.int() }),
  row: z.object({
    importer: z.object({ id: z.string(), name: z.string() }),
    dependence: z.array(dependenceRow),
    demandByYear: z.array(demandRow),
    offtakes: z.array(offtakeRow),
    contractedByYear: z.array(contractedRow),
    options: z.array(optionRow.extend({ reachedThroughAgreement: z.boolean(), reachingAgreements: z.array(reachingRow) })),
    optionCount: z.number().int(),
  }),
  timeoutMs: 30000,
});
