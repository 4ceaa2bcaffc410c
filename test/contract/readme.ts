import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/store/graph-store.ts';
import { readmeExamples } from '../../tools/readme-examples.ts';
import { executorFor, type Execute } from '../helpers.ts';
import { differenceFromPrinted, parsePrintedJson } from '../readme-output.ts';

export const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
export const examples = readmeExamples(README);

/**
 * The examples whose printed answer is the embedded store's own, as the README says under each, and why.
 * On another store they must still answer, without errors.
 */
export const EMBEDDED_STORE_ONLY: Record<string, string> = {
  SearchSkillsPartnerships: "ranking is each store's own: MiniSearch in process, the full-text index on Neo4j",
};

/**
 * Every query printed in the README, run on a store: its answer must be the JSON printed under it,
 * `…` standing only for what was trimmed. The README prints the embedded store's answers; the Neo4j
 * store must give the same, but for EMBEDDED_STORE_ONLY.
 */
export function readmeSuite(storeName: string, openStore: () => Promise<GraphStore>) {
  describe(`README example queries on the ${storeName} store`, () => {
    let execute: Execute;

    beforeAll(async () => {
      // A cold Neo4j plans each statement first, seconds on a loaded machine: the deadline is not tested here.
      execute = executorFor(await openStore(), { GRAPH_STATS: 'false', GRAPH_STATS_HEADER: 'false', OPERATION_TIMEOUT_MS: '120000' }).execute;
    });

    it.each(examples.map((example) => [`${example.title} (README line ${example.line})`, example] as const))('%s answers as printed', async (_, example) => {
      const { status, ...answer } = await execute(example.query);
      expect(status).toBe(200);
      expect(answer.errors).toBeUndefined();
      if (storeName !== 'memory' && example.operationName! in EMBEDDED_STORE_ONLY) {
        expect(Object.values(answer.data ?? {}).every((value) => value !== null)).toBe(true);
        return;
      }
      expect(differenceFromPrinted(parsePrintedJson(example.output!), answer)).toBeNull();
    });
  });
}
