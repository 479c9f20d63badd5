import { randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import { ElementRepository } from './db/element.repository';
import { QueryStats, type Neo4jExecutor } from './db/run';
import { SourceRepository } from './db/source.repository';
import { SuggestionRepository } from './db/suggestion.repository';
import type { Logger } from './logger';
import type { Source } from './schema/common/source.type';

/** Everything a resolver may use, built fresh for each request (no singletons in resolvers). */
export interface RequestContext {
  requestId: string;
  logger: Logger;
  /** Database round trips of this request (the no-N+1 test reads it). */
  stats: QueryStats;
  executor: Neo4jExecutor;
  repos: {
    elements: ElementRepository;
    sources: SourceRepository;
    suggestions: SuggestionRepository;
  };
  loaders: {
    sources: DataLoader<string, Source | undefined>;
  };
}

export interface ContextDependencies {
  executor: Neo4jExecutor;
  logger: Logger;
}

export function createRequestContext(dependencies: ContextDependencies, requestId: string = randomUUID()): RequestContext {
  const stats = new QueryStats();
  const executor = dependencies.executor.withStats(stats);
  const sources = new SourceRepository(executor);
  return {
    requestId,
    logger: dependencies.logger.child({ requestId }),
    stats,
    executor,
    repos: {
      elements: new ElementRepository(executor),
      sources,
      suggestions: new SuggestionRepository(executor),
    },
    loaders: {
      sources: new DataLoader((ids: readonly string[]) => sources.byIds(ids), { maxBatchSize: 5000 }),
    },
  };
}
