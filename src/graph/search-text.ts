import type { GraphNode } from './model.ts';

/** The text the full-text index holds for a node, the same in both stores; null for kinds not searched. */
export function searchableText(node: GraphNode): string | null {
  switch (node.kind) {
    case 'Actor':
      return [node.name, ...node.aliases].join(' | ');
    case 'Quote':
      return node.text;
    case 'ReferencePhrase':
      return node.wording;
    case 'Objective':
      return [node.title, node.shortTitle].filter(Boolean).join(' | ');
    default:
      return null;
  }
}

/** A short human-readable name for any node, as front-ends label it. */
export function displayName(node: GraphNode): string {
  switch (node.kind) {
    case 'Actor':
      return node.name;
    case 'Objective':
      return `Objective ${node.number}: ${node.shortTitle ?? node.title}`;
    case 'Paragraph':
      return `§${node.key}`;
    case 'Quote':
      return `“${truncate(node.text, 60)}” (§${node.paragraphRef})`;
    case 'ReferencePhrase':
      return node.wording;
    case 'EntryPoint':
      return `${node.level === 'REGIONAL' ? 'Regional' : 'Global'} entry point, objective ${node.objectiveNumber}`;
  }
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

const SNIPPET_RADIUS = 80;

/**
 * A window of `text` around the first word of the query it contains, with every query word
 * wrapped in ** as the source marks its key terms.
 */
export function snippetOf(text: string, query: string): string {
  const words = [...new Set(query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])];
  if (words.length === 0) return truncate(text, SNIPPET_RADIUS * 2);
  const pattern = new RegExp(`\\b(${words.map(escapeRegExp).join('|')})\\b`, 'giu');
  const first = text.search(pattern);
  const start = first < 0 ? 0 : Math.max(0, first - SNIPPET_RADIUS);
  const end = Math.min(text.length, (first < 0 ? 0 : first) + SNIPPET_RADIUS);
  const window = text.slice(start, end).replace(pattern, '**$1**');
  return `${start > 0 ? '…' : ''}${window}${end < text.length ? '…' : ''}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
