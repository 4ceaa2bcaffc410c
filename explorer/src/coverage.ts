// The actor × objective coverage matrix. Pure: built from the API's `coverage` query (the same links
// as `actors { objectives }`), ordered for the table.
import type { ActorCategory, CoverageResult, LinkBasis } from './api.ts';
import { CATEGORY_ORDER } from './categories.ts';

export interface CoverageCell {
  /** Paragraphs of the objective through which the actor is linked (0 for a summary-only link). */
  paragraphs: number;
  basis: LinkBasis[];
}

export interface CoverageMatrix {
  /** Rows, grouped by category in legend order, by name within a category. */
  actors: { id: string; name: string; category: ActorCategory }[];
  /** Columns, by number. */
  objectives: { id: string; number: number; title: string; shortTitle: string | null }[];
  /** `cells.get(actorId)?.get(objectiveNumber)`; absent when the actor is not linked to the objective. */
  cells: Map<string, Map<number, CoverageCell>>;
  /** The largest paragraph count of any cell, for shading. */
  maxParagraphs: number;
}

export function coverageFromQuery(coverage: CoverageResult): CoverageMatrix {
  const actors = coverage.rows
    .map((row) => row.actor)
    .sort((a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) || a.name.localeCompare(b.name, 'en'))
    .map(({ id, name, category }) => ({ id, name, category }));
  const objectives = coverage.columns.map((column) => column.objective).sort((a, b) => a.number - b.number);
  const cells = new Map<string, Map<number, CoverageCell>>(actors.map((actor) => [actor.id, new Map()]));
  let maxParagraphs = 0;
  for (const cell of coverage.cells) {
    cells.get(cell.actor.id)?.set(cell.objective.number, { paragraphs: cell.paragraphCount, basis: cell.basis });
    maxParagraphs = Math.max(maxParagraphs, cell.paragraphCount);
  }
  return { actors, objectives, cells, maxParagraphs };
}

/** Totals per objective (column) and per actor (row): how many links, how many paragraphs. */
export function coverageTotals(matrix: CoverageMatrix) {
  const byObjective = new Map(matrix.objectives.map((o) => [o.number, { actors: 0, paragraphs: 0 }]));
  const byActor = new Map(matrix.actors.map((a) => [a.id, { objectives: 0, paragraphs: 0 }]));
  for (const [actorId, row] of matrix.cells) {
    for (const [number, cell] of row) {
      const column = byObjective.get(number);
      if (column) {
        column.actors += 1;
        column.paragraphs += cell.paragraphs;
      }
      const total = byActor.get(actorId);
      if (total) {
        total.objectives += 1;
        total.paragraphs += cell.paragraphs;
      }
    }
  }
  return { byObjective, byActor };
}
