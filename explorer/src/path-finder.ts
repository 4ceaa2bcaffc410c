// Path finder: two selects, the shortest path drawn on the graph and told hop by hop.
import { loadShortestPath, type Overview } from './api.ts';
import { CATEGORIES, CATEGORY_ORDER } from './categories.ts';
import { h } from './dom.ts';
import type { GraphView } from './graph-view.ts';
import { describePath } from './path-words.ts';
import { objectiveLabel } from './labels.ts';

export class PathFinder {
  private generation = 0;

  constructor(
    private readonly form: HTMLFormElement,
    private readonly from: HTMLSelectElement,
    private readonly to: HTMLSelectElement,
    private readonly result: HTMLElement,
    private readonly view: () => GraphView | null,
    overview: Overview,
  ) {
    for (const select of [from, to]) fillOptions(select, overview);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.find();
    });
    form.querySelector<HTMLButtonElement>('[data-action="swap"]')?.addEventListener('click', () => {
      [this.from.value, this.to.value] = [this.to.value, this.from.value];
      if (this.from.value && this.to.value) void this.find();
    });
    form.querySelector<HTMLButtonElement>('[data-action="clear"]')?.addEventListener('click', () => this.clear());
  }

  setFrom(id: string): void {
    this.from.value = id;
    this.after();
  }

  setTo(id: string): void {
    this.to.value = id;
    this.after();
  }

  /** Runs the search once both ends are chosen; otherwise points at the missing one. */
  private after(): void {
    if (this.from.value && this.to.value) void this.find();
    else (this.from.value ? this.to : this.from).focus();
  }

  async find(): Promise<void> {
    const from = this.from.value;
    const to = this.to.value;
    if (!from || !to) {
      this.show(h('p', { class: 'hint' }, 'Choose where the path starts and where it ends.'));
      return;
    }
    if (from === to) {
      this.show(h('p', { class: 'hint' }, 'Start and end are the same node.'));
      return;
    }
    const generation = ++this.generation;
    this.result.setAttribute('aria-busy', 'true');
    try {
      const path = await loadShortestPath(from, to);
      if (generation !== this.generation) return;
      if (!path) {
        this.view()?.clearPath();
        this.show(h('p', { class: 'hint' }, 'No path within 6 hops.'));
        return;
      }
      this.view()?.showPath(path);
      const words = describePath(path);
      this.show(
        h('p', { class: 'path-summary' }, `${path.length} ${path.length === 1 ? 'hop' : 'hops'}: `, h('span', { class: 'chain' }, words.chain)),
        h(
          'ol',
          { class: 'hops' },
          words.hops.map((hop) => h('li', {}, hop)),
        ),
      );
    } catch (error) {
      if (generation === this.generation) this.show(h('p', { class: 'error', role: 'alert' }, `Could not find a path: ${(error as Error).message}`));
    } finally {
      if (generation === this.generation) this.result.removeAttribute('aria-busy');
    }
  }

  clear(): void {
    this.generation++;
    this.from.value = '';
    this.to.value = '';
    this.view()?.clearPath();
    this.result.replaceChildren();
  }

  private show(...nodes: Node[]): void {
    this.result.replaceChildren(...nodes);
  }
}

function fillOptions(select: HTMLSelectElement, overview: Overview): void {
  const actors = CATEGORY_ORDER.flatMap((category) =>
    overview.actors.filter((actor) => actor.category === category).sort((a, b) => a.name.localeCompare(b.name, 'en')),
  );
  select.replaceChildren(
    h('option', { value: '' }, 'Choose…'),
    h(
      'optgroup',
      { label: 'Actors' },
      actors.map((actor) => h('option', { value: actor.id, title: CATEGORIES[actor.category].label }, actor.name)),
    ),
    h(
      'optgroup',
      { label: 'Objectives' },
      [...overview.objectives].sort((a, b) => a.number - b.number).map((objective) => h('option', { value: objective.id }, objectiveLabel(objective, 48))),
    ),
  );
}
