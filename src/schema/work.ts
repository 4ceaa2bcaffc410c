// Research work: what a path, neighbourhood or network field may make the store do, declared beside the
// field as a function of its arguments. src/plugins/cost.ts reads it from the schema, with the
// operation's variables resolved, to hold each operation to MAX_OPERATION_WORK and to run such fields
// through the research lane. A unit is one candidate path or node the store may have to consider.
import type { GraphQLField } from 'graphql';
import type { Config } from '../config.ts';

/** The most work a field may ask of the store, from its arguments (schema defaults applied, variables resolved). */
export type WorkEstimate<Args = Record<string, unknown>> = (args: Args, config: Config) => number;

const RESEARCH_WORK = 'researchWork';

/** A field's extensions declaring its research work: `extensions: researchWork((args, config) => …)`. */
export function researchWork<Args>(estimate: WorkEstimate<Args>): Record<string, unknown> {
  return { [RESEARCH_WORK]: estimate };
}

/** The work a schema field declares, or undefined for an ordinary field. */
export function researchWorkOf(field: GraphQLField<unknown, unknown>): WorkEstimate | undefined {
  return field.extensions[RESEARCH_WORK] as WorkEstimate | undefined;
}

/**
 * A breadth-first search reads each node within reach once: its work is the nodes it may reach. The
 * seeded graph has a few hundred; this weight keeps a shortest-path search a small share of the budget.
 */
export const BREADTH_FIRST_SEARCH_WORK = 500;

/** A read of a whole relation (every actor's mentions or links): the co-mention network, the coverage matrix. */
export const WHOLE_RELATION_WORK = 2_000;

/** Declared work from which a field waits its turn in the research lane: a one-hop neighbourhood or a shortest path runs at once. */
export const LANE_MIN_WORK = 1_000;

/**
 * Declared work that takes a whole place in the research lane (a path search at the default
 * MAX_PATH_CANDIDATES); a smaller call takes its share of a place, so two-hop neighbourhoods run
 * several at once where one long search runs alone.
 */
export const LANE_PLACE_WORK = 10_000;
