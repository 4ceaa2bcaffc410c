// How bench/run.ts sets our server beside the BASELINE_DIR checkout: side by side in every round, in
// alternating order, and compared round by round.
import { describe, expect, it } from 'vitest';
import { pairedRatio, roundOrder } from '../bench/run.ts';

const runs = (['ours-neo4j', 'ours-memory', 'ours-neo4j-base', 'ours-memory-base', 'cypher-floor'] as const).map((system) => ({ system }));
const order = (round: number) => roundOrder(runs, round).map((run) => run.system);

describe('the baseline beside ours', () => {
  it('runs each baseline system right after its counterpart in even rounds and right before it in odd ones', () => {
    expect(order(0)).toEqual(['ours-neo4j', 'ours-neo4j-base', 'ours-memory', 'ours-memory-base', 'cypher-floor']);
    expect(order(1)).toEqual(['ours-neo4j-base', 'ours-neo4j', 'ours-memory-base', 'ours-memory', 'cypher-floor']);
  });

  it('keeps every system once when there is no baseline', () => {
    const withoutBaseline = runs.filter((run) => !run.system.endsWith('-base'));
    expect(roundOrder(withoutBaseline, 1)).toEqual(withoutBaseline);
  });

  it('compares the rounds pairwise: a slow round slows both sides of its pair, not the ratio', () => {
    // The machine slowed to half speed in round 2; ours is 1.1x the baseline in every round.
    expect(pairedRatio({ roundsReqPerSec: [1100, 550, 1100] }, { roundsReqPerSec: [1000, 500, 1000] })).toBeCloseTo(1.1);
    expect(pairedRatio({ roundsReqPerSec: [900, 1000, 2000] }, { roundsReqPerSec: [1000, 1000, 1000] })).toBeCloseTo(1);
  });
});
