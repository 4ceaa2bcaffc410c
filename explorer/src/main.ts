// Wires the explorer together: load the overview, draw it, and keep the graph, the panel,
// the path finder, the search box, the coverage table and the address bar in step.
import './../style.css';
import { loadCoverage, loadFocus, loadOverview, type ActorCategory, type CategoryCounts, type Overview } from './api.ts';
import { CATEGORIES, CATEGORY_ORDER, OBJECTIVE_COLOR } from './categories.ts';
import { renderCoverage } from './coverage-table.ts';
import { coverageFromQuery } from './coverage.ts';
import { h } from './dom.ts';
import { buildGraph, GraphView } from './graph-view.ts';
import { Panel } from './panel.ts';
import { PathFinder } from './path-finder.ts';
import { targetOf } from './kinds.ts';
import { setupSearch } from './search-box.ts';

/** A small hook for tests and the curious: the graph, the view and when it was first drawn. */
interface ExplorerHook {
  overview?: Overview;
  view?: GraphView | null;
  /** Milliseconds from navigation start to the first frame of the graph. */
  drawnMs?: number;
  selected?: string | null;
}

declare global {
  interface Window {
    __explorer: ExplorerHook;
  }
}

window.__explorer = {};

const byId = <T extends HTMLElement>(id: string) => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from index.html`);
  return element as T;
};

const container = byId<HTMLDivElement>('graph');
const status = byId<HTMLParagraphElement>('graph-status');
const announcer = byId<HTMLDivElement>('announcer');

function announce(text: string): void {
  announcer.textContent = text;
}

async function start(): Promise<void> {
  let overview: Overview;
  try {
    overview = await loadOverview();
  } catch (error) {
    status.textContent = `Could not load the graph: ${(error as Error).message}`;
    status.setAttribute('role', 'alert');
    return;
  }
  window.__explorer.overview = overview;
  const names = new Map<string, string>([
    ...overview.actors.map((a) => [a.id, a.name] as const),
    ...overview.objectives.map((o) => [o.id, `Objective ${o.number}`] as const),
  ]);

  renderLegend(overview);
  const graph = buildGraph(overview);
  let view: GraphView | null = null;
  const onFirstDraw = () => {
    const drawnMs = Math.round(performance.now());
    window.__explorer.drawnMs = drawnMs;
    container.dataset.drawnMs = String(drawnMs);
    container.dataset.nodeCount = String(graph.order);
    status.hidden = true;
  };
  try {
    view = new GraphView(graph, container, {
      onNodeClick: (id) => select(id),
      onStageClick: () => {
        if (window.__explorer.selected) select(null);
      },
      onFirstDraw,
    });
  } catch (error) {
    // Without WebGL sigma cannot draw; every list, the path finder and the table still work.
    status.textContent = `This browser could not draw the graph (${(error as Error).message}). The lists in the side panel still work.`;
    status.setAttribute('role', 'alert');
  }
  window.__explorer.view = view;
  container.setAttribute(
    'aria-label',
    `Graph of ${overview.actors.length} actors and ${overview.objectives.length} objectives; lines join an actor to the objectives it is linked to, thicker for more paragraphs. Use the list in the details panel to select nodes by keyboard.`,
  );

  const panel = new Panel(byId('details'), overview, {
    select: (id, options) => select(id, options),
    pathFrom: (id) => pathFinder.setFrom(id),
    pathTo: (id) => pathFinder.setTo(id),
  });
  const pathFinder = new PathFinder(byId('path-form'), byId('path-from'), byId('path-to'), byId('path-result'), () => view, overview);

  function select(id: string | null, options: { centre?: boolean; focus?: boolean } = {}): void {
    if (id !== null && !graph.hasNode(id)) return;
    window.__explorer.selected = id;
    showTab('graph');
    view?.select(id);
    if (id === null) {
      panel.showBrowse();
      history.replaceState(null, '', location.pathname + location.search);
      announce('Selection cleared');
      return;
    }
    if (options.centre) view?.centreOn(id);
    void panel.show(id, options.focus);
    history.replaceState(null, '', `#${encodeURIComponent(id)}`);
    announce(`${names.get(id) ?? id} selected`);
  }

  setupSearch(byId('search-form'), byId('search-input'), byId('search-results'), (id) => select(id, { centre: true, focus: true }));
  byId('zoom-in').addEventListener('click', () => view?.zoom('in'));
  byId('zoom-out').addEventListener('click', () => view?.zoom('out'));
  byId('zoom-reset').addEventListener('click', () => view?.zoom('reset'));

  let coverageDrawn = false;
  async function drawCoverage(category: ActorCategory | null = null): Promise<void> {
    const panel = byId('coverage');
    panel.setAttribute('aria-busy', 'true');
    panel.replaceChildren(h('p', { class: 'hint' }, 'Loading the coverage matrix…'));
    try {
      const { coverage, categories } = await loadCoverage(category);
      panel.replaceChildren(
        renderCategoryFilter(categories, category, (chosen) => void drawCoverage(chosen)),
        renderCoverage(
          coverageFromQuery(coverage),
          (actorId) => select(actorId, { centre: true, focus: true }),
          (objectiveId) => select(objectiveId, { centre: true, focus: true }),
        ),
      );
      if (category !== null) panel.querySelector<HTMLInputElement>('.category-filter input:checked')?.focus();
    } catch (error) {
      coverageDrawn = false;
      panel.replaceChildren(h('p', { class: 'error', role: 'alert' }, `Could not load the coverage matrix: ${(error as Error).message}`));
    } finally {
      panel.removeAttribute('aria-busy');
    }
  }
  const tabs = [byId<HTMLButtonElement>('tab-graph'), byId<HTMLButtonElement>('tab-coverage')];
  function showTab(name: 'graph' | 'coverage', focus = false): void {
    for (const tab of tabs) {
      const active = tab.id === `tab-${name}`;
      tab.setAttribute('aria-selected', String(active));
      tab.tabIndex = active ? 0 : -1;
      byId(tab.getAttribute('aria-controls')!).hidden = !active;
      if (active && focus) tab.focus();
    }
    if (name === 'coverage' && !coverageDrawn) {
      coverageDrawn = true;
      void drawCoverage();
    }
    // Sigma measures its container; it was hidden while the other tab was shown.
    if (name === 'graph') view?.renderer.resize();
  }
  tabs.forEach((tab, index) => {
    tab.addEventListener('click', () => showTab(index === 0 ? 'graph' : 'coverage'));
    tab.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft' && event.key !== 'Home' && event.key !== 'End') return;
      event.preventDefault();
      const next = event.key === 'Home' ? 0 : event.key === 'End' ? tabs.length - 1 : (index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length;
      showTab(next === 0 ? 'graph' : 'coverage', true);
    });
  });

  const fromHash = decodeURIComponent(location.hash.slice(1));
  if (fromHash && graph.hasNode(fromHash)) select(fromHash, { centre: true });
  else {
    panel.showBrowse();
    // A node that is not drawn (a paragraph, a quote: where /id/Paragraph/22b sends a browser) focuses the
    // drawn node it belongs to, as a search hit for it would.
    if (fromHash) {
      void loadFocus(fromHash)
        .then((node) => {
          const target = node && targetOf({ node });
          if (target) select(target, { centre: true });
          else announce(`Nothing to show for ${fromHash}`);
        })
        .catch(() => announce(`Could not find ${fromHash}`));
    }
  }
  if (!view) onFirstDraw();
}

