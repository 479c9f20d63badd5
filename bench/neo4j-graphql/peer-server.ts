import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../../src/config';
import { cypherLibrary } from '../../src/db/cypher';
import { listenOnFreePort } from '../listen';

/** The tonnes window and filters the supply-option statements read ($routes null: every route). */
const TONNES_ARGUMENTS = 'routes: [String!], year: Int!, fromYear: Int!, toYear: Int!, minConfidence: String!';

/** Product query file → the @cypher Query field that asks the same question, and its columns. */
const CYPHER_FIELDS: Array<{ file: string; field: string; columns: string[] }> = [
  { file: 'queries/search/search-entities', field: 'search(query: String!, first: Int!): [SearchHit!]!', columns: ['label', 'id', 'name', 'score'] },
  {
    file: 'queries/analytics/alternative-sources',
    field: `alternativeSources(element: String!, outside: String!, basis: String!, stages: [String!], includePipeline: Boolean!, controlThreshold: Float!, asOf: String!, ${TONNES_ARGUMENTS}): [SupplyOptionRow!]!`,
    columns: ['siteType', 'siteId', 'siteName', 'stages', 'status', 'statusRank', 'country', 'capacity', 'capacityUnit', 'elementRole', 'elementDetail', 'operators', 'controllers', 'controlByCountry', 'controlAttributedPct', 'outsideControlPct', 'locatedOutside', 'controlledFromOutside', 'routes', 'routeVerdict', 'routeRank', 'tonnesByYear', 'agreements', 'sourceIds'],
  },
  {
    file: 'queries/analytics/importer-alternatives',
    field:
      `importerAlternatives(element: String!, outside: String!, basis: String!, stages: [String!], includePipeline: Boolean!, controlThreshold: Float!, asOf: String!, importers: [String!], optionsPerImporter: Int!, ${TONNES_ARGUMENTS}): [ImporterAlternativesRow!]!`,
    columns: ['importer', 'dependence', 'options', 'optionCount'],
  },
  {
    file: 'queries/analytics/disruption-impact',
    field: 'disruptionImpact(country: String!, elements: [String!]!, asOf: String!, controlThreshold: Float!, includePipeline: Boolean!, stages: [String!]): [DisruptionRow!]!',
    columns: ['element', 'controls', 'remaining', 'importers'],
  },
  {
    file: 'queries/analytics/supply-balance',
    field: 'supplyBalance(element: String!, outside: String!, basis: String!, controlThreshold: Float!, asOf: String!, stage: String!, unit: String!, fromYear: Int!, toYear: Int!, minConfidence: String!, countPlannedRoutes: Boolean!): [SupplyBalanceRow!]!',
    columns: ['year', 'supply', 'sites'],
  },
  { file: 'queries/analytics/control-chain', field: 'controlChain(id: String!, asOf: String!): [ControlChainRow!]!', columns: ['target', 'paths', 'controllers', 'controlByCountry', 'controlAttributedPct', 'unknownPaths'] },
];

/**
 * The type definitions: the model (type-defs.graphql) plus one @cypher Query field per analytical
 * question, whose statement is the product's own .cypher file wrapped to return one map per row.
 * disruptionImpact reads $outside as well as $country; the wrapper binds it.
 */
export function peerTypeDefs(): string {
  const model = fs.readFileSync(path.join(PROJECT_ROOT, 'bench', 'neo4j-graphql', 'type-defs.graphql'), 'utf8');
  const library = cypherLibrary();
  const fields = CYPHER_FIELDS.map(({ file, field, columns }) => {
    let text = library.get(file).text;
    if (file.endsWith('disruption-impact')) text = text.replaceAll('$outside', '$country');
    const statement = `CALL () {\n${text}\n}\nRETURN {${columns.map((column) => `${column}: ${column}`).join(', ')}} AS result`;
    return `  ${field} @cypher(statement: ${JSON.stringify(statement)}, columnName: "result")`;
  });
  return `${model}\ntype Query {\n${fields.join('\n')}\n}\n`;
}

export interface PeerServer {
  url: string;
  close(): Promise<void>;
}

/** @neo4j/graphql over HTTP with its own Apollo server, as a team adopting it would run it. */
export async function startPeerServer(driver: Driver, database: string): Promise<PeerServer> {
  const neoSchema = new Neo4jGraphQL({ typeDefs: peerTypeDefs(), driver });
  const schema = await neoSchema.getSchema();
  const apollo = new ApolloServer({ schema, introspection: false });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, { context: async () => ({ sessionConfig: { database } }) }));
  const server = await listenOnFreePort(app);
  return {
    url: `${server.origin}/graphql`,
    async close() {
      await server.close();
      await apollo.stop();
    },
  };
}
