// The side panel: a keyboard-friendly list of every drawn node, or one actor or objective in detail.
import { loadActor, loadObjective, type ActorDetails, type LinkBasis, type ObjectiveDetails, type Overview } from './api.ts';
import { CATEGORIES, CATEGORY_ORDER, OBJECTIVE_COLOR } from './categories.ts';
import { h, runs } from './dom.ts';
import { markTerms } from './highlight.ts';
import { objectiveLabel, objectiveShortName } from './labels.ts';
import { quoteCards, type QuoteCard } from './quote-cards.ts';

export interface PanelActions {
  /** Select a node as if it had been clicked; `fromKeyboard` moves focus into the panel. */
  select(id: string | null, options?: { centre?: boolean; focus?: boolean }): void;
  pathFrom(id: string): void;
  pathTo(id: string): void;
}

const BASIS_WORDS: Record<LinkBasis, string> = {
  QUOTED: 'quoted',
  SUMMARY: 'in the summary',
  ENTRY_POINT: 'ISCM entry point',
};

export class Panel {
  /** Bumped on every show, so a slow answer for an earlier selection is dropped. */
  private generation = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly overview: Overview,
    private readonly actions: PanelActions,
  ) {}

  /** Every actor by category (the legend, in words) and every objective, as buttons. */
  showBrowse(focusId?: string): void {
    this.generation++;
    const byCategory = CATEGORY_ORDER.map((category) => ({
      category,
      actors: this.overview.actors.filter((actor) => actor.category === category).sort((a, b) => a.name.localeCompare(b.name, 'en')),
    })).filter((group) => group.actors.length > 0);
    this.root.replaceChildren(
      h('h2', { id: 'details-heading', tabindex: -1 }, 'Actors and objectives'),
      h('p', { class: 'hint' }, 'Select an actor or objective to see its links and the text of the Compact behind them.'),
      ...byCategory.map((group) =>
        h(
          'section',
          { class: 'browse-group', 'aria-labelledby': `group-${group.category}` },
          h('h3', { id: `group-${group.category}` }, swatch(CATEGORIES[group.category].color), CATEGORIES[group.category].label),
          h(
            'ul',
            { class: 'node-list' },
            group.actors.map((actor) => h('li', {}, this.nodeButton(actor.id, actor.name))),
          ),
        ),
      ),
      h(
        'section',
        { class: 'browse-group', 'aria-labelledby': 'group-objectives' },
        h('h3', { id: 'group-objectives' }, swatch(OBJECTIVE_COLOR), 'Objectives'),
        h(
          'ol',
          { class: 'node-list objectives' },
          [...this.overview.objectives]
            .sort((a, b) => a.number - b.number)
            .map((objective) =>
              h('li', {}, this.nodeButton(objective.id, objectiveLabel(objective, 64), `Objective ${objective.number}: ${objective.title}`)),
            ),
        ),
      ),
    );
    if (focusId) this.root.querySelector<HTMLElement>(`[data-id="${CSS.escape(focusId)}"]`)?.focus();
  }

  /** Shows an actor or objective by global id; resolves when its details are on screen. */
  async show(id: string, focus = false): Promise<void> {
    const generation = ++this.generation;
    const [kind, key] = splitId(id);
    this.root.setAttribute('aria-busy', 'true');
    try {
      if (kind === 'Actor') {
        const actor = await loadActor(key);
        if (generation !== this.generation) return;
        this.root.replaceChildren(...present(actor ? this.actorDetails(actor) : notFound(id)));
      } else if (kind === 'Objective') {
        const objective = await loadObjective(Number(key));
        if (generation !== this.generation) return;
        this.root.replaceChildren(...present(objective ? this.objectiveDetails(objective) : notFound(id)));
      }
    } catch (error) {
      if (generation !== this.generation) return;
      this.root.replaceChildren(this.backButton(id), h('p', { class: 'error', role: 'alert' }, `Could not load ${id}: ${(error as Error).message}`));
    } finally {
      if (generation === this.generation) this.root.removeAttribute('aria-busy');
    }
    if (generation === this.generation) {
      this.root.scrollTop = 0;
      this.root.closest('.panel')?.scrollTo({ top: 0 });
      if (focus) this.root.querySelector<HTMLElement>('#details-heading')?.focus();
    }
  }

  private actorDetails(actor: ActorDetails): (Node | null)[] {
    const category = CATEGORIES[actor.category];
    const inObjectives = new Set(actor.objectives.edges.flatMap((edge) => edge.quotes.map((quote) => quote.id)));
    const elsewhere = actor.mentions.nodes.filter((quote) => !inObjectives.has(quote.id) && quote.paragraph.objective === null);
    const edges = actor.objectives.edges;
    // Every quote shown here marks the actor's own names as well as the source's bold terms.
    const ownNames = [actor.name, ...actor.aliases];
    const cardsOf = (cards: QuoteCard[]) => h('div', { class: 'quotes' }, cards.map((card) => this.quoteCard(card, actor.id, ownNames)));
    const elsewhereCards = quoteCards(elsewhere);
    return [
      this.backButton(actor.id),
      h('p', { class: 'kicker' }, swatch(category.color), category.label),
      h('h2', { id: 'details-heading', tabindex: -1 }, actor.name),
      actor.aliases.length > 1 ? h('p', { class: 'aliases' }, `Spotted as: ${actor.aliases.join(', ')}`) : null,
      this.pathButtons(actor.id),
      h('h3', {}, `Objectives (${edges.length})`),
      edges.length === 0
        ? h('p', { class: 'hint' }, 'No objective is linked to this actor.')
        : h(
            'ol',
            { class: 'links' },
            edges.map((edge) =>
              h(
                'li',
                { class: 'link' },
                h(
                  'div',
                  { class: 'link-head' },
                  this.nodeButton(edge.node.id, `Objective ${objectiveLabel(edge.node, 64)}`, `Objective ${edge.node.number}: ${edge.node.title}`),
                  basisAndRefs(edge.basis, edge.paragraphs),
                ),
                edge.quotes.length > 0 ? cardsOf(quoteCards(edge.quotes)) : null,
              ),
            ),
          ),
      elsewhereCards.length > 0 ? h('h3', {}, `Elsewhere in the Compact (${elsewhereCards.length})`) : null,
      elsewhereCards.length > 0 ? cardsOf(elsewhereCards) : null,
      actor.mentions.totalCount > actor.mentions.nodes.length
        ? h('p', { class: 'hint' }, `Showing the first ${actor.mentions.nodes.length} of ${actor.mentions.totalCount} quotes.`)
        : null,
    ];
  }

  private objectiveDetails(objective: ObjectiveDetails): (Node | null)[] {
    const regional = objective.entryPoints.filter((entry) => entry.level === 'REGIONAL');
    const global = objective.entryPoints.filter((entry) => entry.level === 'GLOBAL');
    const actors = objective.actors.edges;
    return [
      this.backButton(objective.id),
      h('p', { class: 'kicker' }, swatch(OBJECTIVE_COLOR), `Objective ${objective.number} · §${objective.paragraph.ref}`),
      h('h2', { id: 'details-heading', tabindex: -1 }, objectiveShortName(objective, 60)),
      h('p', { class: 'objective-title' }, objective.title),
      this.pathButtons(objective.id),
      h('h3', {}, `Actors (${actors.length})`),
      actors.length === 0
        ? h('p', { class: 'hint' }, 'No actor is linked to this objective.')
        : h(
            'ul',
            { class: 'links' },
            actors.map((edge) =>
              h(
                'li',
                { class: 'link' },
                h('div', { class: 'link-head' }, this.nodeButton(edge.node.id, edge.node.name, CATEGORIES[edge.node.category].label, CATEGORIES[edge.node.category].color), basisAndRefs(edge.basis, edge.paragraphs)),
              ),
            ),
          ),
      h('h3', {}, 'Entry points for ISCMs'),
      objective.entryPoints.length === 0 ? h('p', { class: 'hint' }, 'The source lists no entry point for this objective.') : null,
      ...[
        ['Regional', regional],
        ['Global', global],
      ].flatMap(([level, entries]) =>
        (entries as ObjectiveDetails['entryPoints']).map((entry) =>
          h(
            'section',
            { class: 'entry-point', 'aria-label': `${level as string} entry point` },
            h('h4', {}, level as string),
            h('p', { class: 'action' }, entry.action),
            h('p', { class: 'engagement' }, h('strong', {}, 'Possible engagement: '), entry.engagement),
          ),
        ),
      ),
    ];
  }

  /** One excerpt with its paragraph and the headings that quote it (the other actors' as buttons to them). */
  private quoteCard(card: QuoteCard, selectedId: string, ownNames: string[]): HTMLElement {
    const headings = card.headings.map((heading) => (heading.id === selectedId ? h('span', { class: 'heading' }, heading.name) : this.nodeButton(heading.id, heading.name)));
    return h(
      'blockquote',
      { class: 'quote' },
      h('p', {}, ...runs(markTerms(card.text, [...card.highlights, ...ownNames]))),
      h('footer', {}, `§${card.paragraph.ref}`, h('span', { class: 'headings' }, ' · quoted under ', ...headings.flatMap((heading, i) => (i === 0 ? [heading] : [', ', heading])))),
    );
  }

  /** A button that selects a node; with a colour, the node's swatch leads its name. */
  private nodeButton(id: string, label: string, title?: string, color?: string): HTMLButtonElement {
    return h(
      'button',
      { type: 'button', class: 'node-button', 'data-id': id, title, onclick: () => this.actions.select(id, { centre: true, focus: true }) },
      color ? swatch(color) : null,
      label,
    );
  }

  private backButton(id: string): HTMLButtonElement {
    return h(
      'button',
      {
        type: 'button',
        class: 'back',
        onclick: () => {
          this.actions.select(null);
          this.showBrowse(id);
        },
      },
      '← All actors and objectives',
    );
  }

  private pathButtons(id: string): HTMLElement {
    return h(
      'div',
      { class: 'path-buttons' },
      h('button', { type: 'button', onclick: () => this.actions.pathFrom(id) }, 'Path from here'),
      h('button', { type: 'button', onclick: () => this.actions.pathTo(id) }, 'Path to here'),
    );
  }
}

function splitId(id: string): [kind: string, key: string] {
  const colon = id.indexOf(':');
  return [id.slice(0, colon), id.slice(colon + 1)];
}

function swatch(color: string): HTMLElement {
  return h('span', { class: 'swatch', style: `background:${color}`, 'aria-hidden': 'true' });
}

function basisAndRefs(basis: LinkBasis[], paragraphs: { ref: string }[]): HTMLElement {
  return h(
    'p',
    { class: 'basis' },
    basis.map((b) => BASIS_WORDS[b]).join(' · '),
    paragraphs.length > 0 ? h('span', { class: 'refs' }, paragraphs.map((p) => `§${p.ref}`).join(' ')) : null,
  );
}

function present(nodes: (Node | null)[]): Node[] {
  return nodes.filter((node): node is Node => node !== null);
}

function notFound(id: string): Node[] {
  return [h('p', { class: 'error', role: 'alert' }, `${id} is not in the graph.`)];
}
