// How a path reads in words: each relationship in the direction it is walked, and the whole path as
// one line a client can print. The words themselves are the catalogue's (RELATIONSHIPS, KINDS); the
// API's `Path.steps { phrase }` and `Path.sentence` read them here, and the explorer through the API.
import { RELATIONSHIPS, pathName } from './catalogue.ts';
import { globalIdOf } from './global-id.ts';
import type { GraphNode, NodeRef, RelationshipType } from './model.ts';

/** A relationship as stored, and the node a walk crosses it from. */
export interface WalkedRelationship {
  type: RelationshipType;
  from: NodeRef;
  to: NodeRef;
}

/** The phrase of a relationship walked from `walkedFrom`: forward when that is its start node. */
export function phraseOf(relationship: WalkedRelationship, walkedFrom: NodeRef): string {
  const forward = globalIdOf(relationship.from) === globalIdOf(walkedFrom);
  return RELATIONSHIPS[relationship.type][forward ? 'forward' : 'backward'];
}

/**
 * A path as one line: "Trade unions — mentioned in — §34e — is part of — Objective 18 — includes —
 * §34f — mentions — Global Forum on Migration and Development". A path of one node is its name.
 */
export function sentenceOf(path: { nodes: GraphNode[]; relationships: WalkedRelationship[] }): string {
  const parts = [pathName(path.nodes[0]!)];
  path.relationships.forEach((relationship, i) => {
    parts.push(phraseOf(relationship, path.nodes[i]!), pathName(path.nodes[i + 1]!));
  });
  return parts.join(' — ');
}
