// A shortest path told in words, one sentence per hop. Pure: no DOM, so it is unit-tested in node.
// Each relationship is worded by the API (Path.steps { phrase }, from the server's catalogue), not here.
import type { PathResult } from './api.ts';
import { nodeName, nodeShortName } from './kinds.ts';

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
