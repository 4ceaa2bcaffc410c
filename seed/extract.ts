// Turns the source document (seed/source/gcm-iscm-references.txt) and the curated registry
// (seed/registry.json) into graph data, deterministically: same input, byte-identical JSON.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  NODE_KINDS,
  RELATIONSHIP_TYPES,
  RELATIONSHIP_TYPE_NAMES,
  type GraphData,
  type GraphNode,
  type GraphRelationship,
  type NodeKind,
  type NodeRef,
  type ParagraphNode,
  type RelationshipType,
} from '../src/graph/model.ts';
import {
  objectiveOfParagraph,
  paragraphOfObjective,
  paragraphOrder,
  parseParagraphRef,
  sectionOfParagraph,
  type ParagraphRef,
} from '../src/graph/paragraph-ref.ts';
import { projectFile } from '../src/project-files.ts';
import {
  checkDuplicateSentences,
  checkFiledButNotNamed,
  checkQuoteCounts,
  checkRepeatedQuotes,
  checkRequiredActorsQuoted,
  checkSummaryAgainstQuotes,
  checkTablesAgainstQuotes,
  type ActorQuote,
} from './extract/checks.ts';
import { MentionMatcher } from './extract/mentions.ts';
import { scanDocument, splitLines, type ScannedDocument } from './extract/quotes.ts';
import { assertValidRegistry, parseRegistry, RegistryError, type Registry } from './extract/registry.ts';
import { blockingIssues, IssueLog, type DataReport } from './extract/report.ts';
import { readSource } from './extract/source.ts';
import { parseSummary } from './extract/summary.ts';
import { parseTables, slugOf } from './extract/tables.ts';

export type { Registry, RegistryActor } from './extract/registry.ts';
export { parseRegistry, RegistryError, REQUIRED_ACTOR_KEYS } from './extract/registry.ts';
export type { DataIssue, DataReport } from './extract/report.ts';
export { BLOCKING_ISSUE_KINDS, blockingIssues, ISSUE_KINDS } from './extract/report.ts';
export { SourceError } from './extract/source.ts';

export interface ExtractionResult {
  graph: GraphData;
  report: DataReport;
}

export const SEED_SOURCE_URL = projectFile('seed/source/gcm-iscm-references.txt');
export const SEED_REGISTRY_URL = projectFile('seed/registry.json');

/**
 * Extracts the graph from the source text. Pure and deterministic. Throws RegistryError when
 * the registry is invalid or does not cover the source (an unknown heading or table wording).
 */
