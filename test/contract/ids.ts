// Ids that a normalising cache can trust: Relay keys every object on its `id` alone, so one id given to
// objects of two types makes it log "Invalid record" and overwrite one with the other. This replays every
// operation of the contract suites with `__typename` added to each selection, as Apollo and urql add it,
// and walks the answers.
import { Kind, parse, print, visit, type FieldNode, type SelectionSetNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/store/graph-store.ts';
import { executorFor, type Execute } from '../helpers.ts';

interface RecordedOperation {
  query: string;
  variables?: Record<string, unknown>;
}

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

/** The document with `__typename` asked of every object, as a normalising client sends it. */
export function withTypenames(query: string): string {
  return print(
    visit(parse(query), {
      SelectionSet: {
        leave(selectionSet: SelectionSetNode) {
          const asked = selectionSet.selections.some((selection) => selection.kind === Kind.FIELD && selection.name.value === '__typename' && !selection.alias);
          return asked ? selectionSet : { ...selectionSet, selections: [...selectionSet.selections, TYPENAME] };
        },
      },
    }),
  );
}

/** Every id in an answer with the types it was given under; an id with two types is the bug. */
export function typesById(value: unknown, found = new Map<string, Set<string>>()): Map<string, Set<string>> {
  if (Array.isArray(value)) {
    for (const item of value) typesById(item, found);
  } else if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (typeof object.id === 'string' && typeof object.__typename === 'string') {
      found.set(object.id, (found.get(object.id) ?? new Set()).add(object.__typename));
    }
    for (const child of Object.values(object)) typesById(child, found);
  }
  return found;
}

export function conflictingIds(found: Map<string, Set<string>>): string[] {
  return [...found].filter(([, types]) => types.size > 1).map(([id, types]) => `${id}: ${[...types].sort().join(', ')}`);
}

/** An execute that remembers every operation it ran, for `idConsistencySuite` to replay. */
export function recording(execute: Execute, operations: RecordedOperation[]): Execute {
  return (query, variables) => {
    operations.push({ query, variables });
    return execute(query, variables);
  };
}

/** Operations run by the contract and research suites of this test file, in order. */
export const CONTRACT_OPERATIONS: RecordedOperation[] = [];

/** Defined after the suites that record into CONTRACT_OPERATIONS, so it runs after them. */
export function idConsistencySuite(storeName: string, openStore: () => Promise<GraphStore>) {
  describe(`ids on the ${storeName} store`, () => {
    it('finds a shared id in a made-up answer (the check can fail)', () => {
      const answer = { a: { id: 'Actor:gfmd', __typename: 'Actor' }, b: [{ id: 'Actor:gfmd', __typename: 'SubgraphNode' }] };
      expect(conflictingIds(typesById(answer))).toEqual(['Actor:gfmd: Actor, SubgraphNode']);
    });

    it('no id of any contract answer names objects of two types', async () => {
      const { execute } = executorFor(await openStore(), { GRAPH_STATS: '0' });
      const operations = CONTRACT_OPERATIONS.filter(({ query }) => {
        try {
          parse(query);
          return true;
        } catch {
          return false;
        }
      });
      expect(operations.length).toBeGreaterThan(100);
      const found = new Map<string, Set<string>>();
      for (const { query, variables } of operations) typesById((await execute(withTypenames(query), variables)).data, found);
      expect(found.size).toBeGreaterThan(200);
      expect([...found.values()].some((types) => types.has('SubgraphNode'))).toBe(true);
      expect(conflictingIds(found)).toEqual([]);
    });
  });
}
