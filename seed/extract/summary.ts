import { objectiveOfParagraph, paragraphOfObjective, parseParagraphRef, type ParagraphRef } from '../../src/graph/paragraph-ref.ts';
import type { SourceLine } from './quotes.ts';
import type { Registry } from './registry.ts';
import type { IssueLog } from './report.ts';

/** "trade unions (Objectives 2, 3, 6, 18)": the summary lists objectives for an actor. */
export interface SummaryStatement {
  actorKey: string;
  /** The actor wording as the summary gives it. */
  wording: string;
  objectiveNumbers: number[];
  /** Paragraphs the statement cites by "(§ 36)"; each also lists its objective, if it has one. */
  paragraphRefs: ParagraphRef[];
  line: number;
}

/** "civil society organizations (CSO) (Objectives 2, 3, 12, 16)": wording, optional acronym, objective list. */
const LISTED_ITEM = /(?:\s*\([A-Z]{2,}\))?\s*\(\s*Objectives?\s+([\d,;\s and]+)\)/g;
/** "Objective 8", "Objectives 6 (…)", "Objectives 2, 3 and 5". */
const OBJECTIVE_NUMBERS = /\bObjectives?\s+(\d+(?:\s*(?:,\s*(?:and\s+)?|;\s*|and\s+)\d+)*)/g;
/** "(§ 26d)" with the topic label before it: "counter-trafficking (§ 26d)". */
const CITED_PARAGRAPH = /\(\s*§\s*([0-9]+[a-z]*)\s*\)/gi;
/** Words too general to tell one objective's topic from another's. */
const GENERAL_WORDS = new Set(['international', 'global', 'migration', 'migrants', 'migrant']);

/**
 * Reads the summary statements from the prose: either a list of "<actor wording> (Objectives …)"
 * items, or a sentence whose subject is an actor wording and which cites "Objective N" or "(§ ref)".
 */
export function parseSummary(prose: readonly SourceLine[], registry: Registry, issues: IssueLog): SummaryStatement[] {
  const wordings = Object.keys(registry.summaryActors).sort((a, b) => b.length - a.length);
  const statements: SummaryStatement[] = [];
  for (const line of prose) {
    for (const sentence of splitSentences(line.text.replace(/\*\*/g, ''))) {
      const listed = listedItems(sentence, wordings, registry, line.number, issues);
      if (listed.length > 0) {
        statements.push(...listed);
        continue;
      }
      const subject = wordings.find((wording) => startsWithWord(sentence, wording));
      if (!subject) continue;
      const objectiveNumbers = [...sentence.matchAll(OBJECTIVE_NUMBERS)].flatMap((match) => numbersIn(match[1] ?? ''));
      const paragraphRefs = citedParagraphs(sentence, registry, line.number, issues);
      if (objectiveNumbers.length === 0 && paragraphRefs.length === 0) continue;
      const fromParagraphs = paragraphRefs.map((ref) => objectiveOfParagraph(ref.number)).filter((n): n is number => n !== null);
      statements.push({
        actorKey: registry.summaryActors[subject]!,
        wording: subject,
        objectiveNumbers: unique([...objectiveNumbers, ...fromParagraphs]),
        paragraphRefs,
        line: line.number,
      });
    }
  }
  return statements;
}

function splitSentences(text: string): string[] {
  return text.split(/(?<!\b(?:e\.g|i\.e))\.\s+(?=[A-Z])/).map((sentence) => sentence.trim());
}

function startsWithWord(text: string, wording: string): boolean {
  return text.toLowerCase().startsWith(wording.toLowerCase()) && !/[A-Za-z0-9]/.test(text[wording.length] ?? ' ');
}

function endsWithWord(text: string, wording: string): boolean {
  const lower = text.toLowerCase();
  return lower.endsWith(wording.toLowerCase()) && !/[A-Za-z0-9]/.test(text[text.length - wording.length - 1] ?? ' ');
}

function listedItems(
  sentence: string,
  wordings: string[],
  registry: Registry,
  line: number,
  issues: IssueLog,
): SummaryStatement[] {
  const statements: SummaryStatement[] = [];
  let previousEnd = 0;
  for (const match of sentence.matchAll(LISTED_ITEM)) {
    const before = sentence.slice(previousEnd, match.index).trimEnd();
    previousEnd = match.index + match[0].length;
    const wording = wordings.find((candidate) => endsWithWord(before, candidate));
    if (!wording) {
      issues.add('SUMMARY_MISMATCH', `summary lists objectives for an actor wording not in the registry: "…${before.slice(-40)}"`, [line]);
      continue;
    }
    statements.push({
      actorKey: registry.summaryActors[wording]!,
      wording,
      objectiveNumbers: unique(numbersIn(match[1] ?? '')),
      paragraphRefs: [],
      line,
    });
  }
  return statements;
}

function numbersIn(list: string): number[] {
  return [...list.matchAll(/\d+/g)].map((match) => Number(match[0]));
}

function unique(numbers: number[]): number[] {
  return [...new Set(numbers)];
}

/**
 * The "(§ ref)" citations of a sentence. Each names a paragraph, unless its topic label does not
 * fit that paragraph's objective but fits objective N = the ref's number: "international
 * cooperation (§ 23d)" means objective 23, action (d), i.e. §39d (reported as a repair).
 */
function citedParagraphs(sentence: string, registry: Registry, line: number, issues: IssueLog): ParagraphRef[] {
  const refs: ParagraphRef[] = [];
  let previousEnd = 0;
  for (const match of sentence.matchAll(CITED_PARAGRAPH)) {
    const label = sentence.slice(previousEnd, match.index).split(/[,;]|\band\b|\bon\b/).at(-1)?.trim() ?? '';
    previousEnd = match.index + match[0].length;
    const ref = parseParagraphRef(match[1] ?? '');
    if (!ref) {
      issues.add('UNPARSED_LINE', `summary: unparseable ref "${match[0]}"`, [line]);
      continue;
    }
    const objective = objectiveOfParagraph(ref.number);
    if (objective === null || labelFits(label, objective, registry)) {
      refs.push(ref);
      continue;
    }
    const meantObjective = ref.number;
    const meant = labelFits(label, meantObjective, registry)
      ? parseParagraphRef(`${paragraphOfObjective(meantObjective)}${ref.letter ?? ''}${ref.item ?? ''}`)
      : null;
    if (meant) {
      issues.add(
        'REPAIRED_REF',
        `summary: "${label} (§ ${ref.canonical})" read as objective ${meantObjective} action (${ref.letter ?? ''}), i.e. §${meant.canonical}: "${label}" is the topic of objective ${meantObjective}, not of objective ${objective} (§${ref.number})`,
        [line],
      );
      refs.push(meant);
    } else {
      issues.add('SUMMARY_REF_TOPIC_MISMATCH', `summary: "${label}" cited as §${ref.canonical}, which belongs to objective ${objective}`, [line]);
      refs.push(ref);
    }
  }
  return refs;
}

function labelFits(label: string, objectiveNumber: number, registry: Registry): boolean {
  const title = registry.objectives.find((objective) => objective.number === objectiveNumber)?.title;
  if (!title) return false;
  const titleWords = new Set(wordsOf(title));
  return wordsOf(label).some((word) => titleWords.has(word));
}

function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]+/g) ?? []).filter((word) => word.length >= 4 && !GENERAL_WORDS.has(word));
}
