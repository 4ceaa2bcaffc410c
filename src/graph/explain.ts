// How a path reads in words: each relationship in the direction it is walked, and the whole path as
// one line a client can print. The one place this wording lives: the API's `Path.steps { phrase }`
// and `Path.sentence` use it, and so does the explorer, through the API.
import { globalIdOf } from './global-id.ts';
import type { GraphNode, NodeRef, RelationshipType } from './model.ts';

/**
 * Each relationship type read from its start node to its end node (`forward`, as stored in
 * RELATIONSHIP_TYPES) and from its end node back to its start node (`backward`).
 */
export const PHRASES: Record<RelationshipType, { forward: string; backward: string }> = {
  IN_OBJECTIVE: { forward: 'is part of', backward: 'includes' },
  QUOTES: { forward: 'quotes', backward: 'is quoted by' },
  FILED_UNDER: { forward: 'is filed under', backward: 'has filed under it' },
  NAMES: { forward: 'names', backward: 'is named by' },
  MENTIONS: { forward: 'mentions', backward: 'mentioned in' },
  APPEARS_IN: { forward: 'appears in', backward: 'uses the wording' },
  REFERS_TO: { forward: 'refers to', backward: 'is referred to by' },
  SUMMARY_LISTS: { forward: 'is listed in the summary for', backward: 'lists in the summary' },
  FOR_OBJECTIVE: { forward: 'is an entry point of', backward: 'has entry point' },
  ENGAGES: { forward: 'engages', backward: 'is engaged by' },
};

/** A relationship as stored, and the node a walk crosses it from. */
export interface WalkedRelationship {
  type: RelationshipType;
  from: NodeRef;
  to: NodeRef;
}

/** The phrase of a relationship walked from `walkedFrom`: forward when that is its start node. */
export function phraseOf(relationship: WalkedRelationship, walkedFrom: NodeRef): string {
  const forward = globalIdOf(relationship.from) === globalIdOf(walkedFrom);
  return PHRASES[relationship.type][forward ? 'forward' : 'backward'];
}

/** A node's name inside a sentence: "Trade unions", "Objective 18", "§34e", "quote trade-unions-22d". */
export function shortName(node: GraphNode): string {
  switch (node.kind) {
    case 'Actor':
      return node.name;
    case 'Objective':
      return `Objective ${node.number}`;
    case 'Paragraph':
      return `§${node.key}`;
    case 'Quote':
      return `quote ${node.key} (§${node.paragraphRef})`;
    case 'ReferencePhrase':
      return `“${node.wording}”`;
    case 'EntryPoint':
      return `${node.level === 'REGIONAL' ? 'regional' : 'global'} entry point of Objective ${node.objectiveNumber}`;
  }
}

/**
 * A path as one line: "Trade unions — mentioned in — §34e — is part of — Objective 18 — includes —
 * §34f — mentions — Global Forum on Migration and Development". A path of one node is its name.
 */
export function sentenceOf(path: { nodes: GraphNode[]; relationships: WalkedRelationship[] }): string {
  const parts = [shortName(path.nodes[0]!)];
  path.relationships.forEach((relationship, i) => {
    parts.push(phraseOf(relationship, path.nodes[i]!), shortName(path.nodes[i + 1]!));
  });
  return parts.join(' — ');
}
