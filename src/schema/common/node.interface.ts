import { Field, ID, InterfaceType } from 'type-graphql';
import { ENTITY_LABELS, type NodeLabel } from '../../domain/vocabulary';

/** Every node label with an id; each is also the name of its GraphQL object type. */
export const NODE_LABELS: readonly NodeLabel[] = [...ENTITY_LABELS, 'Source'];

/** The object type of a node read from the graph, from its labels (undefined when it has none). */
export function nodeTypeName(value: { _labels?: string[] }): NodeLabel | undefined {
  return NODE_LABELS.find((label) => value._labels?.includes(label));
}

/**
 * Anything with a global id. Ids are unique across the graph (the :Entity constraint, and the
 * `src-` prefix of sources), so `node(id:)` needs no type to find an object.
 */
@InterfaceType({ description: 'An object with a global id: node(id:) and nodes(ids:) fetch any of them by it.', resolveType: (value: { _labels?: string[] }) => nodeTypeName(value) })
export abstract class Node {
  @Field(() => ID, { description: 'Unique across the whole graph.' })
  id!: string;
}
