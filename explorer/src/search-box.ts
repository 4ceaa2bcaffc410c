// The search box: `search(query:, first:)` as you type; a hit jumps to its actor or objective.
import { search, type HitCounts, type SearchHit } from './api.ts';
import { h, runs } from './dom.ts';
import { snippetRuns } from './highlight.ts';
import { KIND_WORDS, targetOf, titleOf } from './kinds.ts';

const DEBOUNCE_MS = 180;

/** "57 results, the best 8 shown: 40 quotes, 9 actors, …" from the counts of every hit, not only those shown. */
export function countsLine(counts: HitCounts, shown: number): string {
  const total = counts.reduce((sum, bucket) => sum + bucket.count, 0);
  const parts = counts.map(({ value, count }) => `${count} ${KIND_WORDS[value][count === 1 ? 0 : 1]}`);
  return `${total} ${total === 1 ? 'result' : 'results'}${shown < total ? `, the best ${shown} shown` : ''}: ${parts.join(', ')}`;
}

export function setupSearch(form: HTMLFormElement, input: HTMLInputElement, list: HTMLElement, onPick: (id: string) => void): void {
  let hits: SearchHit[] = [];
  let counts: HitCounts = [];
  let pending: Promise<void> | null = null;
  let controller: AbortController | null = null;
  let timer: number | undefined;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };

  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    const target = targetOf(hit);
    close();
    if (target) onPick(target);
  };

  const buttons = () => [...list.querySelectorAll<HTMLButtonElement>('button.hit')];

  const render = (query: string) => {
    if (hits.length === 0) {
      list.replaceChildren(h('p', { class: 'no-hits', role: 'status' }, `Nothing found for “${query}”.`));
    } else {
      list.replaceChildren(
        h('p', { class: 'hit-counts', role: 'status' }, countsLine(counts, hits.length)),
        h(
          'ul',
          { 'aria-label': 'Search results' },
          hits.map((hit, index) => {
            const [kind, title] = titleOf(hit);
            return h(
              'li',
              {},
              h(
                'button',
                { type: 'button', class: 'hit', 'data-index': index, onclick: () => pick(hits[index]) },
                h('span', { class: 'hit-kind' }, kind),
                h('span', { class: 'hit-title' }, title),
                hit.node.__typename === 'Actor' ? null : h('span', { class: 'hit-snippet' }, ...runs(snippetRuns(hit.snippet))),
              ),
            );
          }),
        ),
      );
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };

  const run = (query: string): Promise<void> => {
    controller?.abort();
    const mine = new AbortController();
    controller = mine;
    pending = search(query, mine.signal)
      .then((found) => {
        if (mine.signal.aborted) return;
        ({ hits, counts } = found);
        render(query);
      })
      .catch((error: unknown) => {
        if (mine.signal.aborted) return;
        hits = [];
        counts = [];
        list.replaceChildren(h('p', { class: 'error', role: 'alert' }, `Search failed: ${(error as Error).message}`));
        list.hidden = false;
      });
    return pending;
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const query = input.value.trim();
    if (!query) {
      controller?.abort();
      hits = [];
      counts = [];
      close();
      return;
    }
    timer = window.setTimeout(() => void run(query), DEBOUNCE_MS);
  });

  // Enter jumps to the best hit, searching first if the debounce has not fired yet.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    if (!query) return;
    window.clearTimeout(timer);
    void run(query).then(() => pick(hits[0]));
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && !list.hidden) {
      event.preventDefault();
      buttons()[0]?.focus();
    } else if (event.key === 'Escape') {
      close();
    }
  });

  list.addEventListener('keydown', (event) => {
    const all = buttons();
    const index = all.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = index + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else all[Math.min(next, all.length - 1)]?.focus();
    } else if (event.key === 'Escape') {
      close();
      input.focus();
    }
  });

  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() && list.childElementCount > 0) {
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }
  });
}
