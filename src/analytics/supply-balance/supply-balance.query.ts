import { z } from 'zod';
import { defineQuery, param } from '../../db/query';
import { Confidence, QuantityBasis, RouteVerdict, VolumeBasis } from '../shared/analytics.enums';

const volumeRow = z.object({ low: z.number(), high: z.number(), measure: z.string(), basis: z.enum(VolumeBasis), confidence: z.enum(Confidence), method: z.string().nullable().optional(), area: z.string().optional(), sourceIds: z.array(z.string()) });

export const supplyBalanceQuery = defineQuery({
  name: 'queries/analytics/supply-balance',
  params: z.object({
    element: param.text(),
    outside: param.text(),
    basis: z.enum(['LOCATION', 'CONTROL', 'BOTH']),
    controlThreshold: param.float(),
    asOf: param.date(),
    stage: z.enum(['MINING', 'CRACKING_LEACHING', 'SEPARATION_REFINING', 'METAL_ALLOY', 'MAGNET', 'RECYCLING']),
    unit: z.enum(['T_REO_PER_YEAR', 'T_METAL_PER_YEAR', 'T_PRODUCT_PER_YEAR']),
    fromYear: param.int(),
    toYear: param.int(),
    minConfidence: z.enum(['HIGH', 'MEDIUM', 'LOW']),
    countPlannedRoutes: param.bool(),
  }),
  row: z.object({
    year: z.number().int(),
    supply: z.object({ low: z.number(), high: z.number() }),
    sites: z.array(
      z.object({
        siteId: z.string(),
        siteName: z.string(),
        country: z.string(),
        low: z.number(),
        high: z.number(),
        basis: z.enum(QuantityBasis),
        confidence: z.enum(Confidence),
        derivation: z.string(),
        split: z.boolean(),
        sourceIds: z.array(z.string()),
        route: z.enum(RouteVerdict),
      }),
    ),
    excluded: z.array(z.object({ siteId: z.string(), siteName: z.string(), country: z.string(), low: z.number(), high: z.number(), reason: z.string() })),
    countryOutput: volumeRow.nullable(),
    countrySites: z.object({ low: z.number(), high: z.number(), count: z.number().int() }),
    worldDemand: volumeRow.nullable(),
    areaDemand: z.array(volumeRow),
  }),
  timeoutMs: 30000,
});
