import { Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadSeedGraph } from '../seed/extract.ts';
import { MemoryGraphStore } from '../src/store/memory.ts';
import { examples, README, readmeSuite } from './contract/readme.ts';
import { executorFor } from './helpers.ts';
import { differenceFromPrinted, parsePrintedJson } from './readme-output.ts';

// Every query printed in the README runs on the embedded store (and on Neo4j, readme.neo4j.test.ts),
// and its answer must be the JSON printed under it. The same parser feeds GraphiQL's presets.

const memory = new MemoryGraphStore(loadSeedGraph().graph);
const { execute } = executorFor(memory);

readmeSuite('memory', async () => memory);

describe('README example queries', () => {
  it('finds every query of the README, each with a title and its printed answer', () => {
    expect(examples.length).toBe(README.match(/^```graphql$/gm)!.length);
    expect(examples.length).toBeGreaterThanOrEqual(11);
    expect(new Set(examples.map((example) => example.title)).size).toBe(examples.length);
    for (const example of examples) expect(example.output, `README line ${example.line} prints no answer`).not.toBeNull();
  });

  it('names each query with one operation of its own, which titles its GraphiQL tab', () => {
    for (const example of examples) {
      const operations = parse(example.query).definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
      expect(operations.map((operation) => operation.name?.value ?? null), `README line ${example.line}`).toEqual([example.operationName]);
      expect(example.operationName).not.toBeNull();
    }
    expect(new Set(examples.map((example) => example.operationName)).size).toBe(examples.length);
  });

  it('prints the cursor that ends a first page of 20', async () => {
    const { data } = await execute('{ actors(first: 20) { pageInfo { endCursor } } }');
    expect(data.actors.pageInfo.endCursor).toBe(/"(\w+)"`, base64url\s+of `offset:19`/.exec(README)![1]);
  });
});

describe('reading printed JSON with trims', () => {
  const matches = (printed: string, actual: unknown) => differenceFromPrinted(parsePrintedJson(printed), actual);

  it('tells a relationship printed in the wrong direction', () => {
    const printed = '{ "type": "IN_OBJECTIVE", "from": "Objective:18", "to": "Paragraph:34f" }';
    expect(matches(printed, { type: 'IN_OBJECTIVE', from: 'Paragraph:34f', to: 'Objective:18' })).toMatch(/\$\.from: printed "Objective:18"/);
  });

  it('lets "…" stand for elements, members and text left out, but not for nothing', () => {
    expect(matches('[1, …, 4]', [1, 2, 3, 4])).toBeNull();
    expect(matches('[1, … 4]', [1, 2, 4])).toBeNull();
    expect(matches('[1, …, 4]', [1, 4])).not.toBeNull();
    expect(matches('{ "a": 1, … }', { a: 1, b: 2 })).toBeNull();
    expect(matches('{ "a": 1, … }', { a: 1 })).toMatch(/no member is left out/);
    expect(matches('"Build …, d…"', 'Build partnerships, d…')).toBeNull();
    expect(matches('"Build … d"', 'Build d')).toMatch(/printed "Build … d"/);
  });

  it('refuses what is not printed and not marked', () => {
    expect(matches('[1, 2]', [1, 2, 3])).toMatch(/answers 3 elements/);
    expect(matches('{ "a": 1 }', { a: 1, b: 2 })).toMatch(/also answers b/);
    expect(matches('{ "a": [1] }', { a: [2] })).toMatch(/\$\.a\[0\]: printed 1, server answers 2/);
  });
});
