import type { RequestContext } from '../context';
import type { Source } from '../schema/common/source.type';

/** Resolves an object's sourceIds through the request's batched loader (one query per request level). */
export async function sourcesOf(root: { sourceIds?: string[] }, context: RequestContext): Promise<Source[]> {
  const sources = await context.loaders.sources.loadMany(root.sourceIds ?? []);
  return sources.filter((source): source is Source => Boolean(source) && !(source instanceof Error));
}
