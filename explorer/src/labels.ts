import type { OverviewObjective } from './api.ts';

/**
 * Short names to draw on the graph, where the full name would cover its neighbours. Display
 * only: lists, the panel and search always show the full name.
 */
const ACTOR_GRAPH_LABELS: Record<string, string> = {
  iscm: 'ISCMs',
  rcp: 'RCPs',
  gfmd: 'GFMD',
  'iom-idm': 'IOM Dialogue (IDM)',
  micic: 'MICIC',
  iom: 'IOM',
  imrf: 'IMRF',
  'un-hld': 'UN High-level Dialogue',
  'un-network-on-migration': 'UN Network on Migration',
  'un-regional-economic-commissions': 'UN regional commissions',
  'international-financial-institutions': 'Int’l financial institutions',
  'national-human-rights-institutions': 'NHRIs',
  'local-authorities': 'Local authorities',
};

/**
 * The usual short names of the objectives, for those the source gives none (its
 * `shortTitle` is null): display only, the panel shows the full title.
 */
const OBJECTIVE_SHORT_NAMES: Record<number, string> = {
  4: 'Legal identity and documentation',
  7: 'Reduce vulnerabilities',
  9: 'Smuggling of migrants',
  13: 'Detention as a last resort',
  15: 'Access to basic services',
  16: 'Inclusion and social cohesion',
  17: 'Eliminate discrimination',
  20: 'Remittances',
  22: 'Portable social protection',
  23: 'International cooperation',
};

export function actorGraphLabel(actor: { key: string; name: string }): string {
  return ACTOR_GRAPH_LABELS[actor.key] ?? shorten(actor.name, 28);
}

/** "6 · Recruitment and labour"; the source's short title, else the usual short name, else the title cut at a word. */
export function objectiveLabel(objective: Pick<OverviewObjective, 'number' | 'title' | 'shortTitle'>, maxLength = 30): string {
  return `${objective.number} · ${objectiveShortName(objective, maxLength)}`;
}

export function objectiveShortName(objective: Pick<OverviewObjective, 'number' | 'title' | 'shortTitle'>, maxLength = 30): string {
  return objective.shortTitle ?? OBJECTIVE_SHORT_NAMES[objective.number] ?? shorten(objective.title, maxLength);
}

export function shorten(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}
