import type { EngagementLevel, PhraseGroup } from '../../src/graph/model.ts';
import { parseParagraphRef, REF_REPAIRS, type ParagraphRef } from '../../src/graph/paragraph-ref.ts';
import type { MentionMatcher } from './mentions.ts';
import type { SourceLine } from './quotes.ts';
import type { IssueLog } from './report.ts';

/** A row of a "Reference / wording<TAB>Paragraph" table. */
export interface ReferenceRow {
  wording: string;
  slug: string;
  group: PhraseGroup;
  refs: ParagraphRef[];
  line: number;
}

/** A row of an "Entry points for ISCMs" table. */
export interface EntryPointRow {
  level: EngagementLevel;
  objectiveNumber: number;
  /** The source's short objective name ("Objective 6. Recruitment and labour" → "Recruitment and labour"). */
  shortTitle: string | null;
  action: string;
  engagement: string;
  /** Actors named by the engagement column's heading ("Possible engagement of ISCMs"). */
  engagedActorKeys: string[];
  line: number;
}

export interface ParsedTables {
  referenceRows: ReferenceRow[];
  entryPoints: EntryPointRow[];
}

/** Lower-case kebab slug: "IOM's International Dialogue" → "ioms-international-dialogue". */
export function slugOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const REF_LIST = /^§\s*[^;]+(?:;\s*§\s*[^;]+)*$/;
const ENTRY_ROW = /^Objective\s+(\d+)\.?\s*(.*)$/;
const LEVEL_ROW = /^(Regional|Global) level$/i;

/** Which reference table a row belongs to, from the section heading above it. */
function phraseGroupOf(heading: string | undefined): PhraseGroup {
  if (heading && /^references to iscms$/i.test(heading.trim())) return 'ISCM';
  if (heading && /^references to igos$/i.test(heading.trim())) return 'IGO';
  return 'OTHER';
}

export function parseTables(
  rows: readonly SourceLine[],
  prose: readonly SourceLine[],
  mentions: MentionMatcher,
  issues: IssueLog,
): ParsedTables {
  const parsed: ParsedTables = { referenceRows: [], entryPoints: [] };
  let level: EngagementLevel | null = null;
  let engagedActorKeys: string[] = [];

  for (const row of rows) {
    const cells = row.text.split('\t').map((cell) => cell.trim());
    const [first = '', second = '', third = ''] = cells;
    const last = [...cells].reverse().find((cell) => cell !== '') ?? '';

    if (first === 'Objective' && second === 'Action') {
      engagedActorKeys = mentions.actorsNamedIn(third);
    } else if (first === 'Reference / wording') {
      // A reference table's header row.
    } else if (LEVEL_ROW.test(first) && second === '' && third === '') {
      level = first.toLowerCase().startsWith('regional') ? 'REGIONAL' : 'GLOBAL';
    } else if (ENTRY_ROW.test(first) && cells.length >= 3 && level) {
      parsed.entryPoints.push(entryPointOf(row, cells, level, engagedActorKeys, issues));
    } else if (first === '' && second !== '' && parsed.entryPoints.length > 0 && level) {
      const previous = parsed.entryPoints[parsed.entryPoints.length - 1]!;
      previous.action = `${previous.action} ${second}`;
      if (third !== '') previous.engagement = `${previous.engagement} ${third}`;
      issues.add(
        'PAGE_BREAK_JOIN',
        `entry point ${previous.level.toLowerCase()}-${previous.objectiveNumber}: action continues after a page break ("…${second.slice(0, 40)}"); joined`,
        [previous.line, row.number],
      );
    } else if (cells.length === 2 && first !== '' && REF_LIST.test(last)) {
      parsed.referenceRows.push(referenceRowOf(row, first, last, prose, issues));
    } else if (/^[-|:\s]+$/.test(row.text)) {
      issues.add('UNPARSED_LINE', `stray table rule ${JSON.stringify(row.text)} ignored`, [row.number]);
    } else {
      issues.add('UNPARSED_LINE', `table line not understood: ${JSON.stringify(row.text)}`, [row.number]);
    }
  }
  return parsed;
}

function entryPointOf(
  row: SourceLine,
  cells: string[],
  level: EngagementLevel,
  engagedActorKeys: string[],
  issues: IssueLog,
): EntryPointRow {
  const match = ENTRY_ROW.exec(cells[0] ?? '')!;
  const objectiveNumber = Number(match[1]);
  let action = cells[1] ?? '';
  // Some actions carry the number of the objective ("14. Involve relevant consular…").
  const numbering = /^(\d+)\.\s+/.exec(action);
  if (numbering && Number(numbering[1]) === objectiveNumber) {
    action = action.slice(numbering[0].length);
    issues.add(
      'REPAIRED_TEXT',
      `entry point ${level.toLowerCase()}-${objectiveNumber}: leading numbering "${numbering[0].trim()}" stripped from the action`,
      [row.number],
    );
  }
  return {
    level,
    objectiveNumber,
    shortTitle: match[2]?.trim() || null,
    action,
    engagement: cells[2] ?? '',
    engagedActorKeys,
    line: row.number,
  };
}

function referenceRowOf(
  row: SourceLine,
  wording: string,
  refList: string,
  prose: readonly SourceLine[],
  issues: IssueLog,
): ReferenceRow {
  const refs: ParagraphRef[] = [];
  for (const rawRef of refList.split(';').map((part) => part.trim())) {
    const ref = parseParagraphRef(rawRef);
    if (!ref) {
      issues.add('UNPARSED_LINE', `table row "${wording}": unparseable ref "${rawRef}" skipped`, [row.number]);
      continue;
    }
    if (REF_REPAIRS[rawRef.replace(/[§\s.]/g, '')]) {
      issues.add('REPAIRED_REF', `table row "${wording}": ref "${rawRef}" read as §${ref.canonical}`, [row.number]);
    }
    if (!refs.some((known) => known.canonical === ref.canonical)) refs.push(ref);
  }
  const sectionHeading = [...prose].reverse().find((line) => line.number < row.number)?.text;
  return { wording, slug: slugOf(wording), group: phraseGroupOf(sectionHeading), refs, line: row.number };
}