export function extractGraph(sourceText: string, registry: Registry): ExtractionResult {
  assertValidRegistry(registry);
  const issues = new IssueLog();
  const mentions = new MentionMatcher(registry.actors);
  const document = scanDocument(splitLines(sourceText), issues);
  const tables = parseTables(document.rows, document.prose, mentions, issues);
  const summary = parseSummary(document.prose, registry, issues);
  const graph = new GraphBuilder(issues);

  for (const actor of registry.actors) {
    graph.addNode({ kind: 'Actor', key: actor.key, name: actor.name, category: actor.category, aliases: [...actor.aliases] });
  }

  const shortTitles = new Map<number, string>();
  for (const entry of tables.entryPoints) {
    if (!entry.shortTitle) continue;
    const known = shortTitles.get(entry.objectiveNumber);
    if (known === undefined) shortTitles.set(entry.objectiveNumber, entry.shortTitle);
    else if (known !== entry.shortTitle) {
      issues.add(
        'SHORT_TITLE_VARIANT',
        `objective ${entry.objectiveNumber} is called "${known}" first and "${entry.shortTitle}" here; the first is its shortTitle`,
        [entry.line],
      );
    }
  }
  for (const objective of registry.objectives) {
    graph.addNode({
      kind: 'Objective',
      key: String(objective.number),
      number: objective.number,
      title: objective.title,
      shortTitle: shortTitles.get(objective.number) ?? null,
      paragraphRef: paragraphOfObjective(objective.number),
    });
    graph.addParagraph(parseParagraphRef(paragraphOfObjective(objective.number))!, []);
  }

  const quotes = actorQuotesOf(document, registry, mentions);
  for (const quote of quotes) {
    const { parsed } = quote;
    const paragraph = ref('Paragraph', parsed.ref.canonical);
    graph.addNode({
      kind: 'Quote',
      key: quote.key,
      text: parsed.text,
      highlights: parsed.highlights,
      paragraphRef: parsed.ref.canonical,
      sourceLine: parsed.line,
    });
    if (!graph.addParagraph(parsed.ref, parsed.lines)) continue;
    graph.relate('QUOTES', ref('Quote', quote.key), paragraph);
    if (quote.filedUnder) {
      graph.relate('FILED_UNDER', ref('Quote', quote.key), ref('Actor', quote.filedUnder));
      graph.relate('MENTIONS', paragraph, ref('Actor', quote.filedUnder));
    }
    for (const actorKey of quote.names) {
      graph.relate('NAMES', ref('Quote', quote.key), ref('Actor', actorKey));
      graph.relate('MENTIONS', paragraph, ref('Actor', actorKey));
    }
  }

  const unknownPhrases = tables.referenceRows.filter((row) => registry.phraseActors[row.slug] === undefined);
  if (unknownPhrases.length > 0) {
    throw new RegistryError(unknownPhrases.map((row) => `phraseActors: no entry for "${row.slug}" (line ${row.line}: "${row.wording}")`));
  }
  for (const row of tables.referenceRows) {
    const phrase = ref('ReferencePhrase', row.slug);
    if (!graph.addNode({ kind: 'ReferencePhrase', key: row.slug, wording: row.wording, group: row.group, sourceLine: row.line })) {
      issues.add('UNPARSED_LINE', `reference wording "${row.wording}" appears in two table rows; rows merged`, [row.line]);
    }
    const actorKeys = registry.phraseActors[row.slug] ?? [];
    for (const actorKey of actorKeys) graph.relate('REFERS_TO', phrase, ref('Actor', actorKey));
    for (const paragraphRef of row.refs) {
      if (!graph.addParagraph(paragraphRef, [row.line])) continue;
      graph.relate('APPEARS_IN', phrase, ref('Paragraph', paragraphRef.canonical));
      for (const actorKey of actorKeys) graph.relate('MENTIONS', ref('Paragraph', paragraphRef.canonical), ref('Actor', actorKey));
    }
  }

  const entryPointKeys = new Map<string, number>();
  for (const entry of tables.entryPoints) {
    const key = uniqueKey(`${entry.level.toLowerCase()}-${entry.objectiveNumber}`, entryPointKeys);
    graph.addNode({
      kind: 'EntryPoint',
      key,
      level: entry.level,
      objectiveNumber: entry.objectiveNumber,
      action: entry.action,
      engagement: entry.engagement,
      sourceLine: entry.line,
    });
    graph.relate('FOR_OBJECTIVE', ref('EntryPoint', key), ref('Objective', String(entry.objectiveNumber)));
    for (const actorKey of entry.engagedActorKeys) graph.relate('ENGAGES', ref('EntryPoint', key), ref('Actor', actorKey));
  }

  for (const statement of summary) {
    for (const paragraphRef of statement.paragraphRefs) graph.addParagraph(paragraphRef, [statement.line]);
    for (const objective of statement.objectiveNumbers) {
      graph.relate('SUMMARY_LISTS', ref('Actor', statement.actorKey), ref('Objective', String(objective)), statement.line);
    }
  }

  graph.setParagraphTexts(quotes);
  graph.relateParagraphsToObjectives();

  checkDuplicateSentences(quotes, issues);
  checkRepeatedQuotes(document.groups, issues);
  checkTablesAgainstQuotes(tables.referenceRows, document.groups, document.prose, document.quotes, issues);
  checkSummaryAgainstQuotes(summary, quotes, registry, issues);
  checkFiledButNotNamed(quotes, issues);
  const quoteCheck = checkQuoteCounts(sourceText, quotes, issues);
  checkRequiredActorsQuoted(quotes, issues);

  const data = graph.toGraphData();
  return { graph: data, report: { counts: countsOf(data), quoteCheck, issues: issues.sorted() } };
}

