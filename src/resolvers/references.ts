import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { RequestContext } from '../context';
import { nodeById, sourcesOf } from './support';

/** What a reference field holds: one id, a list of ids, or the object's `sourceIds`. */
export type Reference<T> = ((root: T) => string | null | undefined) | { many: (root: T) => readonly string[] | null | undefined } | typeof SOURCES;

/** Marks a `sources` field: the object's `sourceIds`, resolved through the request's source loader. */
export const SOURCES = Symbol('sources');

/**
 * The field resolvers of an answer type whose fields name graph objects by id (a site, a country,
 * sources…): each becomes a batched lookup through the request's loaders, so an answer with many
 * references still costs one round trip per level. The GraphQL types of the fields are those the
 * object type declares.
 */
export function referenceResolver<T extends object>(objectType: ClassType<T>, references: Record<string, Reference<T>>): ClassType {
  @Resolver(() => objectType)
  class References {}
  Object.defineProperty(References, 'name', { value: `${objectType.name}References` });
  for (const [field, reference] of Object.entries(references)) {
    const resolve = async (root: T, context: RequestContext) => {
      if (reference === SOURCES) return sourcesOf(root, context);
      if (typeof reference === 'function') {
        const id = reference(root);
        return id ? nodeById(context, id) : null;
      }
      const ids = reference.many(root);
      if (ids == null) return null;
      const found = await Promise.all(ids.map((id) => nodeById(context, id)));
      return found.filter(Boolean);
    };
    Object.defineProperty(References.prototype, field, { value: resolve, writable: true, configurable: true });
    Root()(References.prototype, field, 0);
    Ctx()(References.prototype, field, 1);
    FieldResolver()(References.prototype, field, Object.getOwnPropertyDescriptor(References.prototype, field)!);
  }
  return References;
}
