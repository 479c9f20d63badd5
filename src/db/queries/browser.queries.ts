import { z } from 'zod';
import { defineQuery, param } from '../query';

/*
 * The Browser-only pictures (cypher/queries/browser/): run by Neo4j Browser from the guide, never by
 * the API. Their definitions hold their parameters to what the guide's `:params` lines set.
 */
const picture = z.record(z.string(), z.unknown());

export const elementSupplyMap = defineQuery({ name: 'queries/browser/element-supply-map', params: z.object({ element: param.text(), outside: param.text() }), row: picture });

export const ownershipMap = defineQuery({ name: 'queries/browser/ownership-map', params: z.object({ id: param.text() }), row: picture });

export const sourcesOf = defineQuery({ name: 'queries/browser/sources-of', params: z.object({ id: param.text() }), row: picture });
