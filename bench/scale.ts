// A synthetic graph `factor` times the size of the extracted one, with the same shape: actors, paragraphs
// and quotes are copied `factor` times, copy j of a quote quoting copy j of its paragraph and filed under
// or naming copy j of its actors, so every actor copy has its original's fan-out (the quotes, paragraphs
// and objectives of a real stakeholder type). The 23 objectives stay 23: what grows with the factor is an
// objective's fan-in and the length of every top-level list, which is what pagination has to bound.
//
// Copy 0 is the extracted graph itself, keys unchanged: every real query still finds its nodes.
// Copy j > 0 suffixes keys with `~j` (and actor names with ` j`). Reference phrases and entry points (the
// source's tables) are not copied; their relationships stay on copy 0.
import type { ActorNode, GraphData, GraphNode, GraphRelationship, NodeRef, ParagraphNode, QuoteNode } from '../src/graph/model.ts';

export const SCALE_FACTORS = [1, 10, 100, 1000] as const;

/** How many copies of each actor a factor makes: one per copy of the text, so fan-out stays as in the real graph. */
export function actorCopiesOf(factor: number): number {
  return factor;
}

const copyKey = (key: string, copy: number) => (copy === 0 ? key : `${key}~${copy}`);

export function scaleGraph(graph: GraphData, factor: number): GraphData {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`factor must be a positive integer, got ${factor}`);
  if (factor === 1) return graph;
  const actorCopies = actorCopiesOf(factor);
  const nodes: GraphNode[] = [];
  const relationships: GraphRelationship[] = [];
  // Offsets that keep the copies of one paragraph/quote after the original in the orders the API uses.
  const maxOrder = Math.max(...graph.nodes.map((node) => (node.kind === 'Paragraph' ? node.order : 0))) + 1;
  const maxLine = Math.max(...graph.nodes.map((node) => ('sourceLine' in node ? node.sourceLine : 0))) + 1;

  for (const node of graph.nodes) {
    if (node.kind === 'Actor') {
      for (let copy = 0; copy < actorCopies; copy++) {
        nodes.push({ ...node, key: copyKey(node.key, copy), name: copy === 0 ? node.name : `${node.name} ${copy}` } satisfies ActorNode);
      }
    } else if (node.kind === 'Paragraph') {
      for (let copy = 0; copy < factor; copy++) {
        nodes.push({ ...node, key: copyKey(node.key, copy), order: node.order + copy * maxOrder } satisfies ParagraphNode);
      }
    } else if (node.kind === 'Quote') {
      for (let copy = 0; copy < factor; copy++) {
        nodes.push({
          ...node,
          key: copyKey(node.key, copy),
          paragraphRef: copyKey(node.paragraphRef, copy),
          sourceLine: node.sourceLine + copy * maxLine,
        } satisfies QuoteNode);
      }
    } else {
      nodes.push(node);
    }
  }

  /** The copy of an end for text copy j: paragraphs, quotes and actors follow j, the rest stay. */
  const endFor = (end: NodeRef, textCopy: number): NodeRef => {
    if (end.kind === 'Paragraph' || end.kind === 'Quote' || end.kind === 'Actor') return { kind: end.kind, key: copyKey(end.key, textCopy) };
    return end;
  };

  for (const relationship of graph.relationships) {
    const { from, to } = relationship;
    const copiesText = from.kind === 'Paragraph' || from.kind === 'Quote' || to.kind === 'Paragraph' || to.kind === 'Quote';
    if (from.kind === 'ReferencePhrase' || from.kind === 'EntryPoint') {
      relationships.push(relationship);
    } else if (copiesText) {
      for (let copy = 0; copy < factor; copy++) relationships.push({ ...relationship, from: endFor(from, copy), to: endFor(to, copy) });
    } else {
      // SUMMARY_LISTS: every copy of the actor is listed for the same objectives.
      for (let copy = 0; copy < actorCopies; copy++) {
        relationships.push({ ...relationship, from: { kind: 'Actor', key: copyKey(from.key, copy) } });
      }
    }
  }
  return { nodes, relationships };
}
