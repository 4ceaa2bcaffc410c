import type { Section } from './model.ts';

/** A paragraph reference of A/RES/73/195, e.g. 22(b) or 43(b)(iii). */
export interface ParagraphRef {
  number: number;
  letter: string | null;
  item: string | null;
  /** Canonical form: "22b", "35", "43biii". */
  canonical: string;
}

/** Refs the source misspells, mapped to what it means (gcm-facts: "§23I is a typo for §23l"). */
export const REF_REPAIRS: Readonly<Record<string, string>> = { '23I': '23l' };

const ROMAN_ITEMS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];
const REF_PATTERN = /^(\d{1,2})(?:\(?([a-z])\)?)?(?:\(?(i{1,3}|iv|vi{0,3}|ix|x)\)?)?$/;

/**
 * Parses a loosely written ref ("§ 22b", "§22(b)", "22 B", "43biii") into its canonical parts.
 * Returns null when the text cannot be a paragraph ref.
 */
export function parseParagraphRef(text: string): ParagraphRef | null {
  const compact = text.replace(/[§\s.]/g, '');
  // Own keys only: "__proto__" or "constructor" must not reach Object.prototype.
  const repaired = Object.hasOwn(REF_REPAIRS, compact) ? REF_REPAIRS[compact]! : compact;
  const match = REF_PATTERN.exec(repaired.toLowerCase());
  if (!match) return null;
  const number = Number(match[1]);
  if (number < 1) return null;
  const letter = match[2] ?? null;
  const item = match[3] ?? null;
  if (item !== null && (letter === null || !ROMAN_ITEMS.includes(item))) return null;
  return { number, letter, item, canonical: `${number}${letter ?? ''}${item ?? ''}` };
}

/** The highest paragraph number of the Global Compact. */
export const LAST_PARAGRAPH = 54;
export const FIRST_OBJECTIVE_PARAGRAPH = 17;
export const OBJECTIVE_COUNT = 23;

export function sectionOfParagraph(number: number): Section | null {
  if (number < 1 || number > LAST_PARAGRAPH) return null;
  if (number <= 7) return 'PREAMBLE';
  if (number <= 15) return 'VISION_AND_PRINCIPLES';
  if (number === 16) return 'COOPERATIVE_FRAMEWORK';
  if (number <= 39) return 'OBJECTIVES';
  if (number <= 47) return 'IMPLEMENTATION';
  return 'FOLLOW_UP_AND_REVIEW';
}

/** Objective N is paragraph §(N+16); null for paragraphs outside the objectives section. */
export function objectiveOfParagraph(number: number): number | null {
  const objective = number - (FIRST_OBJECTIVE_PARAGRAPH - 1);
  return objective >= 1 && objective <= OBJECTIVE_COUNT ? objective : null;
}

export function paragraphOfObjective(objective: number): string {
  return String(objective + FIRST_OBJECTIVE_PARAGRAPH - 1);
}

/** A sortable integer that orders refs as the Compact does: 22 < 22a < 22b < 43b < 43bi < 43bii. */
export function paragraphOrder(ref: ParagraphRef): number {
  const letterIndex = ref.letter ? ref.letter.charCodeAt(0) - 96 : 0;
  const itemIndex = ref.item ? ROMAN_ITEMS.indexOf(ref.item) + 1 : 0;
  return ref.number * 10_000 + letterIndex * 100 + itemIndex;
}

/** Orders refs as the Compact does: by number, then letter, then item. */
export function compareParagraphRefs(a: string, b: string): number {
  const left = parseParagraphRef(a);
  const right = parseParagraphRef(b);
  if (!left || !right) return a.localeCompare(b);
  return paragraphOrder(left) - paragraphOrder(right);
}
