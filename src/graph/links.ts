// The actor–objective links (`Actor.objectives`, `Objective.actors`), derived from the graph once:
// by the embedded store when it is built, and by the seed, which writes them into Neo4j as LINKED_TO
// relationships so that reading them is one hop instead of a walk over every quote of an actor.
import type { ActorNode, GraphData, GraphNode, LinkBasis, ObjectiveNode, ParagraphNode, QuoteNode } from './model.ts';

/** The derived relationship type in Neo4j: (:Actor)-[:LINKED_TO]->(:Objective). Not one of the source's relationships. */
export const LINK_RELATIONSHIP_TYPE = 'LINKED_TO';

const BASIS_ORDER: readonly LinkBasis[] = ['QUOTED', 'SUMMARY', 'ENTRY_POINT'];

/** One link, with every paragraph (in the Compact's order) and every quote (in source order) behind it. */
export interface DerivedLink {
  actor: ActorNode;
  objective: ObjectiveNode;
  basis: LinkBasis[];
  paragraphs: ParagraphNode[];
  quotes: QuoteNode[];
}

/** Orders nodes by a numeric property, then by key: the Neo4j statements' ORDER BY. */
const by =
  <N extends { key: string }>(property: (node: N) => number) =>
  (a: N, b: N): number =>
    property(a) - property(b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * Every actor–objective link, by objective number then actor key. QUOTED: a quote filed under or
 * naming the actor quotes a paragraph of the objective. SUMMARY: the source's summary lists the
 * objective for the actor. ENTRY_POINT: an entry point for the objective engages the actor.
 */
export function deriveObjectiveLinks(graph: GraphData): DerivedLink[] {
  const nodes = new Map<string, GraphNode>(graph.nodes.map((node) => [`${node.kind}:${node.key}`, node]));
  const objectiveOfParagraph = new Map<string, ObjectiveNode>();
  const paragraphOfQuote = new Map<string, ParagraphNode>();
  const objectiveOfEntryPoint = new Map<string, ObjectiveNode>();
  const endOf = (kind: string, key: string) => nodes.get(`${kind}:${key}`);
  for (const { type, from, to } of graph.relationships) {
    if (type === 'IN_OBJECTIVE') objectiveOfParagraph.set(from.key, endOf('Objective', to.key) as ObjectiveNode);
    else if (type === 'QUOTES') paragraphOfQuote.set(from.key, endOf('Paragraph', to.key) as ParagraphNode);
    else if (type === 'FOR_OBJECTIVE') objectiveOfEntryPoint.set(from.key, endOf('Objective', to.key) as ObjectiveNode);
  }

  const links = new Map<string, { actor: ActorNode; objective: ObjectiveNode; basis: Set<LinkBasis>; paragraphs: Set<ParagraphNode>; quotes: Set<QuoteNode> }>();
  const linkOf = (actorKey: string, objective: ObjectiveNode) => {
    const id = `${actorKey}|${objective.key}`;
    let link = links.get(id);
    if (!link) {
      const actor = endOf('Actor', actorKey) as ActorNode;
      links.set(id, (link = { actor, objective, basis: new Set(), paragraphs: new Set(), quotes: new Set() }));
    }
    return link;
  };
  for (const { type, from, to } of graph.relationships) {
    if (type === 'FILED_UNDER' || type === 'NAMES') {
      const paragraph = paragraphOfQuote.get(from.key);
      const objective = paragraph && objectiveOfParagraph.get(paragraph.key);
      if (!paragraph || !objective) continue;
      const link = linkOf(to.key, objective);
      link.basis.add('QUOTED');
      link.paragraphs.add(paragraph);
      link.quotes.add(endOf('Quote', from.key) as QuoteNode);
    } else if (type === 'SUMMARY_LISTS') {
      linkOf(from.key, endOf('Objective', to.key) as ObjectiveNode).basis.add('SUMMARY');
    } else if (type === 'ENGAGES') {
      const objective = objectiveOfEntryPoint.get(from.key);
      if (objective) linkOf(to.key, objective).basis.add('ENTRY_POINT');
    }
  }

  return [...links.values()]
    .map((link) => ({
      actor: link.actor,
      objective: link.objective,
      basis: BASIS_ORDER.filter((basis) => link.basis.has(basis)),
      paragraphs: [...link.paragraphs].sort(by((paragraph) => paragraph.order)),
      quotes: [...link.quotes].sort(by((quote) => quote.sourceLine)),
    }))
    .sort((a, b) => a.objective.number - b.objective.number || (a.actor.key < b.actor.key ? -1 : a.actor.key > b.actor.key ? 1 : 0));
}
