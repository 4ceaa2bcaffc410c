// The coverage heat map as a real table: actors in rows, objectives in columns, the paragraph
// count in each cell as text, the shade only repeating it.
import { CATEGORIES } from './categories.ts';
import { coverageTotals, type CoverageCell, type CoverageMatrix } from './coverage.ts';
import { h } from './dom.ts';
import { objectiveShortName } from './labels.ts';

const BASIS_WORDS = { QUOTED: 'quoted', SUMMARY: 'in the summary', ENTRY_POINT: 'ISCM entry point' } as const;

export function renderCoverage(matrix: CoverageMatrix, onActor: (id: string) => void, onObjective: (id: string) => void): HTMLElement {
  const { byObjective, byActor } = coverageTotals(matrix);
  const shade = (cell: CoverageCell) => (matrix.maxParagraphs === 0 ? 0 : Math.sqrt(cell.paragraphs / matrix.maxParagraphs));

  const head = h(
    'thead',
    {},
    h(
      'tr',
      {},
      h('th', { scope: 'col', class: 'corner' }, 'Actor'),
      matrix.objectives.map((objective) =>
        h(
          'th',
          { scope: 'col', class: 'objective-col', title: `Objective ${objective.number}: ${objective.title}` },
          h(
            'button',
            { type: 'button', class: 'col-button', onclick: () => onObjective(objective.id) },
            h('span', { class: 'visually-hidden' }, 'Objective '),
            String(objective.number),
            h('span', { class: 'col-title', 'aria-hidden': 'true' }, objectiveShortName(objective, 26)),
          ),
        ),
      ),
      h('th', { scope: 'col', class: 'total' }, 'Objectives'),
    ),
  );

  const body = h(
    'tbody',
    {},
    matrix.actors.map((actor) => {
      const row = matrix.cells.get(actor.id);
      const total = byActor.get(actor.id)!;
      return h(
        'tr',
        {},
        h(
          'th',
          { scope: 'row' },
          h('span', { class: 'swatch', style: `background:${CATEGORIES[actor.category].color}`, title: CATEGORIES[actor.category].label, 'aria-hidden': 'true' }),
          h('button', { type: 'button', class: 'row-button', onclick: () => onActor(actor.id) }, actor.name),
        ),
        matrix.objectives.map((objective) => {
          const cell = row?.get(objective.number);
          if (!cell) return h('td', { class: 'cell empty' }, h('span', { class: 'visually-hidden' }, 'not linked'));
          const level = shade(cell);
          const how = cell.basis.map((basis) => BASIS_WORDS[basis]).join(', ');
          const description = `${actor.name}, objective ${objective.number}: ${cell.paragraphs} ${cell.paragraphs === 1 ? 'paragraph' : 'paragraphs'} (${how})`;
          return h(
            'td',
            {
              class: `cell${level > 0.55 ? ' dark' : ''}${cell.paragraphs === 0 ? ' summary-only' : ''}`,
              style: `--level:${level.toFixed(3)}`,
              title: description,
              'aria-label': description,
            },
            String(cell.paragraphs),
          );
        }),
        h('td', { class: 'total' }, String(total.objectives)),
      );
    }),
  );

  const foot = h(
    'tfoot',
    {},
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, 'Actors linked'),
      matrix.objectives.map((objective) => h('td', { class: 'total' }, String(byObjective.get(objective.number)?.actors ?? 0))),
      h('td', { class: 'total' }),
    ),
  );

  return h(
    'div',
    { class: 'coverage-scroll', role: 'region', 'aria-labelledby': 'coverage-caption', tabindex: 0 },
    h(
      'table',
      { class: 'coverage' },
      h(
        'caption',
        { id: 'coverage-caption' },
        'Paragraphs linking each actor to each objective. ',
        h('span', { class: 'caption-note' }, '0 means linked by the summary or an ISCM entry point only; an empty cell means not linked. Darker is more paragraphs.'),
      ),
      head,
      body,
      foot,
    ),
  );
}
