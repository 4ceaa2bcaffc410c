// Which operations graphql-jit executes, and that its errors come out as graphql-js's would. The whole
// contract, bad-input and hardening suites run through it as well (createApp always includes it).
import { envelop, useEngine, useSchema } from '@envelop/core';
import * as graphql from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadSeedGraph } from '../seed/extract.ts';
import { loadConfig } from '../src/config.ts';
import { createContext } from '../src/context.ts';
import { compiledExecutionPlugins } from '../src/plugins/compiled-execution.ts';
import { schema } from '../src/schema/index.ts';
import type { GraphStore } from '../src/store/graph-store.ts';
import { MemoryGraphStore } from '../src/store/memory.ts';

const memory = new MemoryGraphStore(loadSeedGraph().graph);
const config = loadConfig({ LOG_LEVEL: 'silent' });

/** Executes as Yoga does, through envelop, with only the compiled-execution plugins; `compiled` says whether graphql-jit ran. */
async function run(query: string, variableValues: Record<string, unknown> = {}, store: GraphStore = memory) {
  const getEnveloped = envelop({ plugins: [useEngine(graphql), useSchema(schema), ...compiledExecutionPlugins()] });
  const { execute, parse } = getEnveloped();
  const result = (await execute({ schema, document: parse(query), contextValue: createContext(store, config), variableValues })) as graphql.ExecutionResult & { stringify?: unknown };
  return { compiled: typeof result.stringify === 'function', result };
}

describe('compiled execution', () => {
  it('compiles queries, with the same answer graphql-js gives', async () => {
    const query = 'query ($key: String!) { actor(key: $key) { name objectives(first: 2) { totalCount edges { basis node { number } } } } }';
    const { compiled, result } = await run(query, { key: 'trade-unions' });
    expect(compiled).toBe(true);
    const reference = await graphql.execute({ schema, document: graphql.parse(query), contextValue: createContext(memory, config), variableValues: { key: 'trade-unions' } });
    expect(JSON.parse(JSON.stringify(result))).toEqual(reference);
  });

  it('leaves to graphql-js what graphql-jit does not do as graphql-js does', async () => {
    // @defer and @stream, which graphql-jit does not execute.
    expect((await run('{ actor(key: "iom") { name ... @defer { key } } }')).compiled).toBe(false);
    expect((await run('{ actors(first: 2) { nodes @stream { key } } }')).compiled).toBe(false);
    // A mutation, which the schema has none of: graphql-js's error, not graphql-jit's crash.
    expect((await run('mutation { actor(key: "iom") { name } }')).compiled).toBe(false);
    // Variables graphql-js refuses: its messages, not graphql-jit's.
    const refused = await run('query ($types: [RelationshipType!]) { neighbourhood(id: "Actor:iom", relationshipTypes: $types) { nodes { id } } }', { types: ['knows'] });
    expect(refused.compiled).toBe(false);
    expect(refused.result.errors?.[0]?.message).toContain('Value "knows" does not exist in "RelationshipType" enum.');
  });

  it('gives a failing field the error graphql-js gives: message, locations, path and original error', async () => {
    const failing = new Proxy(memory, {
      get: (target, property, receiver) => (property === 'nodesByKey' ? () => Promise.reject(new Error('the database hiccuped')) : Reflect.get(target, property, receiver)),
    }) as GraphStore;
    const query = '{\n  actor(key: "iom") { name }\n}';
    const { compiled, result } = await run(query, {}, failing);
    expect(compiled).toBe(true);
    const reference = await graphql.execute({ schema, document: graphql.parse(query), contextValue: createContext(failing, config) });
    const shape = (error: graphql.GraphQLError) => ({ json: error.toJSON(), nodes: error.nodes?.length ?? 0, source: error.source !== undefined, original: error.originalError?.message });
    expect(result.errors!.map(shape)).toEqual(reference.errors!.map((error) => ({ ...shape(error), nodes: 0 })));
    expect(result.errors![0]!.locations).toEqual([{ line: 2, column: 3 }]);
  });
});
