import type { NodeKind, RelationshipType } from '../../src/graph/model.ts';

/** One inconsistency or repair found in the source, with the 1-based source lines it concerns. */
export interface DataIssue {
  kind: string;
  message: string;
  lines: number[];
}

export interface DataReport {
  counts: {
    nodes: Record<NodeKind, number>;
    relationships: Record<RelationshipType, number>;
  };
  /** The quote-loss guard: quotes extracted against two independent counts of the raw text. */
  quoteCheck: { extracted: number; citations: number; bullets: number };
  issues: DataIssue[];
}

/** Issue kinds in the order the report lists them. */
export const ISSUE_KINDS = [
  'QUOTE_LOST',
  'ACTOR_NOT_QUOTED',
  'UNPARSED_LINE',
  'DUPLICATE_SENTENCE',
  'REPEATED_QUOTE',
  'TABLE_REF_WITHOUT_QUOTE',
  'QUOTE_REF_NOT_IN_TABLE',
  'TABLE_ROW_WITHOUT_QUOTE_GROUP',
  'QUOTE_GROUP_WITHOUT_TABLE_ROW',
  'HEADING_MISMATCH',
  'SUMMARY_MISMATCH',
  'SUMMARY_REF_TOPIC_MISMATCH',
  'FILED_NOT_NAMED',
  'REPAIRED_REF',
  'REPAIRED_TEXT',
  'PAGE_BREAK_JOIN',
  'QUOTE_MARKS',
  'SHORT_TITLE_VARIANT',
] as const;
export type IssueKind = (typeof ISSUE_KINDS)[number];

/**
 * The invariants of a usable source: a source with any of these is damaged (truncated, emptied, garbled),
 * and neither the seed nor the embedded store loads it. The other kinds describe a source that is whole.
 */
export const BLOCKING_ISSUE_KINDS: readonly IssueKind[] = ['QUOTE_LOST', 'ACTOR_NOT_QUOTED'];

export function blockingIssues(report: DataReport): DataIssue[] {
  return report.issues.filter((issue) => (BLOCKING_ISSUE_KINDS as readonly string[]).includes(issue.kind));
}

/** Collects issues while the extractor runs; `sorted()` gives them in a stable order. */
export class IssueLog {
  private readonly issues: DataIssue[] = [];

  add(kind: IssueKind, message: string, lines: number[]): void {
    const sortedLines = [...new Set(lines)].sort((a, b) => a - b);
    this.issues.push({ kind, message, lines: sortedLines });
  }

  sorted(): DataIssue[] {
    const rank = (kind: string) => ISSUE_KINDS.indexOf(kind as IssueKind);
    return [...this.issues].sort(
      (a, b) =>
        rank(a.kind) - rank(b.kind) ||
        (a.lines[0] ?? 0) - (b.lines[0] ?? 0) ||
        (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
    );
  }
}
