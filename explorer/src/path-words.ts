// A shortest path told in words, one sentence per hop. Pure: no DOM, so it is unit-tested in node.
// Each relationship is worded by the API (Path.steps { phrase }, from the server's catalogue), not here.
import type { PathNode, PathResult } from './api.ts';
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

export interface PathInWords {
  /** "Trade unions — mentioned in — §34e — is part of — Objective 18 — …", in the API's words (`Path.steps { phrase }`). */
  chain: string;
  /** One sentence per hop, in walking order, in the API's words for the relationship walked. */
  hops: string[];
}

export function describePath(path: PathResult): PathInWords {
  const names = path.nodes.map(nodeName);
  const shortNames = path.nodes.map(nodeShortName);
  const hops: string[] = [];
  let chain = shortNames[0] ?? '';
  path.steps.forEach(({ phrase }, i) => {
    hops.push(`${lead(names[i]!)} ${phrase} ${names[i + 1]}.`);
    chain += ` — ${phrase} — ${shortNames[i + 1]}`;
  });
  return { chain, hops };
}

function lead(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}
