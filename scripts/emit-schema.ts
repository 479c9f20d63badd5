/**
 * `npm run schema:emit`: writes the GraphQL SDL built from the type-graphql classes to
 * schema.graphql (committed; a test fails when the two differ).
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { PROJECT_ROOT } from '../src/config';
import { buildGraphQLSchema } from '../src/schema-builder';

export async function renderSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildGraphQLSchema()))}\n`;
}

if (require.main === module) {
  renderSchema()
    .then((sdl) => {
      fs.writeFileSync(path.join(PROJECT_ROOT, 'schema.graphql'), sdl);
      console.log(`schema.graphql written (${sdl.split('\n').length} lines)`);
    })
    .catch((error: Error) => {
      console.error(`schema:emit: ${error.message}`);
      process.exit(1);
    });
}