/**
 * Reads the source (UTF-8, a byte-order mark dropped) and registry files and extracts the graph, usable
 * or not: check-data reports on a damaged source too. Throws SourceError when the source is not text.
 */
export function extractFromFiles(
  sourcePath: string | URL = SEED_SOURCE_URL,
  registryPath: string | URL = SEED_REGISTRY_URL,
): ExtractionResult {
  const sourceText = readSource(sourcePath, displayPath(sourcePath));
  const registry = parseRegistry(JSON.parse(readFileSync(registryPath, 'utf8')));
  return extractGraph(sourceText, registry);
}

/** The extraction holds a blocking issue: the source is damaged. Its message is one line. */
export class UnusableSourceError extends Error {
  override name = 'UnusableSourceError';
}

/** Throws UnusableSourceError when the extraction breaks an invariant of a whole source (BLOCKING_ISSUE_KINDS). */
export function assertUsable(result: ExtractionResult, sourceName: string): ExtractionResult {
  const blocking = blockingIssues(result.report);
  if (blocking.length === 0) return result;
  const more = blocking.length > 1 ? ` (and ${blocking.length - 1} more)` : '';
  throw new UnusableSourceError(
    `${sourceName} is damaged, nothing was loaded: ${blocking[0]!.message}${more}; \`npm run check:data -- --source ${sourceName}\` lists every problem`,
  );
}

/**
 * The graph to load (by the seed and the embedded store): extracted from `sourcePath` and refused
 * unless the source is whole. Throws SourceError, RegistryError or UnusableSourceError.
 */
export function loadUsableGraph(sourcePath: string | URL = SEED_SOURCE_URL, registryPath: string | URL = SEED_REGISTRY_URL): ExtractionResult {
  return assertUsable(extractFromFiles(sourcePath, registryPath), displayPath(sourcePath));
}

let seed: ExtractionResult | undefined;

/** The graph of the bundled source, extracted once per process. Shared: treat it as read-only. */
export function loadSeedGraph(): ExtractionResult {
  seed ??= loadUsableGraph();
  return seed;
}

function displayPath(path: string | URL): string {
  return path instanceof URL ? fileURLToPath(path) : path;
}

function ref(kind: NodeKind, key: string): NodeRef {
  return { kind, key };
}

function uniqueKey(base: string, seen: Map<string, number>): string {
  const count = (seen.get(base) ?? 0) + 1;
  seen.set(base, count);
  return count === 1 ? base : `${base}-${count}`;
}

/** Keys each quote, and finds the actor it is filed under and the actors it names. */
function actorQuotesOf(document: ScannedDocument, registry: Registry, mentions: MentionMatcher): ActorQuote[] {
  const unknownHeadings = document.groups.filter((group) => registry.sectionActors[group.heading] === undefined);
  if (unknownHeadings.length > 0) {
    throw new RegistryError(
      unknownHeadings.map((group) => `sectionActors: no entry for the heading "${group.heading}" (line ${group.line})`),
    );
  }
  const keys = new Map<string, number>();
  return document.quotes.map((parsed) => {
    const filedUnder = registry.sectionActors[parsed.group.heading] ?? null;
    const base = filedUnder ?? slugOf(parsed.group.heading);
    return {
      parsed,
      key: uniqueKey(`${base}-${parsed.ref.canonical}`, keys),
      filedUnder,
      names: mentions.actorsNamedIn(parsed.text),
    };
  });
}

function countsOf(graph: GraphData): DataReport['counts'] {
  const nodes = Object.fromEntries(NODE_KINDS.map((kind) => [kind, 0])) as Record<NodeKind, number>;
  const relationships = Object.fromEntries(RELATIONSHIP_TYPE_NAMES.map((type) => [type, 0])) as Record<RelationshipType, number>;
  for (const node of graph.nodes) nodes[node.kind] += 1;
  for (const relationship of graph.relationships) relationships[relationship.type] += 1;
  return { nodes, relationships };
}

/** Collects nodes and relationships without duplicates and sorts them on output (by kind, then key). */
class GraphBuilder {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly relationships = new Map<string, GraphRelationship>();

