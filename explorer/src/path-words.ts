// A shortest path told in words, one sentence per hop. Pure: no DOM, so it is unit-tested in node.
// The meaning of each relationship type is the one documented in src/graph/model.ts.
import type { PathNode, PathResult, RelationshipType } from './api.ts';
import { objectiveShortName } from './labels.ts';

/** A node's name as it reads inside a sentence: "Trade unions", "§34e", "Objective 18 (Labour mobility)". */
export function nodeName(node: PathNode): string {
  switch (node.__typename) {
    case 'Actor':
      return node.name;
    case 'Objective':
      return `Objective ${node.number} (${objectiveShortName(node, 40)})`;
    case 'Paragraph':
      return `§${node.ref}`;
    case 'Quote':
      return `the quote “${truncate(node.text, 70)}” (§${node.paragraph.ref})`;
    case 'ReferencePhrase':
      return `the wording “${node.wording}”`;
    case 'EntryPoint':
      return `the ${node.level === 'REGIONAL' ? 'regional' : 'global'} ISCM entry point of Objective ${node.objective.number}`;
  }
}

/** A node's name as a short label for the chain and the graph: "Trade unions", "§34e", "Objective 18". */
export function nodeShortName(node: PathNode): string {
  switch (node.__typename) {
    case 'Actor':
      return node.name;
    case 'Objective':
      return `Objective ${node.number}`;
    case 'Paragraph':
      return `§${node.ref}`;
    case 'Quote':
      return `quote of §${node.paragraph.ref}`;
    case 'ReferencePhrase':
      return `“${truncate(node.wording, 40)}”`;
    case 'EntryPoint':
      return `${node.level === 'REGIONAL' ? 'regional' : 'global'} entry point ${node.objective.number}`;
  }
}

/**
 * One sentence per relationship type and direction. `a` is the node the walk comes from,
 * `b` the one it goes to; `forward` is true when the stored relationship points from a to b.
 */
function sentence(type: RelationshipType, forward: boolean, a: string, b: string): string {
  const [start, end] = forward ? [a, b] : [b, a];
  const lead = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  switch (type) {
    case 'IN_OBJECTIVE':
      return forward ? `${lead(start)} is a paragraph of ${end}.` : `${lead(end)} includes ${start}.`;
    case 'QUOTES':
      return forward ? `${lead(start)} is an excerpt of ${end}.` : `${lead(end)} is quoted in ${start}.`;
    case 'FILED_UNDER':
      return forward ? `${lead(start)} is filed under ${end} in the source.` : `${lead(end)} has ${start} filed under it in the source.`;
    case 'NAMES':
      return forward ? `${lead(start)} names ${end}.` : `${lead(end)} is named in ${start}.`;
    case 'MENTIONS':
      return forward ? `${lead(start)} mentions ${end}.` : `${lead(end)} is mentioned in ${start}.`;
    case 'APPEARS_IN':
      return forward ? `${lead(start)} appears in ${end}.` : `${lead(end)} uses ${start}.`;
    case 'REFERS_TO':
      return forward ? `${lead(start)} refers to ${end}.` : `${lead(end)} is referred to as ${start}.`;
    case 'SUMMARY_LISTS':
      return forward ? `The source’s summary lists ${end} for ${start}.` : `${lead(end)} is listed in the source’s summary for ${start}.`;
    case 'FOR_OBJECTIVE':
      return forward ? `${lead(start)} belongs to ${end}.` : `${lead(end)} has ${start}.`;
    case 'ENGAGES':
      return forward ? `${lead(start)} is a possible engagement of ${end}.` : `${lead(end)} may engage through ${start}.`;
  }
}

export interface PathInWords {
  /** "Trade unions — mentioned in — §34e — is part of — Objective 18 — …", in the API's words (`Path.steps { phrase }`). */
  chain: string;
  /** One sentence per hop, in walking order. */
  hops: string[];
}

export function describePath(path: PathResult): PathInWords {
  const names = path.nodes.map(nodeName);
  const shortNames = path.nodes.map(nodeShortName);
  const hops: string[] = [];
  let chain = shortNames[0] ?? '';
  path.relationships.forEach((step, i) => {
    const here = path.nodes[i]!;
    const forward = step.from === here.id;
    hops.push(sentence(step.type, forward, names[i]!, names[i + 1]!));
    chain += ` — ${path.steps[i]!.phrase} — ${shortNames[i + 1]}`;
  });
  return { chain, hops };
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}
