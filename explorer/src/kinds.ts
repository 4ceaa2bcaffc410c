// What the explorer knows of each kind of node, in one file: what the path and search operations read of
// a node of each kind (api.ts puts these selections into its operations), how a path names it, and what a
// search hit of that kind shows and leads to. A kind the API adds fails the explorer's type check here.
import type { HitCounts, PathNode, SearchHit } from './api.ts';
import { objectiveShortName } from './labels.ts';

/** What the path operation reads of each node of a path. */
export const PATH_NODE_FIELDS = `__typename id
      ... on Actor { name }
      ... on Objective { number shortTitle title }
      ... on Paragraph { ref }
      ... on Quote { text paragraph { ref } }
      ... on ReferencePhrase { wording }
      ... on EntryPoint { level objective { number } }`;

/** What the search operation reads of the node of each hit, and the focus operation of the node named in the address. */
export const SEARCH_NODE_FIELDS = `__typename id
      ... on Actor { name }
      ... on Objective { number shortTitle title }
      ... on Quote { paragraph { ref objective { id } } actors { id name } }
      ... on ReferencePhrase { wording actors { id name } }
      ... on Paragraph { ref objective { id } actors { id } }
      ... on EntryPoint { entryObjective: objective { id number } }`;

/** How a search's counts by kind name each kind, one and many. */
export const KIND_WORDS: Record<HitCounts[number]['value'], [one: string, many: string]> = {
  Actor: ['actor', 'actors'],
  Objective: ['objective', 'objectives'],
  Paragraph: ['paragraph', 'paragraphs'],
  Quote: ['quote', 'quotes'],
  ReferencePhrase: ['wording', 'wordings'],
  EntryPoint: ['entry point', 'entry points'],
};

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

/** The drawn node a search hit (or a node named in the address, loaded with the same fields) leads to: itself, or the objective or actor it belongs to. */
export function targetOf({ node }: { node: SearchHit['node'] }): string | null {
  switch (node.__typename) {
    case 'Actor':
    case 'Objective':
      return node.id;
    case 'Quote':
      return node.paragraph.objective?.id ?? node.actors[0]?.id ?? null;
    case 'Paragraph':
      return node.objective?.id ?? node.actors[0]?.id ?? null;
    case 'ReferencePhrase':
      return node.actors[0]?.id ?? null;
    case 'EntryPoint':
      return node.entryObjective.id;
  }
}

/** How a search hit is listed: its kind, and a title. */
export function titleOf(hit: SearchHit): [kind: string, title: string] {
  const node = hit.node;
  switch (node.__typename) {
    case 'Actor':
      return ['Actor', node.name];
    case 'Objective':
      return ['Objective', `${node.number} · ${objectiveShortName(node, 60)}`];
    case 'Quote':
      return ['Quote', `§${node.paragraph.ref}${node.actors.length ? ` · ${node.actors.map((a) => a.name).join(', ')}` : ''}`];
    case 'Paragraph':
      return ['Paragraph', `§${node.ref}`];
    case 'ReferencePhrase':
      return ['Wording', node.wording];
    case 'EntryPoint':
      return ['Entry point', `Objective ${node.entryObjective.number}`];
  }
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}