/** Radio buttons above the coverage table: all actors or one category, each with how many actors it has (the API's facets). */
function renderCategoryFilter(counts: CategoryCounts, chosen: ActorCategory | null, onChoose: (category: ActorCategory | null) => void): HTMLElement {
  const option = (value: ActorCategory | null, label: string, count: number) =>
    h(
      'label',
      { class: 'category-option' },
      h('input', { type: 'radio', name: 'coverage-category', value: value ?? '', checked: value === chosen, onchange: () => onChoose(value) }),
      value ? h('span', { class: 'swatch', style: `background:${CATEGORIES[value].color}`, 'aria-hidden': 'true' }) : null,
      `${label} `,
      h('span', { class: 'count' }, `(${count})`),
    );
  const byCategory = new Map(counts.byCategory.map((bucket) => [bucket.value, bucket.count]));
  return h(
    'fieldset',
    { class: 'category-filter' },
    h('legend', {}, 'Actors of'),
    option(null, 'All categories', counts.total),
    CATEGORY_ORDER.filter((category) => byCategory.has(category)).map((category) => option(category, CATEGORIES[category].label, byCategory.get(category)!)),
  );
}

function renderLegend(overview: Overview): void {
  const present = new Set(overview.actors.map((actor) => actor.category));
  byId('legend').replaceChildren(
    h('h2', { class: 'visually-hidden' }, 'Legend'),
    h(
      'ul',
      {},
      CATEGORY_ORDER.filter((category) => present.has(category)).map((category) =>
        h(
          'li',
          { title: CATEGORIES[category].label },
          h('span', { class: 'swatch', style: `background:${CATEGORIES[category].color}`, 'aria-hidden': 'true' }),
          CATEGORIES[category].short,
        ),
      ),
      h('li', {}, h('span', { class: 'swatch objective', style: `background:${OBJECTIVE_COLOR}`, 'aria-hidden': 'true' }, '6'), 'Objective'),
      h('li', { class: 'legend-edge' }, h('span', { class: 'edge-sample', 'aria-hidden': 'true' }), 'more paragraphs'),
    ),
  );
}

void start();
