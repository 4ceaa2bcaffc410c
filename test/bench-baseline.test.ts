// How bench/run.ts sets our server beside the BASELINE_DIR checkout: in one step of every round, their
// runs cut into slices that alternate, and compared round by round.
import { describe, expect, it } from 'vitest';
import { pairedRatio, roundSteps, sliceOrder } from '../bench/run.ts';

const runs = (['ours-neo4j', 'ours-memory', 'ours-neo4j-base', 'ours-memory-base', 'cypher-floor'] as const).map((system) => ({ system }));
const steps = (round: number) => roundSteps(runs, round).map((step) => step.map((run) => run.system));

describe('the baseline beside ours', () => {
  it('gives each baseline system a step with its counterpart, ours first in even rounds and the baseline first in odd ones', () => {
    expect(steps(0)).toEqual([['ours-neo4j', 'ours-neo4j-base'], ['ours-memory', 'ours-memory-base'], ['cypher-floor']]);
    expect(steps(1)).toEqual([['ours-neo4j-base', 'ours-neo4j'], ['ours-memory-base', 'ours-memory'], ['cypher-floor']]);
  });

  it('keeps every system once, each alone, when there is no baseline', () => {
    const withoutBaseline = runs.filter((run) => !run.system.endsWith('-base'));
    expect(roundSteps(withoutBaseline, 1)).toEqual(withoutBaseline.map((run) => [run]));
  });

  it('alternates the slices of a shared step so that neither side always goes first', () => {
    expect(sliceOrder(['ours', 'base'], 4)).toEqual(['ours', 'base', 'base', 'ours', 'ours', 'base', 'base', 'ours']);
    expect(sliceOrder(['base', 'ours'], 1)).toEqual(['base', 'ours']);
  });

  it('compares the rounds pairwise: a slow round slows both sides of its pair, not the ratio', () => {
    // The machine slowed to half speed in round 2; ours is 1.1x the baseline in every round.
    expect(pairedRatio({ roundsReqPerSec: [1100, 550, 1100] }, { roundsReqPerSec: [1000, 500, 1000] })).toBeCloseTo(1.1);
    expect(pairedRatio({ roundsReqPerSec: [900, 1000, 2000] }, { roundsReqPerSec: [1000, 1000, 1000] })).toBeCloseTo(1);
  });
});
