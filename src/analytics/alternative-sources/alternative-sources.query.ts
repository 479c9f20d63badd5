import { z } from 'zod';
import { defineQuery, param } from '../../db/query';
import { optionRow } from '../shared/supply-option.rows';

/** The parameters the supply-option fragments read, shared by the questions that list options. */
export const optionParams = {
  element: param.text(),
  outside: param.text(),
  basis: z.enum(['LOCATION', 'CONTROL', 'BOTH']),
  stages: param.nullableTexts(),
  includePipeline: param.bool(),
  controlThreshold: param.float(),
  asOf: param.date(),
  routes: param.nullableTexts(),
  year: param.int(),
  fromYear: param.int(),
  toYear: param.int(),
  minConfidence: z.enum(['HIGH', 'MEDIUM', 'LOW']),
};

export const alternativeSourcesQuery = defineQuery({
  name: 'queries/analytics/alternative-sources',
  params: z.object(optionParams),
  row: optionRow,
  timeoutMs: 30000,
});