  constructor(private readonly issues: IssueLog) {}

  /** false when a node of that kind and key already exists (the first one stays). */
  addNode(node: GraphNode): boolean {
    const id = `${node.kind}:${node.key}`;
    if (this.nodes.has(id)) return false;
    this.nodes.set(id, node);
    return true;
  }

  /** Adds the paragraph once; false (and an issue) when the ref is outside the Compact. */
  addParagraph(paragraphRef: ParagraphRef, lines: number[]): boolean {
    const section = sectionOfParagraph(paragraphRef.number);
    if (section === null) {
      this.issues.add('UNPARSED_LINE', `§${paragraphRef.canonical} is outside the Global Compact (§1–§54)`, lines);
      return false;
    }
    this.addNode({
      kind: 'Paragraph',
      key: paragraphRef.canonical,
      number: paragraphRef.number,
      letter: paragraphRef.letter,
      item: paragraphRef.item,
      order: paragraphOrder(paragraphRef),
      section,
      objectiveNumber: objectiveOfParagraph(paragraphRef.number),
      text: null,
    });
    return true;
  }

  relate(type: RelationshipType, from: NodeRef, to: NodeRef, sourceLine?: number): void {
    const expected = RELATIONSHIP_TYPES[type];
    if (from.kind !== expected.from || to.kind !== expected.to) {
      throw new Error(`${type} joins ${expected.from} → ${expected.to}, not ${from.kind} → ${to.kind}`);
    }
    const id = `${type}|${from.kind}:${from.key}|${to.kind}:${to.key}`;
    if (this.relationships.has(id)) return;
    this.relationships.set(id, sourceLine === undefined ? { type, from, to } : { type, from, to, sourceLine });
  }

  /** A paragraph's text is its longest quote (the earliest one on a tie). */
  setParagraphTexts(quotes: readonly ActorQuote[]): void {
    for (const quote of quotes) {
      const paragraph = this.nodes.get(`Paragraph:${quote.parsed.ref.canonical}`) as ParagraphNode | undefined;
      if (paragraph && quote.parsed.text.length > (paragraph.text?.length ?? -1)) paragraph.text = quote.parsed.text;
    }
  }

  relateParagraphsToObjectives(): void {
    for (const node of this.nodes.values()) {
      if (node.kind === 'Paragraph' && node.objectiveNumber !== null) {
        this.relate('IN_OBJECTIVE', ref('Paragraph', node.key), ref('Objective', String(node.objectiveNumber)));
      }
    }
  }

  toGraphData(): GraphData {
    for (const relationship of this.relationships.values()) {
      for (const end of [relationship.from, relationship.to]) {
        if (!this.nodes.has(`${end.kind}:${end.key}`)) throw new Error(`${relationship.type} points at a missing node ${end.kind}:${end.key}`);
      }
    }
    const nodeRank = (kind: NodeKind, key: string) => {
      const node = this.nodes.get(`${kind}:${key}`)!;
      // Keys in their natural order: §22 < §22b < §43biii, objective 2 < 10, regional-5 < regional-10.
      const within =
        node.kind === 'Paragraph' ? String(node.order).padStart(8, '0')
        : node.kind === 'Objective' ? String(node.number).padStart(3, '0')
        : node.kind === 'EntryPoint' ? `${node.level}|${String(node.objectiveNumber).padStart(3, '0')}|${node.key}`
        : node.key;
      return `${NODE_KINDS.indexOf(kind)}|${within}`;
    };
    const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const nodes = [...this.nodes.values()].sort((a, b) => byText(nodeRank(a.kind, a.key), nodeRank(b.kind, b.key)));
    const relationships = [...this.relationships.values()].sort(
      (a, b) =>
        RELATIONSHIP_TYPE_NAMES.indexOf(a.type) - RELATIONSHIP_TYPE_NAMES.indexOf(b.type) ||
        byText(nodeRank(a.from.kind, a.from.key), nodeRank(b.from.kind, b.from.key)) ||
        byText(nodeRank(a.to.kind, a.to.key), nodeRank(b.to.kind, b.to.key)),
    );
    return { nodes, relationships };
  }
}
